#include "hub/service/presence.h"

#include "core/rules/scoperules.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace parley::hub {
namespace {

const QString viewingName = QStringLiteral("viewing");
const QString typingName = QStringLiteral("typing");
const QString leftName = QStringLiteral("left");

} // namespace

Presence::Presence(HubContext &context, Send send, Close close, const Limits &limits,
                   QObject *parent)
    : QObject(parent), m_ctx(context), m_send(std::move(send)), m_close(std::move(close)),
      m_limits(limits)
{
    // Typing fades by itself: checked a few times per typing period.
    m_expiry.setInterval(std::max(100, m_limits.typingMs / 6));
    connect(&m_expiry, &QTimer::timeout, this, &Presence::expireTyping);
}

void Presence::socketOpened(quintptr socket, const Agent &agent)
{
    Socket opened;
    opened.agent = agent;
    opened.tokens = m_limits.burst;
    opened.refilledAt = m_ctx.now();
    m_sockets.insert(socket, opened);
}

void Presence::socketAgent(quintptr socket, const Agent &agent)
{
    const auto it = m_sockets.find(socket);
    if (it != m_sockets.end())
        it->agent = agent;
}

void Presence::socketClosed(quintptr socket)
{
    const auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    const Id agentId = it->agent.id;
    const QList<Id> were = it->conversations.keys();
    m_sockets.erase(it);
    for (Id conversationId : were)
        relay(conversationId, agentId);
}

bool Presence::take(Socket &socket)
{
    const TimestampMs now = m_ctx.now();
    const double earned = double(now - socket.refilledAt) / std::max(1, m_limits.refillMs);
    socket.tokens = std::min<double>(m_limits.burst, socket.tokens + earned);
    socket.refilledAt = now;
    if (socket.tokens < 1)
        return false;
    socket.tokens -= 1;
    return true;
}

void Presence::received(quintptr key, const QString &text)
{
    const auto it = m_sockets.find(key);
    if (it == m_sockets.end())
        return;
    Socket &socket = *it;
    // The limit first, before the frame is even parsed; then its size, shape and scope.
    const auto refuse = [&](const char *reason) {
        ++m_refused;
        if (++socket.refusedInARow >= m_limits.refusedBeforeClose)
            m_close(key, QString::fromLatin1(reason));
    };
    if (!take(socket))
        return refuse("too many frames");
    if (text.size() > maxFrameBytes)
        return refuse("frame too large");
    const QJsonObject presence = QJsonDocument::fromJson(text.toUtf8())
                                     .object()
                                     .value(QStringLiteral("presence"))
                                     .toObject();
    const QJsonValue idValue = presence.value(QStringLiteral("conversation_id"));
    const double rawId = idValue.toDouble(-1);
    const QString state = presence.value(QStringLiteral("state")).toString();
    if (!idValue.isDouble() || rawId < 1 || rawId > 9.0e15 || std::floor(rawId) != rawId ||
        (state != viewingName && state != typingName && state != leftName))
        return refuse("invalid presence");
    const Id conversationId = Id(rawId);
    const Id agentId = socket.agent.id;
    socket.refusedInARow = 0;

    if (state == leftName) {
        if (socket.conversations.remove(conversationId) > 0)
            relay(conversationId, agentId);
        return;
    }
    // Only a conversation the agent may see, and whose viewers it may therefore learn.
    if (!m_ctx.conversationFor(socket.agent, conversationId))
        return refuse("out of scope");
    const TimestampMs now = m_ctx.now();
    const bool arriving = !socket.conversations.contains(conversationId);
    if (arriving && socket.conversations.size() >= m_limits.conversationsPerSocket) {
        // The oldest presence of this socket gives way (a desktop that never said "left").
        auto oldest =
            std::min_element(socket.conversations.cbegin(), socket.conversations.cend(),
                             [](const Here &a, const Here &b) { return a.since < b.since; });
        const Id gone = oldest.key();
        socket.conversations.remove(gone);
        relay(gone, agentId);
    }
    Here &here = socket.conversations[conversationId];
    const bool wasTyping = here.typingUntil > now;
    const bool wasViewing = here.viewing;
    if (arriving)
        here.since = now;
    if (state == viewingName) {
        here.viewing = true;
        here.typingUntil = 0; // "viewing" again: stopped typing (sent, or cleared the box)
    } else {
        here.viewing = true; // one types where one looks
        here.typingUntil = now + m_limits.typingMs;
        m_expiry.start();
    }
    const bool typing = here.typingUntil > now;
    if (arriving)
        relay(conversationId, 0, key); // the newcomer learns who is there already
    if (arriving || wasTyping != typing || wasViewing != here.viewing)
        relay(conversationId, agentId);
}

QJsonObject Presence::agentsIn(Id conversationId, Id except) const
{
    struct Seen {
        QString name;
        bool typing = false;
    };
    const TimestampMs now = m_ctx.now();
    QHash<Id, Seen> agents;
    for (const Socket &socket : m_sockets) {
        const auto here = socket.conversations.constFind(conversationId);
        if (socket.agent.id == except || here == socket.conversations.cend())
            continue;
        Seen &seen = agents[socket.agent.id];
        seen.name = socket.agent.name.isEmpty() ? socket.agent.login : socket.agent.name;
        seen.typing = seen.typing || here->typingUntil > now;
    }
    QList<Id> order = agents.keys();
    std::sort(order.begin(), order.end(), [&agents](Id a, Id b) {
        const Seen &x = agents[a];
        const Seen &y = agents[b];
        if (x.typing != y.typing)
            return x.typing;
        return x.name != y.name ? x.name < y.name : a < b;
    });
    QJsonArray list;
    for (Id id : order)
        list.append(
            QJsonObject{{QStringLiteral("id"), id},
                        {QStringLiteral("name"), agents[id].name},
                        {QStringLiteral("state"), agents[id].typing ? typingName : viewingName}});
    return {{QStringLiteral("presence"),
             QJsonObject{{QStringLiteral("conversation_id"), conversationId},
                         {QStringLiteral("agents"), list}}}};
}

void Presence::relay(Id conversationId, Id changedAgent, quintptr only)
{
    const std::optional<Conversation> conversation = m_ctx.conversations.byId(conversationId);
    if (!conversation)
        return;
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        if ((only != 0 && it.key() != only) || (only == 0 && it->agent.id == changedAgent) ||
            !conversationInScope(it->agent, conversation->department, conversation->ownerId))
            continue;
        m_send(it.key(), QString::fromUtf8(QJsonDocument(agentsIn(conversationId, it->agent.id))
                                               .toJson(QJsonDocument::Compact)));
    }
}

void Presence::expireTyping()
{
    const TimestampMs now = m_ctx.now();
    QList<QPair<Id, Id>> faded; // conversation, agent
    bool stillTyping = false;
    for (Socket &socket : m_sockets) {
        for (auto here = socket.conversations.begin(); here != socket.conversations.end(); ++here) {
            if (here->typingUntil == 0)
                continue;
            if (here->typingUntil > now) {
                stillTyping = true;
                continue;
            }
            here->typingUntil = 0;
            faded.append({here.key(), socket.agent.id});
        }
    }
    if (!stillTyping)
        m_expiry.stop();
    for (const auto &[conversationId, agentId] : faded)
        relay(conversationId, agentId);
}

} // namespace parley::hub
