#include "bench/hub/latencyprobe.h"

#include "bench/hub/httpconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace parley::bench {
namespace {

constexpr int connectLimitMs = 20000;
constexpr int warmUpLimitMs = 10000;
constexpr int graceMs = 5000;
constexpr int warmUpIndex = -1;

// Runs the event loop until `done` or `limitMs`; false on the limit.
bool waitFor(const std::function<bool()> &done, qint64 limitMs)
{
    QElapsedTimer waited;
    waited.start();
    QTimer wake; // WaitForMoreEvents would otherwise sleep past the limit on a quiet loop
    wake.start(10);
    while (!done()) {
        if (waited.elapsed() > limitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

class Probe {
public:
    explicit Probe(const LatencyPlan &plan) : m_plan(plan)
    {
        for (const quint16 port : plan.webhookPorts)
            m_senders.push_back(std::make_unique<HttpConnection>(port));
        m_indexOfWamid.insert(plan.warmUp.wamid, warmUpIndex);
        for (int i = 0; i < plan.timed.size(); ++i)
            m_indexOfWamid.insert(plan.timed.at(i).wamid, i);
        m_sentNs.assign(std::size_t(plan.timed.size()), -1);
        m_accepted.assign(std::size_t(plan.timed.size()), false);
        m_arrivalNs.assign(std::size_t(plan.tokens.size()),
                           std::vector<qint64>(std::size_t(plan.timed.size()), -1));
        m_warmedUp.assign(std::size_t(plan.tokens.size()), false);
    }

    LatencyResult run()
    {
        m_clock.start();
        if (!connectStreams())
            m_result.problem = QStringLiteral("only %1 of %2 streams connected")
                                   .arg(m_result.agentsConnected)
                                   .arg(m_plan.tokens.size());
        else if (!warmUp())
            m_result.problem = QStringLiteral("only %1 of %2 streams got the warm-up webhook")
                                   .arg(m_warmedCount)
                                   .arg(m_plan.tokens.size());
        else
            runSchedule();
        collect();
        for (const auto &stream : m_streams)
            stream->abort();
        return m_result;
    }

private:
    bool connectStreams()
    {
        for (int agent = 0; agent < m_plan.tokens.size(); ++agent) {
            auto stream = std::make_unique<QWebSocket>();
            QObject::connect(stream.get(), &QWebSocket::connected, stream.get(),
                             [this] { ++m_result.agentsConnected; });
            QObject::connect(stream.get(), &QWebSocket::textMessageReceived, stream.get(),
                             [this, agent](const QString &frame) { onFrame(agent, frame); });
            QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=%2")
                                             .arg(streamPort(agent))
                                             .arg(m_plan.since)));
            request.setRawHeader("Authorization", "Bearer " + m_plan.tokens.at(agent).toUtf8());
            stream->open(request);
            m_streams.push_back(std::move(stream));
        }
        return waitFor([this] { return m_result.agentsConnected == m_plan.tokens.size(); },
                       connectLimitMs);
    }

    // A connected socket may not be registered with the hub's stream yet; one webhook that
    // every stream receives proves them all live, and warms the hub's and SQLite's caches.
    bool warmUp()
    {
        bool answered = false;
        HttpConnection &sender = *m_senders.front();
        const auto done = QObject::connect(&sender, &HttpConnection::replied, &sender,
                                           [&answered](int) { answered = true; });
        const auto lost = QObject::connect(&sender, &HttpConnection::failed, &sender,
                                           [&answered](const QString &) { answered = true; });
        sender.send(m_plan.warmUp.request);
        const bool ok = waitFor([&] { return answered && m_warmedCount == m_plan.tokens.size(); },
                                warmUpLimitMs);
        QObject::disconnect(done);
        QObject::disconnect(lost);
        // The other hubs' connections are opened now, so no timed webhook waits for a connect.
        for (const auto &other : m_senders)
            if (!other->isOpen())
                other->open();
        return ok && waitFor(
                         [this] {
                             return std::all_of(m_senders.cbegin(), m_senders.cend(),
                                                [](const auto &s) { return s->isOpen(); });
                         },
                         connectLimitMs);
    }

    void runSchedule()
    {
        const int count = int(m_plan.timed.size());
        const qint64 intervalNs = 1000000000LL / m_plan.messagesPerSecond;
        int next = 0;
        bool inFlight = false;
        QTimer tick;
        tick.setSingleShot(true);
        tick.setTimerType(Qt::PreciseTimer);
        const qint64 startNs = m_clock.nsecsElapsed();
        // One webhook in flight at a time, each at its slot; a slow reply delays the next one
        // rather than piling requests up, so a figure is never queueing inside the benchmark.
        const auto sendDue = [&] {
            if (inFlight || next >= count)
                return;
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 due = startNs + next * intervalNs;
            if (now < due) {
                tick.start(int(std::ceil(double(due - now) / 1e6)));
                return;
            }
            inFlight = true;
            m_sentNs[std::size_t(next)] = now;
            const int index = next++;
            senderOf(index).send(m_plan.timed.at(index).request);
        };
        QObject::connect(&tick, &QTimer::timeout, &tick, sendDue);
        for (const auto &sender : m_senders) {
            QObject::connect(sender.get(), &HttpConnection::replied, &tick, [&](int status) {
                m_result.replyMs.push_back(
                    double(m_clock.nsecsElapsed() - m_sentNs[std::size_t(next - 1)]) / 1e6);
                if (status == 200)
                    m_accepted[std::size_t(next - 1)] = true;
                else
                    ++m_result.refusedByStatus[status];
                inFlight = false;
                sendDue();
            });
            QObject::connect(sender.get(), &HttpConnection::failed, &tick, [&](const QString &) {
                ++m_result.lostRequests;
                inFlight = false;
                sendDue();
            });
        }
        sendDue();
        const qint64 scheduleMs = qint64(count) * 1000 / m_plan.messagesPerSecond;
        m_result.scheduleCut =
            !waitFor([&] { return next == count && !inFlight; }, scheduleMs + 10000);
        m_result.messagesSent = next;
        m_result.messagesAccepted = int(std::count(m_accepted.cbegin(), m_accepted.cend(), true));
        const qint64 expected = qint64(m_result.messagesAccepted) * m_plan.tokens.size();
        waitFor([&] { return m_delivered >= expected; }, graceMs);
        for (const auto &sender : m_senders)
            QObject::disconnect(sender.get(), nullptr, &tick, nullptr);
    }

    quint16 streamPort(int agent) const
    {
        return m_plan.streamPorts.at(agent % m_plan.streamPorts.size());
    }

    quint16 webhookPort(int message) const
    {
        return m_plan.webhookPorts.at(message % m_plan.webhookPorts.size());
    }

    HttpConnection &senderOf(int message)
    {
        return *m_senders.at(std::size_t(message) % m_senders.size());
    }

    // Scans the frame's text for "wamid" fields instead of parsing it as JSON: a frame is read
    // on every stream, and the benchmark's own parsing should not weigh on the figures.
    void onFrame(int agent, const QString &frame)
    {
        const qint64 now = m_clock.nsecsElapsed();
        static const QString key = QStringLiteral("\"wamid\":\"");
        qsizetype at = 0;
        while ((at = frame.indexOf(key, at)) >= 0) {
            at += key.size();
            const qsizetype end = frame.indexOf(QLatin1Char('"'), at);
            if (end < 0)
                return;
            const auto found = m_indexOfWamid.constFind(frame.mid(at, end - at));
            at = end;
            if (found == m_indexOfWamid.constEnd())
                continue;
            if (found.value() == warmUpIndex) {
                if (!m_warmedUp[std::size_t(agent)]) {
                    m_warmedUp[std::size_t(agent)] = true;
                    ++m_warmedCount;
                }
                continue;
            }
            qint64 &arrival = m_arrivalNs[std::size_t(agent)][std::size_t(found.value())];
            if (arrival < 0) {
                arrival = now;
                ++m_delivered;
            }
        }
    }

    void collect()
    {
        std::vector<bool> missedByAny(std::size_t(m_result.messagesSent), false);
        const bool severalHubs = m_plan.streamPorts.size() > 1 || m_plan.webhookPorts.size() > 1;
        for (int agent = 0; agent < int(m_arrivalNs.size()); ++agent) {
            const std::vector<qint64> &arrivals = m_arrivalNs[std::size_t(agent)];
            for (int i = 0; i < m_result.messagesSent; ++i) {
                const qint64 arrival = arrivals[std::size_t(i)];
                if (arrival < 0 && m_accepted[std::size_t(i)]) {
                    ++m_result.missedDeliveries;
                    missedByAny[std::size_t(i)] = true;
                } else if (arrival >= 0) {
                    const double ms = double(arrival - m_sentNs[std::size_t(i)]) / 1e6;
                    m_result.deliveryMs.push_back(ms);
                    if (severalHubs)
                        (streamPort(agent) == webhookPort(i) ? m_result.sameHubMs
                                                             : m_result.otherHubMs)
                            .push_back(ms);
                }
            }
        }
        m_result.messagesMissedByAnyAgent =
            int(std::count(missedByAny.cbegin(), missedByAny.cend(), true));
    }

    const LatencyPlan &m_plan;
    LatencyResult m_result;
    QElapsedTimer m_clock;
    std::vector<std::unique_ptr<HttpConnection>> m_senders; // one per webhook port
    std::vector<std::unique_ptr<QWebSocket>> m_streams;
    QHash<QString, int> m_indexOfWamid;
    std::vector<qint64> m_sentNs;                 // per timed message
    std::vector<bool> m_accepted;                 // per timed message: answered 200
    std::vector<std::vector<qint64>> m_arrivalNs; // per stream, per timed message
    std::vector<bool> m_warmedUp;
    int m_warmedCount = 0;
    qint64 m_delivered = 0;
};

} // namespace

LatencyResult runLatencyProbe(const LatencyPlan &plan)
{
    return Probe(plan).run();
}

} // namespace parley::bench
