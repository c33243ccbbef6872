#include "ui/models/messagelistmodel.h"

#include "core/sync/failedsendtext.h"
#include "core/sync/huberror.h"
#include "ui/models/accessibletexts.h"

#include <QDateTime>

// What a row shows: its bubble (BubbleContent, worked out once per change of the row) and roles.

namespace parley::ui {
namespace {

QDate dayOf(TimestampMs at)
{
    return QDateTime::fromMSecsSinceEpoch(at).date();
}

} // namespace

QString MessageListModel::teamReactionOn(const Message &m) const
{
    if (m.id != 0 && m_outboxReactions.contains(m.id))
        return m_outboxReactions.value(m.id);
    return m.wamid.isEmpty() ? QString() : m_mirrorReactions.value(m.wamid);
}

BubbleContent MessageListModel::contentOf(const Row &row) const
{
    const Message &m = row.message;
    BubbleContext context;
    context.authorName = m_agentNames.value(m.authorId);
    context.teamReaction = row.outboxId.isEmpty() ? teamReactionOn(m) : QString();
    Message quotedCopy = m;
    if (row.replyToId != 0) {
        // A pending reply quotes by id; its quote is shown as the hub will send it.
        const int quotedRow = rowOf(row.replyToId);
        if (quotedRow >= 0 || m_quotedById.contains(row.replyToId)) {
            context.quotedFound = true;
            context.quoted =
                quotedRow >= 0 ? m_rows.at(quotedRow).message : m_quotedById.value(row.replyToId);
            quotedCopy.replyTo = context.quoted.wamid;
        }
    } else if (!m.replyTo.isEmpty()) {
        const int quotedRow = rowOf(m_idOfWamid.value(m.replyTo));
        if (quotedRow >= 0 || m_quotedByWamid.contains(m.replyTo)) {
            context.quotedFound = true;
            context.quoted =
                quotedRow >= 0 ? m_rows.at(quotedRow).message : m_quotedByWamid.value(m.replyTo);
        }
    }
    if (context.quotedFound)
        context.quotedAuthorName = m_agentNames.value(context.quoted.authorId);
    return BubbleTexts::contentOf(row.replyToId != 0 ? quotedCopy : m, context);
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
    case NewDayRole:
        return index.row() == 0 ||
               dayOf(m.createdAt) != dayOf(m_rows.at(index.row() - 1).message.createdAt);
    default:
        return {};
    }
}

} // namespace parley::ui
