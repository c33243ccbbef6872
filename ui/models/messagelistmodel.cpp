#include "ui/models/messagelistmodel.h"

#include "core/domain/messagedetails.h"
#include "core/logging.h"
#include "core/protocol/commands.h"
#include "core/sync/failedsendtext.h"
#include "core/sync/huberror.h"
#include "ui/models/accessibletexts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

#include <algorithm>

namespace parley::ui {
namespace {

bool comesBefore(const Message &a, const Message &b)
{
    return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
}

QDate dayOf(TimestampMs at)
{
    return QDateTime::fromMSecsSinceEpoch(at).date();
}

} // namespace

MessageListModel::MessageListModel(MirrorStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{}

MessageListModel::MessageListModel(QSqlDatabase mirror, QObject *parent)
    : QAbstractListModel(parent), m_store(new MirrorStore(mirror.databaseName(), this))
{}

void MessageListModel::ask(Request request,
                           void (MessageListModel::*apply)(const MessageWindowReply &))
{
    ++m_inFlight;
    const Id conversation = request.conversationId;
    const quint64 id =
        m_store->messages(request, [self = QPointer<MessageListModel>(this), conversation,
                                    apply](const MessageWindowReply &reply) {
            if (!self)
                return;
            --self->m_inFlight;
            // Asked for a conversation shown before, or before this one was opened again.
            if (conversation == self->m_conversation && reply.requestId >= self->m_opened) {
                if (!reply.ok)
                    qCWarning(lcMirror) << "message window:" << reply.error;
                (self->*apply)(reply);
            }
            if (self && self->m_inFlight == 0)
                emit self->settled();
        });
    if (apply == &MessageListModel::applyWindow)
        m_opened = id;
    else if (apply == &MessageListModel::applyOlder && request.kind == Request::Kind::Older)
        m_olderAsked = id;
    else if (request.kind == Request::Kind::Until)
        m_revealAsked = id;
}

void MessageListModel::setConversation(Id conversationId)
{
    beginResetModel();
    m_conversation = conversationId;
    m_olderAsked = 0;
    m_revealAsked = 0;
    m_revealWanted = 0;
    m_rows.clear();
    m_mirrorRows = 0;
    m_rowOf.clear();
    m_idOfWamid.clear();
    m_mirrorReactions.clear();
    m_outboxReactions.clear();
    m_quotedByWamid.clear();
    m_quotedById.clear();
    m_hasOlder = false;
    m_olderOnHub = false;
    endResetModel();
    if (conversationId == 0) {
        m_opened = 0;
        return;
    }
    Request request;
    request.conversationId = conversationId;
    request.kind = Request::Kind::Newest;
    request.limit = pageSize;
    request.withOutbox = true;
    request.withAgents = true;
    m_windowPending = true;
    ask(request, &MessageListModel::applyWindow);
}

void MessageListModel::applyWindow(const MessageWindowReply &reply)
{
    m_windowPending = false;
    beginResetModel();
    takeExtras(reply);
    m_rows.clear();
    // The team's reactions are messages of their own; they show under the message they are
    // about, the newest one standing (an empty emoji took it back).
    for (const Message &m : reply.messages) {
        if (const auto reaction = agentReaction(m)) {
            m_mirrorReactions.insert(reaction->targetWamid, reaction->emoji);
            continue;
        }
        m_rows.append({m, {}, {}, 0, {}});
    }
    m_mirrorRows = int(m_rows.size());
    reindex();
    m_rows.append(outboxRows(reply.outbox));
    m_hasOlder = reply.hasOlder;
    m_olderOnHub = reply.olderOnHub;
    for (Row &row : m_rows)
        row.content = contentOf(row);
    endResetModel();
    emit windowLoaded();
    if (m_revealWanted != 0) {
        const int row = rowOf(m_revealWanted);
        if (row >= 0) {
            const Id wanted = std::exchange(m_revealWanted, 0);
            emit revealed(wanted, row);
        } else {
            askReveal();
        }
    }
}

void MessageListModel::loadOlder()
{
    if (!m_hasOlder || m_windowPending || m_olderAsked != 0 || m_mirrorRows == 0)
        return;
    Request request;
    request.conversationId = m_conversation;
    request.kind = Request::Kind::Older;
    request.limit = pageSize;
    request.beforeCreatedAt = m_rows.constFirst().message.createdAt;
    request.beforeId = m_rows.constFirst().message.id;
    ask(request, &MessageListModel::applyOlder);
}

void MessageListModel::applyOlder(const MessageWindowReply &reply)
{
    const bool revealing = reply.requestId == m_revealAsked;
    if (revealing)
        m_revealAsked = 0;
    else
        m_olderAsked = 0;
    if (!reply.ok)
        return;
    takeExtras(reply);
    const int before = m_mirrorRows;
    if (!reply.messages.isEmpty() || !revealing)
        m_hasOlder = reply.hasOlder;
    m_olderOnHub = reply.olderOnHub;
    QList<Message> messages;
    QSet<int> touched;
    for (const Message &m : reply.messages) {
        if (const auto reaction = agentReaction(m)) {
            // Older than every reaction loaded: it stands only where none stands yet.
            if (!m_mirrorReactions.contains(reaction->targetWamid)) {
                m_mirrorReactions.insert(reaction->targetWamid, reaction->emoji);
                const int row = rowOf(m_idOfWamid.value(reaction->targetWamid));
                if (row >= 0)
                    touched.insert(row);
            }
            continue;
        }
        messages.append(m);
    }
    recompute(touched);
    insertMessages(messages, true);
    const int added = m_mirrorRows - before;
    if (added > 0)
        emit olderLoaded(added);
    if (revealing) {
        const Id wanted = std::exchange(m_revealWanted, 0);
        emit revealed(wanted, rowOf(wanted));
    }
}

void MessageListModel::reveal(Id messageId)
{
    if (messageId == 0)
        return;
    const int row = rowOf(messageId);
    if (row >= 0 || m_conversation == 0) {
        emit revealed(messageId, row);
        return;
    }
    m_revealWanted = messageId;
    if (!m_windowPending && m_revealAsked == 0)
        askReveal(); // else when the window (or the reveal on its way) has come
}

void MessageListModel::askReveal()
{
    Request request;
    request.conversationId = m_conversation;
    request.kind = Request::Kind::Until;
    request.untilId = m_revealWanted;
    if (m_mirrorRows > 0) {
        request.beforeCreatedAt = m_rows.constFirst().message.createdAt;
        request.beforeId = m_rows.constFirst().message.id;
    }
    ask(request, &MessageListModel::applyOlder);
}

void MessageListModel::refresh(const MirrorChanges &changes)
{
    if (m_conversation == 0)
        return;
    const bool mine = changes.conversations.contains(m_conversation);
    if (!mine && !changes.outbox && !changes.agents)
        return;
    Request request;
    request.conversationId = m_conversation;
    request.kind = Request::Kind::ById;
    // The batch's messages of every conversation: the reader keeps this one's.
    if (mine)
        request.ids = changes.messages.values();
    request.withOutbox = changes.outbox;
    request.withAgents = changes.agents;
    ask(request, &MessageListModel::applyChanges);
}

void MessageListModel::outboxChanged(qint64 conversationId)
{
    if (conversationId != m_conversation || m_conversation == 0)
        return;
    Request request;
    request.conversationId = m_conversation;
    request.kind = Request::Kind::ById;
    request.withOutbox = true;
    ask(request, &MessageListModel::applyChanges);
}

void MessageListModel::checkOlderOnHub()
{
    if (m_conversation == 0)
        return;
    Request request;
    request.conversationId = m_conversation;
    request.kind = Request::Kind::ById;
    ask(request, &MessageListModel::applyChanges);
}

void MessageListModel::applyChanges(const MessageWindowReply &reply)
{
    if (!reply.ok)
        return;
    const bool namesChanged = reply.hasAgents && reply.agentNames != m_agentNames;
    takeExtras(reply);
    const bool olderOnHub = m_olderOnHub;
    m_olderOnHub = reply.olderOnHub;
    QSet<int> touched;
    QSet<QString> quotedChanged; // wamids whose quote line changes
    QSet<Id> quotedIdsChanged;
    QList<Message> fresh;
    for (const Message &m : reply.messages) {
        if (const auto reaction = agentReaction(m)) {
            m_mirrorReactions.insert(reaction->targetWamid, reaction->emoji);
            const int row = rowOf(m_idOfWamid.value(reaction->targetWamid));
            if (row >= 0)
                touched.insert(row);
            continue;
        }
        const int row = rowOf(m.id);
        const Message &old = row >= 0 ? m_rows.at(row).message : m_quotedById.value(m.id);
        const bool quoteChanged = old.id == 0 || old.deletedAt != m.deletedAt ||
                                  BubbleTexts::summaryOf(old) != BubbleTexts::summaryOf(m);
        if (quoteChanged) {
            if (!m.wamid.isEmpty())
                quotedChanged.insert(m.wamid);
            quotedIdsChanged.insert(m.id);
        }
        if (m_quotedById.contains(m.id)) {
            m_quotedById.insert(m.id, m);
            m_quotedByWamid.insert(m.wamid, m);
        }
        if (row >= 0) {
            m_rows[row].message = m;
            touched.insert(row);
        } else {
            fresh.append(m);
        }
    }
    // A reply shows a line of what it quotes: it follows an edit or a deletion of that.
    if (!quotedChanged.isEmpty() || !quotedIdsChanged.isEmpty()) {
        for (int row = 0; row < m_rows.size(); ++row) {
            const Row &r = m_rows.at(row);
            if ((!r.message.replyTo.isEmpty() && quotedChanged.contains(r.message.replyTo)) ||
                (r.replyToId != 0 && quotedIdsChanged.contains(r.replyToId)))
                touched.insert(row);
        }
    }
    if (!namesChanged)
        recompute(touched);
    const int before = m_mirrorRows;
    const Id firstBefore = m_mirrorRows > 0 ? m_rows.constFirst().message.id : 0;
    insertMessages(fresh, false);
    if (reply.hasOutbox)
        replaceOutboxRows(outboxRows(reply.outbox));
    if (namesChanged && !m_rows.isEmpty()) {
        for (Row &row : m_rows)
            row.content = contentOf(row);
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    }
    // Older history the hub sent came in above the first row.
    if (m_mirrorRows > before && firstBefore != 0 && m_rows.constFirst().message.id != firstBefore)
        emit olderLoaded(rowOf(firstBefore));
    if (olderOnHub != m_olderOnHub)
        emit olderOnHubChanged(m_olderOnHub);
}

void MessageListModel::takeExtras(const MessageWindowReply &reply)
{
    if (reply.hasAgents)
        m_agentNames = reply.agentNames;
    for (const Message &quoted : reply.quoted) {
        m_quotedById.insert(quoted.id, quoted);
        if (!quoted.wamid.isEmpty())
            m_quotedByWamid.insert(quoted.wamid, quoted);
    }
}

QList<MessageListModel::Row> MessageListModel::outboxRows(const QList<OutboxItem> &items)
{
    m_outboxReactions.clear();
    QList<Row> rows;
    for (const OutboxItem &item : items) {
        if (item.kind == QLatin1String("reaction")) {
            SendReactionRequest reaction;
            if (fromJson(item.payload, &reaction, nullptr))
                m_outboxReactions.insert(reaction.messageId, reaction.emoji);
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
        pending.state =
            item.state == QLatin1String("failed") ? DeliveryState::Failed : DeliveryState::Pending;
        pending.failureCode = item.lastError;
        rows.append({pending, item.id, item.state, replyTo, {}});
    }
    for (Row &row : rows)
        row.content = contentOf(row);
    return rows;
}

void MessageListModel::insertMessages(QList<Message> messages, bool olderPage)
{
    std::sort(messages.begin(), messages.end(), comesBefore);
    qsizetype at = 0;
    while (at < messages.size()) {
        const Message &first = messages.at(at);
        const auto begin = m_rows.cbegin();
        const auto end = begin + m_mirrorRows;
        const int position = int(std::upper_bound(begin, end, first,
                                                  [](const Message &m, const Row &row) {
                                                      return comesBefore(m, row.message);
                                                  }) -
                                 begin);
        // The block of messages that go to the same place: one insertion.
        qsizetype last = at + 1;
        while (last < messages.size() &&
               (position == m_mirrorRows ||
                comesBefore(messages.at(last), m_rows.at(position).message)))
            ++last;
        QList<Row> block;
        for (qsizetype i = at; i < last; ++i) {
            if (!m_rowOf.contains(messages.at(i).id))
                block.append({messages.at(i), {}, {}, 0, {}});
        }
        at = last;
        // Older than the first row while the mirror holds messages in between: those come
        // with the older pages, in order.
        if (block.isEmpty() || (position == 0 && !olderPage && m_hasOlder && m_mirrorRows > 0))
            continue;
        const bool followerNewDay =
            position < m_rows.size() && data(index(position), NewDayRole).toBool();
        beginInsertRows({}, position, position + int(block.size()) - 1);
        for (qsizetype i = 0; i < block.size(); ++i)
            m_rows.insert(position + i, block.at(i));
        m_mirrorRows += int(block.size());
        reindex();
        for (int row = position; row < position + block.size(); ++row)
            m_rows[row].content = contentOf(m_rows.at(row));
        endInsertRows();
        // The row after the block may no longer start a new day.
        const int follower = position + int(block.size());
        if (follower < m_rows.size() &&
            data(index(follower), NewDayRole).toBool() != followerNewDay)
            emit dataChanged(index(follower), index(follower));
    }
}

void MessageListModel::replaceOutboxRows(const QList<Row> &rows)
{
    const QSet<Id> reactionsBefore = [this] {
        QSet<Id> ids;
        for (auto it = m_outboxReactions.cbegin(); it != m_outboxReactions.cend(); ++it)
            ids.insert(it.key());
        return ids;
    }();
    QHash<QString, const Row *> wanted;
    for (const Row &row : rows)
        wanted.insert(row.outboxId, &row);
    // Sent (the hub's message took its place) or discarded: removed.
    for (int row = int(m_rows.size()) - 1; row >= firstOutboxRow(); --row) {
        if (!wanted.contains(m_rows.at(row).outboxId)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QSet<QString> present;
    for (int row = firstOutboxRow(); row < m_rows.size(); ++row) {
        const Row &next = *wanted.value(m_rows.at(row).outboxId);
        present.insert(next.outboxId);
        Row &current = m_rows[row];
        if (current.outboxState != next.outboxState ||
            current.message.failureCode != next.message.failureCode ||
            current.message.text != next.message.text ||
            current.content.quote != next.content.quote) {
            current = next;
            emit dataChanged(index(row), index(row));
        }
    }
    QList<Row> added;
    for (const Row &row : rows) {
        if (!present.contains(row.outboxId))
            added.append(row);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    // The reactions waiting to be sent show under their messages.
    QSet<Id> reacted = reactionsBefore;
    for (auto it = m_outboxReactions.cbegin(); it != m_outboxReactions.cend(); ++it)
        reacted.insert(it.key());
    QSet<int> touched;
    for (const Id id : std::as_const(reacted)) {
        const int row = rowOf(id);
        if (row >= 0)
            touched.insert(row);
    }
    recompute(touched);
}

void MessageListModel::reindex()
{
    m_rowOf.clear();
    m_idOfWamid.clear();
    m_rowOf.reserve(m_mirrorRows);
    for (int row = 0; row < m_mirrorRows; ++row) {
        const Message &m = m_rows.at(row).message;
        m_rowOf.insert(m.id, row);
        if (!m.wamid.isEmpty())
            m_idOfWamid.insert(m.wamid, m.id);
    }
}

void MessageListModel::recompute(const QSet<int> &rows)
{
    QList<int> sorted(rows.cbegin(), rows.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const int row : sorted) {
        m_rows[row].content = contentOf(m_rows.at(row));
        emit dataChanged(index(row), index(row));
    }
}

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
