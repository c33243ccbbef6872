#include "ui/models/messagelistmodel.h"

#include "core/mirror/conversationqueries.h"
#include "ui/main/huberrors.h"
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
    QList<Row> rows;
    for (const Message &m : messages)
        rows.append({m, {}, {}});
    if (m_conversation != 0) {
        for (const OutboxItem &item : Outbox(m_db).forConversation(m_conversation)) {
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
            pending.createdAt = item.createdAt;
            pending.state = item.state == QLatin1String("failed") ? DeliveryState::Failed
                                                                  : DeliveryState::Pending;
            pending.failureCode = item.lastError;
            rows.append({pending, item.id, item.state});
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
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
    case Qt::AccessibleTextRole: // sender, time, delivery state and text, as painted
        return accessibleMessageText(
            m, m.state == DeliveryState::Failed ? data(index, FailureRole).toString() : QString());
    case OutgoingRole:
        return m.direction == Direction::Out;
    case TimeRole:
        return m.createdAt;
    case StateRole:
        return int(m.state);
    case FailureRole:
        // The desktop's own words where it knows the code (the hub's reason is English), the
        // hub's reason for the rest.
        return hubErrorText(m.failureCode, m.failureReason);
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
    if (m_conversation != 0 && (changes.conversations.contains(m_conversation) || changes.outbox))
        reload();
}

void MessageListModel::outboxChanged(qint64 conversationId)
{
    if (conversationId == m_conversation)
        reload();
}

} // namespace parley::ui
