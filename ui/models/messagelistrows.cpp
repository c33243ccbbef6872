#include "ui/models/messagelistmodel.h"

#include "core/domain/messagedetails.h"
#include "core/protocol/commands.h"

#include <QJsonArray>

#include <algorithm>

// The rows' bookkeeping: changed messages updated in place, new ones inserted where their time
// puts them, the outbox's pending replies kept after the stored messages, and the id → row index.

namespace parley::ui {
namespace {

bool comesBefore(const Message &a, const Message &b)
{
    return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
}

} // namespace

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
        m_rows.insert(position, block.size(), Row());
        for (qsizetype i = 0; i < block.size(); ++i)
            m_rows[position + i] = block.at(i);
        m_mirrorRows += int(block.size());
        reindex(position);
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

void MessageListModel::reindex(int from)
{
    if (from == 0) {
        m_rowOf.clear();
        m_idOfWamid.clear();
        m_rowOf.reserve(m_mirrorRows);
    }
    // The rows above `from` kept their places; a wamid keeps naming the same message.
    for (int row = from; row < m_mirrorRows; ++row) {
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

} // namespace parley::ui
