#include "bench/hub/ingestbenchmark.h"

#include "bench/hub/httpconnection.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace parley::bench {

IngestResult runIngest(const QList<quint16> &ports, const QList<PreparedWebhook> &webhooks,
                       int connections, int timeLimitMs)
{
    IngestResult result;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        loop.quit();
    });

    // Connections are opened before the clock starts: the figure is about webhooks, and Meta
    // keeps its connections open.
    std::vector<std::unique_ptr<HttpConnection>> pool;
    int open = 0;
    for (int i = 0; i < connections; ++i) {
        pool.push_back(std::make_unique<HttpConnection>(ports.at(i % ports.size())));
        QObject::connect(pool.back().get(), &HttpConnection::opened, &loop, [&] {
            if (++open == connections)
                loop.quit();
        });
        pool.back()->open();
    }
    deadline.start(10000);
    loop.exec();
    if (result.timedOut) {
        result.lostByReason[QStringLiteral("could not open %1 connections").arg(connections)] =
            connections - open;
        return result;
    }

    int next = 0;
    int answered = 0;
    QElapsedTimer clock;
    auto sendNext = [&](HttpConnection *connection) {
        if (next < webhooks.size()) {
            ++result.sent;
            connection->send(webhooks.at(next++).request);
        }
    };
    auto finishOne = [&](HttpConnection *connection) {
        if (++answered == webhooks.size()) {
            result.seconds = double(clock.nsecsElapsed()) / 1e9;
            loop.quit();
            return;
        }
        sendNext(connection);
    };
    for (const auto &connection : pool) {
        HttpConnection *raw = connection.get();
        QObject::connect(raw, &HttpConnection::replied, &loop, [&, raw](int status) {
            if (status == 200)
                ++result.accepted;
            else
                ++result.refusedByStatus[status];
            finishOne(raw);
        });
        QObject::connect(raw, &HttpConnection::failed, &loop, [&, raw](const QString &reason) {
            ++result.lostByReason[reason];
            finishOne(raw);
        });
    }
    clock.start();
    deadline.start(timeLimitMs);
    for (const auto &connection : pool)
        sendNext(connection.get());
    loop.exec();
    if (result.timedOut)
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (const auto &connection : pool)
        result.reopenedConnections += connection->reopened();
    return result;
}

int countStoredMessages(HubInstance &hub, const QString &token, qint64 since)
{
    int messages = 0;
    qint64 seq = since;
    // Bounded: a page holds 5,000 events, and each message makes at most four.
    for (int page = 0; page < 10000; ++page) {
        const QJsonObject batch =
            hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(seq), token).json();
        const QJsonArray events = batch.value(QStringLiteral("events")).toArray();
        for (const QJsonValue &event : events)
            messages += event[QLatin1String("type")] == QLatin1String("message.created");
        const qint64 next = batch.value(QStringLiteral("next")).toInteger();
        if (events.isEmpty() || next <= seq)
            break;
        seq = next;
    }
    return messages;
}

} // namespace parley::bench
