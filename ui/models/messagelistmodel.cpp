#include "ui/models/messagelistmodel.h"

#include "core/domain/messagedetails.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/messagereads.h"
#include "core/mirror/mirrorreads.h"
#include "core/protocol/commands.h"
#include "core/sync/failedsendtext.h"
#include "core/sync/huberror.h"
#include "ui/models/accessibletexts.h"

#include <QDateTime>
#include <QJsonArray>

namespace parley::ui {

MessageListModel::MessageListModel(QSqlDatabase mirror, QObject *parent)
    : QAbstractListModel(parent), m_db(mirror)
{}

void MessageListModel::setConversation(Id conversationId)
{
    m_conversation = conversationId;
    m_loadedMessages = pageSize;
    reload();
}

void MessageListModel::reload()
{
    QList<Message> messages;
    QString error;
    if (m_conversation != 0)
        fetchNewestMessages(m_db, m_conversation, m_loadedMessages + 1, &messages, &error);
    // One more than shown tells whether anything older exists.
    m_hasOlder = messages.size() > m_loadedMessages;
    if (m_hasOlder)
        messages.removeFirst();
    m_agentNames.clear();
    for (const Agent &agent : MirrorReads(m_db).agents(true))
        m_agentNames.insert(agent.id, agent.name);
    // The team's reactions are messages of their own; they show under the message they are
    // about, the newest one standing (an empty emoji took it back).
    m_teamReactions.clear();
    QHash<Id, QString> wamids;
    QList<Row> rows;
    for (const Message &m : messages) {
        if (const auto reaction = agentReaction(m)) {
            m_teamReactions.insert(reaction->targetWamid, reaction->emoji);
            continue;
        }
        wamids.insert(m.id, m.wamid);
        rows.append({m, {}, {}, 0, {}});
    }
    if (m_conversation != 0) {
        for (const OutboxItem &item : Outbox(m_db).forConversation(m_conversation)) {
            if (item.kind == QLatin1String("reaction")) {
                SendReactionRequest reaction;
                if (fromJson(item.payload, &reaction, nullptr) &&
                    wamids.contains(reaction.messageId))
                    m_teamReactions.insert(wamids.value(reaction.messageId), reaction.emoji);
                continue;
            }
            Message pending;
            pending.conversationId = m_conversation;
            pending.direction = Direction::Out;
            pending.kind = MessageKind::Text;
            pending.text = item.payload.value(QStringLiteral("text")).toString();
            if (item.kind == QLatin1String("files")) {
                // One bubble for the whole send until the hub's messages (one per file) arrive.
                pending.kind = MessageKind::Document;
                QStringList names;
                for (const QJsonValue &file : item.payload.value(QStringLiteral("files")).toArray())
                    names << file[QStringLiteral("filename")].toString();
                pending.media.fileName = names.join(QStringLiteral(", "));
                pending.media.caption = item.payload.value(QStringLiteral("caption")).toString();
                pending.text = pending.media.caption;
            }
            Id replyTo = 0;
            SendTextRequest text;
            if (item.kind == QLatin1String("text") && fromJson(item.payload, &text, nullptr))
                replyTo = text.replyTo;
            pending.createdAt = item.createdAt;
            pending.state = item.state == QLatin1String("failed") ? DeliveryState::Failed
                                                                  : DeliveryState::Pending;
            pending.failureCode = item.lastError;
            rows.append({pending, item.id, item.state, replyTo, {}});
        }
    }
    beginResetModel();
    m_rows = rows;
    // Quotes are looked up among the rows first.
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row].content = contentOf(m_rows.at(row));
    endResetModel();
}

BubbleContent MessageListModel::contentOf(const Row &row) const
{
    const Message &m = row.message;
    BubbleContext context;
    context.authorName = m_agentNames.value(m.authorId);
    context.teamReaction = m.wamid.isEmpty() ? QString() : m_teamReactions.value(m.wamid);
    Message quotedCopy = m;
    if (row.replyToId != 0) {
        // A pending reply quotes by id; its quote is shown as the hub will send it.
        for (const Row &other : m_rows) {
            if (other.outboxId.isEmpty() && other.message.id == row.replyToId) {
                quotedCopy.replyTo = other.message.wamid;
                context.quotedFound = true;
                context.quoted = other.message;
                break;
            }
        }
        if (!context.quotedFound) {
            QList<Message> found;
            QString error;
            if (fetchMessagesById(m_db, m_conversation, {row.replyToId}, &found, &error) &&
                !found.isEmpty()) {
                context.quotedFound = true;
                context.quoted = found.first();
                quotedCopy.replyTo = found.first().wamid;
            }
        }
    } else if (!m.replyTo.isEmpty()) {
        for (const Row &other : m_rows) {
            if (other.outboxId.isEmpty() && other.message.wamid == m.replyTo) {
                context.quotedFound = true;
                context.quoted = other.message;
                break;
            }
        }
        if (!context.quotedFound) {
            if (const std::optional<Message> quoted =
                    fetchMessageByWamid(m_db, m_conversation, m.replyTo)) {
                context.quotedFound = true;
                context.quoted = *quoted;
            }
        }
    }
    if (context.quotedFound)
        context.quotedAuthorName = m_agentNames.value(context.quoted.authorId);
    return BubbleTexts::contentOf(row.replyToId != 0 ? quotedCopy : m, context);
}

int MessageListModel::loadOlder()
{
    if (!m_hasOlder)
        return 0;
    const int before = int(m_rows.size());
    m_loadedMessages += pageSize;
    reload();
    return int(m_rows.size()) - before;
}

int MessageListModel::loadUntil(Id messageId)
{
    while (true) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).outboxId.isEmpty() && m_rows.at(row).message.id == messageId)
                return row;
        }
        if (!m_hasOlder || loadOlder() == 0)
            return -1;
    }
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Message &m = row.message;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case MessageRole:
        return QVariant::fromValue(m);
    case Qt::AccessibleTextRole: { // sender, time, delivery state and content, as painted
        Message spoken = m;
        spoken.text = row.content.spoken;
        spoken.media.fileName.clear(); // said in the content already
        return accessibleMessageText(spoken, m.state == DeliveryState::Failed
                                                 ? data(index, FailureRole).toString()
                                                 : QString());
    }
    case Qt::ToolTipRole: // an edited message's earlier versions, what a deleted one said
        return row.content.details.isEmpty() ? QVariant() : QVariant(row.content.details);
    case BubbleRole:
        return QVariant::fromValue(row.content);
    case SummaryRole:
        return BubbleTexts::summaryOf(m);
    case AnswerableRole:
        return row.outboxId.isEmpty() && !m.wamid.isEmpty() && m.deletedAt == 0 &&
               m.kind != MessageKind::Note && row.content.shape == BubbleContent::Shape::Bubble;
    case OutgoingRole:
        return m.direction == Direction::Out;
    case TimeRole:
        return m.createdAt;
    case StateRole:
        return int(m.state);
    case FailureRole:
        // The desktop's own words where it knows the code (the hub's reason is English), the
        // hub's reason for the rest; WhatsApp's own words (a numeric code) after them.
        return m.state == DeliveryState::Failed && row.outboxId.isEmpty()
                   ? failedSendText(m.failureCode, m.failureReason)
                   : hubErrorText(m.failureCode, m.failureReason, HubSubject::Send);
    case KindRole:
        return int(m.kind);
    case FileNameRole:
        return m.media.fileName;
    case OutboxIdRole:
        return row.outboxId;
    case NewDayRole: {
        if (index.row() == 0)
            return true;
        const QDate day = QDateTime::fromMSecsSinceEpoch(m.createdAt).date();
        const QDate previous =
            QDateTime::fromMSecsSinceEpoch(m_rows.at(index.row() - 1).message.createdAt).date();
        return day != previous;
    }
    default:
        return {};
    }
}

void MessageListModel::refresh(const MirrorChanges &changes)
{
    if (m_conversation == 0)
        return;
    if (changes.outbox || changes.agents)
        reload();
    else if (changes.conversations.contains(m_conversation) && !updateRows(changes.messages))
        reload();
}

bool MessageListModel::updateRows(const QSet<Id> &messageIds)
{
    if (messageIds.isEmpty())
        return true;
    QList<Message> changed;
    QString error;
    if (!fetchMessagesById(m_db, m_conversation, messageIds.values(), &changed, &error))
        return false;
    QHash<Id, int> rowOf;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).outboxId.isEmpty())
            rowOf.insert(m_rows.at(row).message.id, row);
    }
    QSet<QString> changedWamids;
    for (const Message &m : changed) {
        if (!rowOf.contains(m.id) || m.kind == MessageKind::Reaction)
            return false; // new to this page, or the team's reaction: the page again
    }
    QSet<int> touched;
    for (const Message &m : changed) {
        const int row = rowOf.value(m.id);
        m_rows[row].message = m;
        touched.insert(row);
        if (!m.wamid.isEmpty())
            changedWamids.insert(m.wamid);
    }
    // A reply shows a line of what it quotes: it follows an edit or a deletion of that.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (changedWamids.contains(m_rows.at(row).message.replyTo))
            touched.insert(row);
    }
    for (const int row : touched) {
        m_rows[row].content = contentOf(m_rows.at(row));
        emit dataChanged(index(row), index(row));
    }
    return true;
}

void MessageListModel::outboxChanged(qint64 conversationId)
{
    if (conversationId == m_conversation)
        reload();
}

} // namespace parley::ui
