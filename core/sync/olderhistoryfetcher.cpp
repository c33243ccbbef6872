#include "core/sync/olderhistoryfetcher.h"

#include "core/protocol/olderhistory.h"

#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace parley {

OlderHistoryFetcher::OlderHistoryFetcher(QNetworkAccessManager *network, std::function<Gate()> gate,
                                         QObject *parent)
    : QObject(parent), m_network(network), m_gate(std::move(gate)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &OlderHistoryFetcher::fetchNext);
}

void OlderHistoryFetcher::start(Mirror *mirror, const QUrl &hub, const QString &token)
{
    stop();
    m_mirror = mirror;
    m_hub = hub;
    m_token = token;
    m_failures = 0;
    m_requests = 0;
}

void OlderHistoryFetcher::stop()
{
    m_timer->stop();
    ++m_generation; // an answer still on its way is dropped
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_fetching = false;
}

void OlderHistoryFetcher::schedule(int delayMs)
{
    if (!m_fetching)
        m_timer->start(delayMs);
}

void OlderHistoryFetcher::prioritize(Id conversationId)
{
    if (!m_mirror || m_first.contains(conversationId))
        return;
    m_first.prepend(conversationId);
    schedule(0);
}

void OlderHistoryFetcher::setPageLimits(int conversations, int messages)
{
    m_conversationsPerRequest = qBound(1, conversations, olderhistory::maxConversations);
    m_messagesPerRequest = qBound(1, messages, olderhistory::maxMessages);
}

void OlderHistoryFetcher::fetchNext()
{
    if (!m_mirror || m_fetching)
        return;
    switch (m_gate()) {
    case Gate::Off:
        return;
    case Gate::Busy:
        schedule(pauseMs);
        return;
    case Gate::Ready:
        break;
    }
    const QList<OlderHistoryCursor> cursors = nextCursors({}, {});
    if (!cursors.isEmpty()) // else nothing older is left anywhere
        send(cursors);
}

QList<OlderHistoryCursor> OlderHistoryFetcher::nextCursors(const QList<OlderHistoryCursor> &carried,
                                                           const QSet<Id> &settled)
{
    QList<OlderHistoryCursor> cursors;
    QSet<Id> named = settled; // a settled one is being applied whole: nothing to ask
    QHash<Id, Id> carriedBefore;
    for (const OlderHistoryCursor &cursor : carried)
        carriedBefore.insert(cursor.conversationId, cursor.beforeId);
    const auto add = [&](Id id, Id beforeId) {
        if (!named.contains(id) && cursors.size() < m_conversationsPerRequest) {
            named.insert(id);
            cursors.append({id, beforeId});
        }
    };
    // The ones the agent asked for first (an answer with nothing older ends them at once); a
    // conversation of the answer being applied is asked for from where that answer ends.
    while (!m_first.isEmpty() && cursors.size() < m_conversationsPerRequest) {
        const Id id = m_first.takeFirst();
        if (!named.contains(id))
            add(id, carriedBefore.contains(id) ? carriedBefore.value(id)
                                               : m_mirror->oldestMessageId(id));
    }
    for (const OlderHistoryCursor &cursor : carried)
        add(cursor.conversationId, cursor.beforeId);
    // Then the newest conversations still missing some: the mirror lists those of the answer
    // being applied too (not applied yet), so it is asked for as many more as are named.
    const int wanted = m_conversationsPerRequest - int(cursors.size());
    if (wanted > 0) {
        for (const OlderHistoryCursor &cursor :
             m_mirror->olderHistoryCursors(wanted + int(named.size())))
            add(cursor.conversationId, cursor.beforeId);
    }
    return cursors;
}

void OlderHistoryFetcher::send(const QList<OlderHistoryCursor> &cursors)
{
    QUrl url = m_hub;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/v1/older-history"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("conversations"), olderHistoryQuery(cursors));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_messagesPerRequest));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(30000);
    m_fetching = true;
    ++m_requests;
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    const int generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, cursors, generation] {
        reply->deleteLater();
        if (m_reply == reply)
            m_reply = nullptr;
        m_fetching = false;
        answered(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll(), cursors, generation);
    });
}

void OlderHistoryFetcher::answered(int status, const QByteArray &body,
                                   const QList<OlderHistoryCursor> &asked, int generation)
{
    if (!m_mirror || generation != m_generation)
        return; // asked for after an answer that never reached the mirror: its cursors are wrong
    if (status == 401) {
        emit authenticationFailed();
        return;
    }
    OlderHistoryPage page;
    QString problem;
    if (status != 200 || !fromJson(QJsonDocument::fromJson(body).object(), &page, &problem)) {
        // The hub is down or busy, or answered what this version cannot read: later.
        const int backoff = qMin(60000, 1000 << qMin(m_failures++, 6));
        m_timer->start(backoff);
        return;
    }
    m_failures = 0;
    if (page.conversations.isEmpty())
        return; // nothing was answered: asking again would answer the same

    // What the mirror holds once this answer is applied: a conversation answered whole (or gone)
    // is settled, one answered in part continues below its oldest message answered, one the
    // answer did not reach continues where it was asked.
    QSet<Id> settled;
    QHash<Id, Id> continueBelow;
    for (const OlderHistoryPart &part : page.conversations) {
        if (part.complete || part.gone)
            settled.insert(part.conversationId);
        else if (!part.messages.isEmpty())
            continueBelow.insert(part.conversationId,
                                 part.messages.first().value(QStringLiteral("id")).toInteger());
    }
    QList<OlderHistoryCursor> carried;
    for (const OlderHistoryCursor &cursor : asked) {
        if (!settled.contains(cursor.conversationId))
            carried.append({cursor.conversationId,
                            continueBelow.value(cursor.conversationId, cursor.beforeId)});
    }
    // The next request goes out first: the hub reads it while this answer is written.
    const bool pipelined = m_gate() == Gate::Ready;
    if (pipelined) {
        const QList<OlderHistoryCursor> next = nextCursors(carried, settled);
        if (!next.isEmpty())
            send(next);
    }
    MirrorChanges changes;
    if (!m_mirror->applyOlderHistory(page, &changes)) {
        ++m_generation; // the request just sent assumed this answer: its answer is dropped
        emit failed(m_mirror->errorString());
        return;
    }
    if (!changes.isEmpty())
        emit mirrorChanged(changes);
    if (!pipelined)
        schedule(); // the gate decides again: Busy pauses, Off waits for the worker
}

} // namespace parley
