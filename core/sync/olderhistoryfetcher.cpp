#include "core/sync/olderhistoryfetcher.h"

#include "core/protocol/olderhistory.h"

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
    m_mirror = mirror;
    m_hub = hub;
    m_token = token;
    m_failures = 0;
}

void OlderHistoryFetcher::stop()
{
    m_timer->stop();
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

void OlderHistoryFetcher::fetchNext()
{
    if (!m_mirror || m_fetching)
        return;
    switch (m_gate()) {
    case Gate::Off:
        return;
    case Gate::Busy:
        schedule();
        return;
    case Gate::Ready:
        break;
    }
    // The ones the agent asked for first (an answer with nothing older ends them at once), then
    // the newest conversations still missing some.
    QList<OlderHistoryCursor> cursors;
    QSet<Id> named;
    const auto add = [&](Id id) {
        if (!named.contains(id) && cursors.size() < conversationsPerRequest) {
            named.insert(id);
            cursors.append({id, m_mirror->oldestMessageId(id)});
        }
    };
    while (!m_first.isEmpty() && cursors.size() < conversationsPerRequest)
        add(m_first.takeFirst());
    for (Id id : m_mirror->olderHistory(conversationsPerRequest - int(cursors.size())))
        add(id);
    if (cursors.isEmpty())
        return; // nothing older left anywhere
    QUrl url = m_hub;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/api/v1/older-history"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("conversations"), olderHistoryQuery(cursors));
    query.addQueryItem(QStringLiteral("limit"), QString::number(messagesPerRequest));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setTransferTimeout(30000);
    m_fetching = true;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_fetching = false;
        answered(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 reply->readAll());
    });
}

void OlderHistoryFetcher::answered(int status, const QByteArray &body)
{
    if (!m_mirror)
        return;
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
    MirrorChanges changes;
    if (!m_mirror->applyOlderHistory(page, &changes)) {
        emit failed(m_mirror->errorString());
        return;
    }
    if (!changes.isEmpty())
        emit mirrorChanged(changes);
    schedule();
}

} // namespace parley
