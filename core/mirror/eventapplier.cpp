#include "core/mirror/eventapplier.h"

#include "core/mirror/applierstatements.h"
#include "core/mirror/hubsavedviews.h"
#include "core/mirror/notificationreads.h"
#include "core/mirror/searchfold.h"
#include "core/protocol/entitycodec.h"
#include "core/storage/sqlitestatement.h"

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

// ?1…?27 in mirrorMessageColumns()' order: bindMessage() binds both statements alike.
QString messageInsertSql()
{
    QStringList marks;
    for (int i = 0; i < mirrorMessageColumns().size(); ++i)
        marks.append(QStringLiteral("?%1").arg(i + 1));
    return QStringLiteral("INSERT INTO messages (%1) VALUES (%2) ON CONFLICT(id) DO NOTHING")
        .arg(mirrorMessageColumns().join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

QString messageUpdateSql()
{
    QStringList sets;
    for (int i = 1; i < mirrorMessageColumns().size(); ++i)
        sets.append(QStringLiteral("%1 = ?%2").arg(mirrorMessageColumns().at(i)).arg(i + 1));
    return QStringLiteral("UPDATE messages SET %1 WHERE id = ?1")
        .arg(sets.join(QStringLiteral(", ")));
}

// A JSON column's text. Almost every message has no details and no earlier versions: those
// store the constant, without a QJsonDocument and its serialisation per message.
QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray &array)
{
    if (array.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The texts of one message row that are not fields of the Message itself; they must outlive
// the statement's run (SqliteStatement::bind does not copy).
struct MessageRowTexts {
    QString direction;
    QString kind;
    QString state;
    QString searchText;
    QString details;
    QString earlierVersions;
};

void bindMessage(SqliteStatement &statement, const Message &m, const MessageRowTexts &texts)
{
    int p = 0;
    statement.bind(++p, m.id);
    statement.bind(++p, m.conversationId);
    statement.bind(++p, texts.direction);
    statement.bind(++p, texts.kind);
    statement.bind(++p, m.text);
    statement.bind(++p, texts.state);
    statement.bind(++p, m.failureCode);
    statement.bind(++p, m.failureReason);
    statement.bind(++p, m.authorId);
    statement.bind(++p, m.wamid);
    statement.bind(++p, m.clientId);
    statement.bind(++p, m.media.mediaId);
    statement.bind(++p, m.media.mimeType);
    statement.bind(++p, m.media.fileName);
    statement.bind(++p, m.media.size);
    statement.bind(++p, m.media.sha256);
    statement.bind(++p, m.media.caption);
    statement.bind(++p, m.createdAt);
    statement.bind(++p, texts.searchText);
    statement.bind(++p, m.whatsappType);
    statement.bind(++p, texts.details);
    statement.bind(++p, m.replyTo);
    statement.bind(++p, qint64(m.frequentlyForwarded ? 2 : m.forwarded ? 1 : 0));
    statement.bind(++p, m.reaction);
    statement.bind(++p, m.editedAt);
    statement.bind(++p, texts.earlierVersions);
    statement.bind(++p, m.deletedAt);
}

const QStringList &mirrorConversationColumns()
{
    static const QStringList columns = {"id",
                                        "channel_id",
                                        "customer_number",
                                        "customer_name",
                                        "record_module",
                                        "record_id",
                                        "status",
                                        "owner_id",
                                        "department",
                                        "last_inbound_at",
                                        "last_outbound_at",
                                        "last_message_at",
                                        "last_message_text",
                                        "last_replied_by",
                                        "unread_count",
                                        "labels",
                                        "priority",
                                        "team_id",
                                        "snoozed_until"};
    return columns;
}

} // namespace

EventApplier::EventApplier(QSqlDatabase db) : m_db(db), m_reference(db), m_triage(db) {}

bool EventApplier::prepare(QString *error)
{
    // Messages are written without a full-text trigger (a trigger makes FTS5 flush a segment per
    // message): new ones are indexed per batch in finishBatch(), a re-worded one leaves the index
    // here ('delete' with its old text) and joins that batch. The statements run per row go
    // through SQLite's own API (SqliteStatement), the rest through QSqlQuery.
    return m_reference.prepare(error) && m_triage.prepare(error) &&
           m_upsertConversation.prepare(
               m_db, upsertSql(QStringLiteral("conversations"), mirrorConversationColumns()),
               error) &&
           m_insertMessage.prepare(m_db, messageInsertSql(), error) &&
           m_updateMessage.prepare(m_db, messageUpdateSql(), error) &&
           prepareAll(
               m_db,
               {{&m_messageSearchText,
                 QStringLiteral("SELECT search_text FROM messages WHERE id = ?")},
                {&m_unindexMessage,
                 QStringLiteral("INSERT INTO message_search (message_search, rowid, search_text)"
                                " VALUES ('delete', ?, ?)")},
                {&m_indexMessages, QStringLiteral("INSERT INTO message_search (rowid, search_text)"
                                                  " SELECT id, search_text FROM messages"
                                                  " WHERE id IN (SELECT value FROM json_each(?))")},
                {&m_backlogSize, QStringLiteral("SELECT count(*) FROM search_backlog")},
                {&m_inBacklog, QStringLiteral("SELECT count(*) FROM search_backlog WHERE id = ?")},
                {&m_addToBacklog, QStringLiteral("INSERT OR IGNORE INTO search_backlog (id)"
                                                 " SELECT value FROM json_each(?)")},
                // In rowid order (the backlog's own): FTS5 starts a new segment whenever a
                // rowid is lower than the one before. CROSS JOIN keeps the backlog the outer
                // loop (never a scan of every message).
                {&m_indexBacklog,
                 QStringLiteral("INSERT INTO message_search (rowid, search_text)"
                                " SELECT m.id, m.search_text FROM search_backlog b"
                                " CROSS JOIN messages m ON m.id = b.id ORDER BY b.id")},
                {&m_clearBacklog, QStringLiteral("DELETE FROM search_backlog")},
                {&m_indexNames, indexWaitingNamesSql()},
                {&m_clearNames, clearWaitingNamesSql()},
                {&m_dropConversationMessages,
                 QStringLiteral("DELETE FROM messages WHERE conversation_id = ?")},
                {&m_dropConversation, QStringLiteral("DELETE FROM conversations WHERE id = ?")},
                {&m_settleOutbox, QStringLiteral("DELETE FROM outbox WHERE id = ?")}},
               error);
}

bool EventApplier::writeMessage(const Message &m, MirrorChanges *changes, QString *error)
{
    const MessageRowTexts texts{directionName(m.direction), messageKindName(m.kind),
                                deliveryStateName(m.state), foldForSearch(m.text),
                                compactJson(m.details),     compactJson(m.earlierVersions)};
    changes->messages.insert(m.id);
    changes->conversations.insert(m.conversationId);
    bindMessage(m_insertMessage, m, texts);
    if (!m_insertMessage.run(error))
        return false;
    if (m_insertMessage.changes() > 0) {
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
    bindMessage(m_updateMessage, m, texts);
    if (!m_updateMessage.run(error))
        return false;
    if (oldSearchText == texts.searchText || m_toIndexSet.contains(m.id))
        return true; // same words, or not indexed yet: finishBatch() reads the row as it ends
    bool waiting = false;
    if (!inBacklog(m.id, &waiting, error))
        return false;
    if (waiting)
        return true; // not indexed yet either: the backlog reads the row when it is indexed
    // The index holds the old words: they leave it now, the new ones come with the batch.
    m_unindexMessage.bindValue(0, m.id);
    m_unindexMessage.bindValue(1, oldSearchText);
    if (!exec(m_unindexMessage, error))
        return false;
    m_toIndexSet.insert(m.id);
    m_toIndex.append(m.id);
    return true;
}

bool EventApplier::inBacklog(Id id, bool *waiting, QString *error)
{
    m_inBacklog.bindValue(0, id);
    if (!exec(m_inBacklog, error))
        return false;
    *waiting = m_inBacklog.next() && m_inBacklog.value(0).toLongLong() > 0;
    m_inBacklog.finish();
    return true;
}

bool EventApplier::finishBatch(QString *error)
{
    if (!indexNames(error))
        return false;
    const bool bulk = m_batchEvents >= bulkBatchEvents;
    m_batchEvents = 0;
    if (!exec(m_backlogSize, error))
        return false;
    const qint64 waiting = m_backlogSize.next() ? m_backlogSize.value(0).toLongLong() : 0;
    m_backlogSize.finish();
    if (m_toIndex.isEmpty() && (bulk || waiting == 0))
        return true;
    QByteArray ids = "[";
    for (int i = 0; i < m_toIndex.size(); ++i) {
        if (i > 0)
            ids += ',';
        ids += QByteArray::number(m_toIndex.at(i));
    }
    ids += ']';
    const qint64 added = m_toIndex.size();
    m_toIndex.clear();
    m_toIndexSet.clear();
    if (waiting == 0 && !bulk) {
        // Live traffic with nothing waiting: the batch's rows go straight to the index.
        m_indexMessages.bindValue(0, QString::fromLatin1(ids));
        return exec(m_indexMessages, error);
    }
    if (added > 0) {
        m_addToBacklog.bindValue(0, QString::fromLatin1(ids));
        if (!exec(m_addToBacklog, error))
            return false;
    }
    if (bulk && waiting + added < backlogLimit)
        return true;
    return indexBacklog(error);
}

bool EventApplier::indexBacklog(QString *error)
{
    return indexNames(error) && exec(m_indexBacklog, error) && exec(m_clearBacklog, error);
}

bool EventApplier::indexNames(QString *error)
{
    return exec(m_indexNames, error) && exec(m_clearNames, error);
}

bool EventApplier::apply(const Event &event, MirrorChanges *changes, QString *error)
{
    ++m_batchEvents;
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
        const QString status = conversationStatusName(c.status);
        const QString labels = labelIdsText(c.labelIds);
        int p = 0;
        m_upsertConversation.bind(++p, c.id);
        m_upsertConversation.bind(++p, c.channelId);
        m_upsertConversation.bind(++p, c.customerNumber);
        m_upsertConversation.bind(++p, c.customerName);
        m_upsertConversation.bind(++p, c.recordModule);
        m_upsertConversation.bind(++p, c.recordId);
        m_upsertConversation.bind(++p, status);
        m_upsertConversation.bind(++p, c.ownerId);
        m_upsertConversation.bind(++p, c.department);
        m_upsertConversation.bind(++p, c.lastInboundAt);
        m_upsertConversation.bind(++p, c.lastOutboundAt);
        m_upsertConversation.bind(++p, c.lastMessageAt);
        m_upsertConversation.bind(++p, c.lastMessageText);
        m_upsertConversation.bind(++p, c.lastRepliedBy);
        m_upsertConversation.bind(++p, qint64(c.unreadCount));
        m_upsertConversation.bind(++p, labels);
        m_upsertConversation.bind(++p, qint64(c.priority));
        m_upsertConversation.bind(++p, c.teamId);
        m_upsertConversation.bind(++p, c.snoozedUntil);
        changes->conversations.insert(c.id);
        return m_upsertConversation.run(error);
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
