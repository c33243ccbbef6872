#include "hub/service/streamhub.h"

#include "core/protocol/streamframes.h"
#include "hub/hublogging.h"
#include "hub/service/agentfeed.h"
#include "hub/store/notificationsettingsrepository.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>
#include <unordered_map>

namespace parley::hub {
namespace {

// What tells one agent's part of a page from another's: the events it keeps (by seq) and the
// only thing AgentFeed changes in them, the agent's own unread count of a conversation.
QByteArray frameFingerprint(const SyncBatch &mine)
{
    QByteArray fingerprint;
    for (const Event &event : mine.events) {
        fingerprint += QByteArray::number(event.seq);
        const auto unread = event.data.constFind(QLatin1String("unread_count"));
        if (unread != event.data.constEnd())
            fingerprint += '/' + QByteArray::number(unread->toInteger());
        fingerprint += ',';
    }
    return fingerprint;
}

} // namespace

StreamHub::StreamHub(HubContext &context,
                     std::function<std::optional<Agent>(const QString &)> authenticate,
                     const Limits &limits, QObject *parent)
    : QObject(parent), m_ctx(context), m_authenticate(std::move(authenticate)), m_limits(limits)
{
    m_presence = new Presence(
        m_ctx,
        [this](quintptr key, const QString &frame) {
            if (Client *client = find(reinterpret_cast<QWebSocket *>(key)))
                client->socket->sendTextMessage(frame);
        },
        [this](quintptr key, const QString &reason) {
            if (Client *client = find(reinterpret_cast<QWebSocket *>(key)))
                client->socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
        },
        m_limits.presence, this);
    m_heartbeat.setInterval(m_limits.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamHub::heartbeat);
    m_heartbeat.start();
}

StreamHub::~StreamHub()
{
    for (Client &client : m_clients)
        client.socket->disconnect(this);
}

void StreamHub::accept(std::unique_ptr<QWebSocket> socket)
{
    const QUrlQuery query(socket->requestUrl());
    QString token = QString::fromLatin1(socket->request().rawHeader("Authorization"));
    if (token.startsWith(QLatin1String("Bearer ")))
        token = token.mid(7);
    else
        token = query.queryItemValue(QStringLiteral("token"));
    const std::optional<Agent> agent = m_authenticate(token);
    if (!agent || socket->requestUrl().path() != QLatin1String("/api/v1/stream")) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      agent ? QStringLiteral("unknown path") : QStringLiteral("unauthorized"));
        socket.release()->deleteLater();
        return;
    }
    bool ok = true;
    const QString sinceText = query.queryItemValue(QStringLiteral("since"));
    const qint64 since = sinceText.isEmpty() ? 0 : sinceText.toLongLong(&ok);
    if (!ok || since < 0) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                      QStringLiteral("since must be a sequence number"));
        socket.release()->deleteLater();
        return;
    }
    QWebSocket *raw = socket.get();
    raw->setMaxAllowedIncomingFrameSize(maxIncomingBytes);
    raw->setMaxAllowedIncomingMessageSize(maxIncomingBytes);
    connect(raw, &QWebSocket::disconnected, this, [this, raw] { drop(raw); });
    connect(raw, &QWebSocket::pong, this, [this, raw](quint64, const QByteArray &payload) {
        Client *client = find(raw);
        if (client && !client->pingPayload.isEmpty() && payload == client->pingPayload)
            client->lastPong = m_ctx.now();
    });
    connect(raw, &QWebSocket::bytesWritten, this, [this, raw](qint64 bytes) {
        if (Client *client = find(raw))
            client->written += bytes;
    });
    connect(
        raw, &QWebSocket::bytesWritten, this, [this, raw] { drained(raw); }, Qt::QueuedConnection);
    connect(raw, &QWebSocket::textMessageReceived, this,
            [this, raw](const QString &text) { m_presence->received(quintptr(raw), text); });
    Client client;
    client.socket = std::move(socket);
    client.agent = *agent;
    client.token = token;
    client.seq = since;
    client.lastPong = m_ctx.now();
    if (since == 0 && query.queryItemValue(QStringLiteral("snapshot")) == QLatin1String("1") &&
        m_snapshotSource) {
        QString error;
        client.snapshot = m_snapshotSource(&error);
        if (!client.snapshot)
            qCWarning(lcHubApi, "stream snapshot unavailable, replaying the log instead: %s",
                      qPrintable(error));
    }
    m_presence->socketOpened(quintptr(raw), client.agent);
    m_clients.push_back(std::move(client));
    publish(); // the replay: everything after `since`
}

StreamHub::Client *StreamHub::find(QWebSocket *socket)
{
    auto it = std::find_if(m_clients.begin(), m_clients.end(),
                           [socket](const Client &c) { return c.socket.get() == socket; });
    return it == m_clients.end() ? nullptr : &*it;
}

void StreamHub::drained(QWebSocket *socket)
{
    Client *client = find(socket);
    // Resumed below half the bound, so a client near it does not get one page at a time.
    if (client && client->paused && socket->bytesToWrite() <= m_limits.maxUnsentBytes / 2) {
        client->paused = false;
        continueLater();
    }
}

void StreamHub::continueLater()
{
    if (m_continueQueued)
        return;
    m_continueQueued = true;
    // A zero timer runs after the sockets that are ready have been served: a webhook that
    // arrived meanwhile is read before the next page of a replay.
    QTimer::singleShot(0, this, [this] {
        m_continueQueued = false;
        publish();
    });
}

void StreamHub::sendBatch(Client &client, const SyncBatch &batch)
{
    client.socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(toJson(batch)).toJson(QJsonDocument::Compact)));
    client.seq = batch.next;
}

void StreamHub::publish()
{
    if (m_clients.empty())
        return;
    // One page per socket and turn. Sockets at the same position share one read of the log
    // (most are at its head) and one read of what filtering it needs (AgentFeed::Page: the
    // conversations with every agent's read mark, whatever the number of agents), and the
    // desktops of one agent at one position share its frames.
    std::unordered_map<qint64, AgentFeed::Page> pages;
    QHash<QPair<Id, qint64>, QStringList> frames;
    QHash<QPair<qint64, QByteArray>, QStringList> framesByContent;
    AgentFeed feed(m_ctx);
    bool behind = false;
    for (Client &client : m_clients) {
        if (client.paused)
            continue;
        if (client.snapshot) {
            sendSnapshotSlice(client, feed);
            behind = true;
            continue;
        }
        auto page = pages.find(client.seq);
        if (page == pages.end())
            page = pages.emplace(client.seq, m_ctx.events.after(client.seq, pageSize)).first;
        const SyncBatch &batch = page->second.batch();
        if (batch.events.isEmpty())
            continue;
        const QPair<Id, qint64> key(client.agent.id, client.seq);
        auto frame = frames.find(key);
        if (frame == frames.end()) {
            // Agents whose part of the page is the same (the same events, the same unread
            // counts: a department's agents, or admins, who have not read the conversation
            // apart) share its serialized frames: the text is most of the fan-out's cost.
            const SyncBatch mine = feed.forAgent(client.agent, page->second);
            const QPair<qint64, QByteArray> content(client.seq, frameFingerprint(mine));
            auto same = framesByContent.find(content);
            if (same == framesByContent.end()) {
                QStringList texts;
                for (const QByteArray &text : batchFrames(mine, frameBytes))
                    texts.append(QString::fromUtf8(text));
                same = framesByContent.insert(content, texts);
            }
            frame = frames.insert(key, *same);
        }
        // The page's frames all go now (the page was read and filtered in this turn); each is
        // cut to frameBytes, so none keeps a slow link busy for long.
        for (const QString &text : std::as_const(*frame))
            client.socket->sendTextMessage(text);
        client.seq = batch.next;
        // A full page: the log may hold more for it, sent in a later turn.
        behind = behind || batch.events.size() >= pageSize;
        // Its later pages wait until the client has taken these (drained()).
        client.paused = client.socket->bytesToWrite() > m_limits.maxUnsentBytes;
    }
    if (behind)
        continueLater();
}

void StreamHub::sendSnapshotSlice(Client &client, AgentFeed &feed)
{
    SnapshotFrame frame;
    SyncBatch slice{client.snapshot->next(snapshotSlice), 0};
    if (slice.events.isEmpty()) {
        frame.seq = client.snapshot->seq();
        client.snapshot.reset(); // ends its read transaction
    } else {
        // The agent's part of it, with its own unread counts, as for events (AgentFeed).
        frame.events = feed.forAgent(client.agent, slice).events;
        if (!client.settingsSent) {
            // The agent's own notification settings are no table a snapshot copies: the first
            // slice carries them, so a rebuilt mirror gets its choice and mutes back. Read
            // now, not at the snapshot's seq: a later change still follows in the log.
            client.settingsSent = true;
            const NotificationSettings settings =
                NotificationSettingsRepository(m_ctx.db).of(client.agent.id);
            if (settings.notify != NotifyChoice::Default || !settings.muted.isEmpty())
                frame.events.prepend(
                    Event{0, EventType::NotificationSettingsUpdated, toJson(settings)});
        }
        const QList<Id> older = client.snapshot->takeOlderHistory();
        QSet<Id> sent;
        for (const Event &event : frame.events) {
            if (event.type == EventType::ConversationUpdated)
                sent.insert(event.data.value(QStringLiteral("id")).toInteger());
        }
        for (Id id : older) {
            if (sent.contains(id))
                frame.olderHistory.append(id);
        }
    }
    for (const QByteArray &text : snapshotFrames(frame, frameBytes))
        client.socket->sendTextMessage(QString::fromUtf8(text));
    if (frame.isLast())
        client.seq = frame.seq;
    client.paused = client.socket->bytesToWrite() > m_limits.maxUnsentBytes;
}

void StreamHub::heartbeat()
{
    const qint64 now = m_ctx.now();
    std::vector<QWebSocket *> dead;
    std::vector<QWebSocket *> loggedOut;
    bool resumed = false;
    for (Client &client : m_clients) {
        const qint64 unsent = client.socket->bytesToWrite();
        // Held back (over the bound, or paused) and not a byte taken since the last beat: the
        // client does not read. Taken bytes are counted, not read off the unsent level: a slow
        // client that took some while its stream was resumed and refilled can be further over
        // the bound than at the last beat. Not judged at its first beat: there is no last beat
        // to compare with yet. A paused stream is either resumed (drained()), or dropped here,
        // so that its desktop reconnects: never held forever.
        const bool heldBack = unsent > m_limits.maxUnsentBytes || client.paused;
        const bool tookNothing =
            client.written == client.writtenAtLastBeat && unsent >= client.unsentAtLastBeat;
        const bool stalled = client.unsentAtLastBeat >= 0 && heldBack && tookNothing;
        // A frame's worth of bytes or more taken by the kernel since the last beat: the
        // client's end acknowledged them (the kernel holds only so much unacknowledged), so it
        // is there and reading, which is what a pong says. On a slow link the pings wait behind
        // the frames queued (maxUnsentBytes, and the kernel's own buffer: a minute and more at
        // 0.5 Mbit/s), so each pong came after the next ping had replaced the payload and never
        // counted: such a stream was dropped as unresponsive while it moved (docs/api.md,
        // "Heartbeat"). A quiet stream takes a few bytes a beat (the beat's own): its pongs must
        // count. A dead peer or one that stops reading gets at most its kernel buffers' worth.
        if (client.written - client.writtenAtLastBeat >= frameBytes)
            client.lastPong = now;
        if (now - client.lastPong > 3 * qint64(m_limits.heartbeatMs) || stalled) {
            dead.push_back(client.socket.get());
            continue;
        }
        // Drained below the resume mark without drained() having seen it: resumed here too.
        if (client.paused && unsent <= m_limits.maxUnsentBytes / 2) {
            client.paused = false;
            resumed = true;
        }
        const std::optional<Agent> agent = m_authenticate(client.token);
        if (!agent) {
            loggedOut.push_back(client.socket.get());
            continue;
        }
        client.agent = *agent; // a new department or role counts from the next frame
        m_presence->socketAgent(quintptr(client.socket.get()), client.agent);
        client.pingPayload = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
        client.socket->ping(client.pingPayload);
        sendBatch(client, SyncBatch{{}, client.seq});
        // Measured after this beat's own frames, so the next beat compares like with like.
        client.unsentAtLastBeat = client.socket->bytesToWrite();
        client.writtenAtLastBeat = client.written;
    }
    for (QWebSocket *socket : dead) {
        ++m_droppedUnresponsive;
        socket->abort();
        drop(socket);
    }
    for (QWebSocket *socket : loggedOut)
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("session ended"));
    if (resumed)
        continueLater();
}

void StreamHub::drop(QWebSocket *socket)
{
    auto it = std::find_if(m_clients.begin(), m_clients.end(),
                           [socket](const Client &c) { return c.socket.get() == socket; });
    if (it == m_clients.end())
        return;
    it->socket.release()->deleteLater();
    m_clients.erase(it);
    m_presence->socketClosed(quintptr(socket)); // its presence ends with it
}

} // namespace parley::hub
