#include "core/mirror/eventapplier.h"

#include "core/mirror/applierstatements.h"
#include "core/mirror/hubsavedviews.h"
#include "core/mirror/notificationreads.h"
#include "core/mirror/searchfold.h"
#include "core/protocol/entitycodec.h"

#include <QJsonDocument>

namespace parley {

using namespace applier;

namespace {

const QStringList &mirrorMessageColumns()
{
    static const QStringList columns = {"id",
                                        "conversation_id",
                                        "direction",
                                        "kind",
                                        "text",
                                        "state",
                                        "failure_code",
                                        "failure_reason",
                                        "author_id",
                                        "wamid",
                                        "client_id",
                                        "media_id",
                                        "media_mime",
                                        "media_name",
                                        "media_size",
                                        "media_sha256",
                                        "media_caption",
                                        "created_at",
                                        "search_text",
                                        "whatsapp_type",
                                        "details",
                                        "reply_to",
                                        "forwarded",
                                        "reaction",
                                        "edited_at",
                                        "earlier_versions",
                                        "deleted_at"};
    return columns;
}

QString messageInsertSql()
{
    QStringList marks;
    for (int i = 0; i < mirrorMessageColumns().size(); ++i)
        marks.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO messages (%1) VALUES (%2) ON CONFLICT(id) DO NOTHING")
        .arg(mirrorMessageColumns().join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

// Every column but id, then id: the values of messageInsertSql() rotated by one.
QString messageUpdateSql()
{
    QStringList sets;
    for (const QString &column : mirrorMessageColumns().mid(1))
        sets.append(QStringLiteral("%1 = ?").arg(column));
    return QStringLiteral("UPDATE messages SET %1 WHERE id = ?")
        .arg(sets.join(QStringLiteral(", ")));
}

} // namespace

EventApplier::EventApplier(QSqlDatabase db) : m_db(db), m_reference(db), m_triage(db) {}

bool EventApplier::prepare(QString *error)
{
    return m_reference.prepare(error) && m_triage.prepare(error) &&
           prepareAll(
               m_db,
               {{&m_upsertConversation,
                 upsertSql(QStringLiteral("conversations"),
                           {"id", "channel_id", "customer_number", "customer_name", "record_module",
                            "record_id", "status", "owner_id", "department", "last_inbound_at",
                            "last_outbound_at", "last_message_at", "last_message_text",
                            "last_replied_by", "unread_count", "labels", "priority", "team_id",
                            "snoozed_until"})},
                // Messages are written without a full-text trigger (a trigger makes FTS5 flush
                // a segment per message): new ones are indexed per batch in finishBatch(), a
                // re-worded one leaves the index here ('delete' with its old text) and joins
                // that batch.
                {&m_insertMessage, messageInsertSql()},
                {&m_updateMessage, messageUpdateSql()},
                {&m_messageSearchText,
                 QStringLiteral("SELECT search_text FROM messages WHERE id = ?")},
                {&m_unindexMessage,
                 QStringLiteral("INSERT INTO message_search (message_search, rowid, search_text)"
                                " VALUES ('delete', ?, ?)")},
                {&m_indexMessages, QStringLiteral("INSERT INTO message_search (rowid, search_text)"
                                                  " SELECT id, search_text FROM messages"
                                                  " WHERE id IN (SELECT value FROM json_each(?))")},
                {&m_dropConversationMessages,
                 QStringLiteral("DELETE FROM messages WHERE conversation_id = ?")},
                {&m_dropConversation, QStringLiteral("DELETE FROM conversations WHERE id = ?")},
                {&m_settleOutbox, QStringLiteral("DELETE FROM outbox WHERE id = ?")}},
               error);
}

bool EventApplier::writeMessage(const Message &m, MirrorChanges *changes, QString *error)
{
    const QString searchText = foldForSearch(m.text);
    QVariantList values = {
        m.id,
        m.conversationId,
        directionName(m.direction),
        messageKindName(m.kind),
        m.text,
        deliveryStateName(m.state),
        m.failureCode,
        m.failureReason,
        m.authorId,
        m.wamid,
        m.clientId,
        m.media.mediaId,
        m.media.mimeType,
        m.media.fileName,
        m.media.size,
        m.media.sha256,
        m.media.caption,
        m.createdAt,
        searchText,
        m.whatsappType,
        QString::fromUtf8(QJsonDocument(m.details).toJson(QJsonDocument::Compact)),
        m.replyTo,
        m.frequentlyForwarded ? 2
        : m.forwarded         ? 1
                              : 0,
        m.reaction,
        m.editedAt,
        QString::fromUtf8(QJsonDocument(m.earlierVersions).toJson(QJsonDocument::Compact)),
        m.deletedAt};
    changes->messages.insert(m.id);
    changes->conversations.insert(m.conversationId);
    bindAll(m_insertMessage, values);
    if (!exec(m_insertMessage, error))
        return false;
    if (m_insertMessage.numRowsAffected() > 0) {
        if (!m_toIndexSet.contains(m.id)) {
            m_toIndexSet.insert(m.id);
            m_toIndex.append(m.id);
        }
        return true;
    }
    // Known already (a status change, an edit, a replay): update it in place.
    m_messageSearchText.bindValue(0, m.id);
    if (!exec(m_messageSearchText, error))
        return false;
    const QString oldSearchText =
        m_messageSearchText.next() ? m_messageSearchText.value(0).toString() : QString();
    m_messageSearchText.finish();
    values.append(values.takeFirst());
    bindAll(m_updateMessage, values);
    if (!exec(m_updateMessage, error))
        return false;
    if (oldSearchText == searchText || m_toIndexSet.contains(m.id))
        return true; // same words, or not indexed yet: finishBatch() reads the row as it ends
    // The index holds the old words: they leave it now, the new ones come with the batch.
    m_unindexMessage.bindValue(0, m.id);
    m_unindexMessage.bindValue(1, oldSearchText);
    if (!exec(m_unindexMessage, error))
        return false;
    m_toIndexSet.insert(m.id);
    m_toIndex.append(m.id);
    return true;
}

bool EventApplier::finishBatch(QString *error)
{
    if (m_toIndex.isEmpty())
        return true;
    QByteArray ids = "[";
    for (int i = 0; i < m_toIndex.size(); ++i) {
        if (i > 0)
            ids += ',';
        ids += QByteArray::number(m_toIndex.at(i));
    }
    ids += ']';
    m_toIndex.clear();
    m_toIndexSet.clear();
    m_indexMessages.bindValue(0, QString::fromLatin1(ids));
    return exec(m_indexMessages, error);
}

bool EventApplier::apply(const Event &event, MirrorChanges *changes, QString *error)
{
    const QString &type = event.type;
    if (type == EventType::MessageCreated || type == EventType::MessageUpdated) {
        Message m;
        if (!decode(event, &m, error))
            return false;
        if (!writeMessage(m, changes, error))
            return false;
        if (m.clientId.isEmpty())
            return true;
        // The hub has this desktop's reply: the pending copy gives way to the real message in
        // the same transaction, so the pane never shows both or neither.
        m_settleOutbox.bindValue(0, m.clientId.section(QLatin1Char(':'), 0, 0));
        if (!exec(m_settleOutbox, error))
            return false;
        changes->outbox = changes->outbox || m_settleOutbox.numRowsAffected() > 0;
        return true;
    }
    if (type == EventType::ConversationCreated || type == EventType::ConversationUpdated) {
        Conversation c;
        if (!decode(event, &c, error))
            return false;
        bindAll(m_upsertConversation,
                {c.id, c.channelId, c.customerNumber, c.customerName, c.recordModule, c.recordId,
                 conversationStatusName(c.status), c.ownerId, c.department, c.lastInboundAt,
                 c.lastOutboundAt, c.lastMessageAt, c.lastMessageText, c.lastRepliedBy,
                 c.unreadCount, labelIdsText(c.labelIds), int(c.priority), c.teamId,
                 c.snoozedUntil});
        changes->conversations.insert(c.id);
        return exec(m_upsertConversation, error);
    }
    if (ReferenceApplier::handles(type))
        return m_reference.apply(event, changes, error);
    if (TriageApplier::handles(type))
        return m_triage.apply(event, changes, error);
    if (type == EventType::ConversationLeft) {
        // Moved to another department: out of this agent's scope, so out of the mirror. The
        // hub sends it only to desktops that may no longer see the conversation.
        Id id = 0;
        if (!readId(event, QStringLiteral("id"), &id, error))
            return false;
        m_dropConversationMessages.bindValue(0, id);
        m_dropConversation.bindValue(0, id);
        changes->conversations.insert(id);
        return exec(m_dropConversationMessages, error) && exec(m_dropConversation, error);
    }
    if (type == EventType::MentionCreated) {
        // A note names this agent (the hub sends it to that agent alone): nothing to store, the
        // note itself came as message.created; announced so the desktop can tell the agent.
        Id messageId = 0;
        if (!readId(event, QStringLiteral("message_id"), &messageId, error))
            return false;
        changes->mentions.insert(messageId);
        return true;
    }
    if (type == EventType::NotificationSettingsUpdated) {
        // This agent's own notification choice and mutes (the hub sends them to it alone). The
        // settings dialog and the menus read them when they open: no change to announce.
        NotificationSettings settings;
        if (!fromJson(event.data, &settings, error))
            return false;
        return storeNotificationSettings(m_db, settings, error);
    }
    if (type == EventType::SavedViewUpdated || type == EventType::SavedViewDeleted) {
        changes->savedViews = true;
        return HubSavedViews(m_db).apply(event, error);
    }
    if (type == EventType::CreditsUpdated) {
        // Admin figures: not kept in the mirror, only announced so an open Credits page refreshes.
        changes->credits = true;
        return true;
    }
    return true; // a type this version does not know: a newer hub; skip it
}

} // namespace parley
