#include "ui/models/messagelistmodel.h"

#include "core/domain/messagedetails.h"
#include "core/logging.h"

#include <QPointer>

#include <utility>

// Asking the reader for windows and applying them: the newest on opening a conversation, the
// page above on scrolling up, back to a message asked for, and the rows a sync batch changed.
// Turning an answer into row inserts and changes is messagelistrows.cpp; what a row shows,
// messagelistroles.cpp.

namespace parley::ui {

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

} // namespace parley::ui
