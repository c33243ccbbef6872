// bench-hub: how many signed webhooks a second parley-hub stores durably, next to nginx serving
// a static 200 to wrk on the same machine in the same run, and how long a customer's message
// takes from Meta's POST to the agents' WebSocket streams. docs/performance.md has the method
// and the goals; this program prints figures and never judges them.

#include "bench/hub/benchoptions.h"
#include "bench/hub/firstsyncbenchmark.h"
#include "bench/hub/hubinstance.h"
#include "bench/hub/ingestbenchmark.h"
#include "bench/hub/latencyprobe.h"
#include "bench/hub/nginxbaseline.h"
#include "bench/hub/percentiles.h"
#include "bench/hub/webhookfactory.h"
#include "pgserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <sys/resource.h>

namespace parley::bench {
namespace {

constexpr int ingestLimitMs = 60000;
constexpr int wrkSeconds = 5;
// Logins are deliberately slow (libsodium's interactive password hash), so the streams' agents
// are a team of this many, each logged in on several devices: every stream still has a session
// token of its own, which is what the hub's stream keys on.
constexpr int agentsPerTeam = 10;

// This process's own user + system CPU time: what the load client costs the shared machine.
double benchCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + t.tv_usec / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void printHeader()
{
    QFile loadAverage(QStringLiteral("/proc/loadavg"));
    loadAverage.open(QIODevice::ReadOnly);
    const QByteArray load = loadAverage.readAll().split(' ').mid(0, 3).join(' ');
    std::printf("bench-hub: Qt %s, %d cores, load average %s, %s build\n", qVersion(),
                QThread::idealThreadCount(), load.isEmpty() ? "unknown" : load.constData(),
                sizeof PARLEY_BENCH_BUILD_TYPE > 1 ? PARLEY_BENCH_BUILD_TYPE : "default");
    if (testing::testsOnPostgres())
        std::printf("hub: %s (PostgreSQL 15, synchronous_commit=on, group commit; the test "
                    "cluster runs without fsync)\n",
                    qPrintable(testing::hubBinary()));
    else
        std::printf("hub: %s (SQLite WAL, synchronous=%s)\n", qPrintable(testing::hubBinary()),
                    qEnvironmentVariable("PARLEY_HUB_SYNCHRONOUS") == QLatin1String("NORMAL")
                        ? "NORMAL"
                        : "FULL with group commit: durable acknowledgements");
}

bool startHub(HubInstance &hub, const QStringList &agentLogins)
{
    QString error;
    bool ready = hub.addChannel();
    for (const QString &login : agentLogins)
        ready = ready && hub.addAgent(login, login + QStringLiteral("-password"));
    if (!ready || !hub.start(&error)) {
        std::printf("error: cannot set up a hub: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

void printProblems(const char *what, const QMap<int, int> &refused, const QMap<QString, int> &lost)
{
    for (auto it = refused.cbegin(); it != refused.cend(); ++it)
        std::printf("%s_failures: %d answered HTTP %d\n", what, it.value(), it.key());
    for (auto it = lost.cbegin(); it != lost.cend(); ++it)
        std::printf("%s_failures: %d lost (%s)\n", what, it.value(), qPrintable(it.key()));
}

// The webhook whose body is closest to the mean size stands for all of them in wrk's script.
const PreparedWebhook &typicalWebhook(const QList<PreparedWebhook> &webhooks)
{
    double mean = 0;
    for (const PreparedWebhook &webhook : webhooks)
        mean += double(webhook.body.size()) / double(webhooks.size());
    return *std::min_element(webhooks.cbegin(), webhooks.cend(),
                             [mean](const PreparedWebhook &a, const PreparedWebhook &b) {
                                 return std::abs(a.body.size() - mean) <
                                        std::abs(b.body.size() - mean);
                             });
}

// The ingest of `first` and a second instance on its store together; false on a refused, lost
// or unstored webhook.
bool runTwoInstances(HubInstance &first, const QString &token, const Options &options,
                     double oneInstanceRate)
{
    HubInstance second;
    QString error;
    if (!second.shareStoreOf(first) || !second.start(&error)) {
        std::printf("error: cannot start a second hub on the store: %s\n", qPrintable(error));
        return false;
    }
    const qint64 since = first.currentSeq(token);
    const QList<PreparedWebhook> webhooks =
        WebhookFactory(QStringLiteral("J"), options.customers, first.port())
            .make(0, options.messages);
    const double cpuBefore = first.cpuSeconds() + second.cpuSeconds();
    const IngestResult ingest =
        runIngest({first.port(), second.port()}, webhooks, options.connections, ingestLimitMs);
    const double hubCpuMs =
        (first.cpuSeconds() + second.cpuSeconds() - cpuBefore) * 1000 / qMax(1, ingest.sent);
    const int stored = countStoredMessages(first, token, since);
    second.stop();
    std::printf("webhook_ingest_2_instances: %.0f msg/s (%d in %.2f s, %d connections over 2 "
                "hubs on one PostgreSQL), %.2fx one instance\n",
                ingest.messagesPerSecond(), ingest.accepted, ingest.seconds, options.connections,
                oneInstanceRate > 0 ? ingest.messagesPerSecond() / oneInstanceRate : 0);
    std::printf("webhook_ingest_2_instances_durable: %d message.created events read back for %d "
                "webhooks answered 200\n",
                stored, ingest.accepted);
    std::printf("webhook_ingest_2_instances_cpu: both hubs %.3f ms/msg\n", hubCpuMs);
    if (ingest.timedOut)
        std::printf("webhook_ingest_2_instances_failures: stopped at the %d s limit after %d of "
                    "%d\n",
                    ingestLimitMs / 1000, ingest.sent, options.messages);
    printProblems("webhook_ingest_2_instances", ingest.refusedByStatus, ingest.lostByReason);
    return ingest.refusedByStatus.isEmpty() && ingest.lostByReason.isEmpty() &&
           (ingest.timedOut ? stored >= ingest.accepted : stored == ingest.accepted);
}

// Returns false when the hub refused, lost or did not store webhooks (a correctness failure).
bool runIngestAndBaseline(const Options &options)
{
    HubInstance hub;
    const QString admin = QStringLiteral("bench-admin");
    if (!startHub(hub, {admin}))
        return false;
    const QString token = hub.login(admin, admin + QStringLiteral("-password"));
    const qint64 since = hub.currentSeq(token);
    const QList<PreparedWebhook> webhooks =
        WebhookFactory(QStringLiteral("I"), options.customers, hub.port())
            .make(0, options.messages);

    const HubInstance::GroupCommits groupsBefore = hub.groupCommits();
    const double hubCpuBefore = hub.cpuSeconds();
    const QHash<qint64, double> threadsBefore = hub.threadCpuSeconds();
    const double benchCpuBefore = benchCpuSeconds();
    const IngestResult ingest =
        runIngest({hub.port()}, webhooks, options.connections, ingestLimitMs);
    const double hubCpuMs = (hub.cpuSeconds() - hubCpuBefore) * 1000 / qMax(1, ingest.sent);
    // The busiest of the hub's threads (the one that owns the store): on its own core it bounds
    // the rate at 1000 / this many milliseconds a webhook, whatever else the machine runs.
    double busiestThreadMs = 0;
    const QHash<qint64, double> threadsAfter = hub.threadCpuSeconds();
    for (auto it = threadsAfter.cbegin(); it != threadsAfter.cend(); ++it)
        busiestThreadMs = qMax(busiestThreadMs, (it.value() - threadsBefore.value(it.key())) *
                                                    1000 / qMax(1, ingest.sent));
    const double benchCpuMs = (benchCpuSeconds() - benchCpuBefore) * 1000 / qMax(1, ingest.sent);
    const HubInstance::GroupCommits groupsAfter = hub.groupCommits();
    const int stored = countStoredMessages(hub, token, since);
    // Several hubs, one team (PostgreSQL): the same load spread over two instances on the
    // store, new customers' messages, side by side with the one-instance figure.
    bool twoCorrect = true;
    if (testing::testsOnPostgres())
        twoCorrect = runTwoInstances(hub, token, options, ingest.messagesPerSecond());
    hub.stop();
    std::printf("webhook_ingest: %.0f msg/s (%d in %.2f s, %d connections)\n",
                ingest.messagesPerSecond(), ingest.accepted, ingest.seconds, options.connections);
    std::printf("webhook_ingest_mix: %d customers, %d first contacts (new lead and "
                "conversation) and %d messages in known conversations\n",
                options.customers, qMin(options.customers, int(webhooks.size())),
                qMax(0, int(webhooks.size()) - options.customers));
    const qint64 groups = groupsAfter.commits - groupsBefore.commits;
    std::printf("webhook_ingest_groups: %lld durable commits for %lld webhooks (%.1f a commit)\n",
                groups, groupsAfter.webhooks - groupsBefore.webhooks,
                groups > 0 ? double(groupsAfter.webhooks - groupsBefore.webhooks) / double(groups)
                           : 0.0);
    std::printf("webhook_ingest_durable: %d message.created events read back via sync for %d "
                "webhooks answered 200\n",
                stored, ingest.accepted);
    // On a shared machine the rate depends on what else runs; CPU time per webhook does not.
    std::printf("webhook_ingest_cpu: hub %.3f ms/msg (%.0f msg/s per core), load client "
                "%.3f ms/msg\n",
                hubCpuMs, hubCpuMs > 0 ? 1000 / hubCpuMs : 0, benchCpuMs);
    std::printf("webhook_ingest_cpu_busiest_thread: %.3f ms/msg (at most %.0f msg/s on one "
                "core)\n",
                busiestThreadMs, busiestThreadMs > 0 ? 1000 / busiestThreadMs : 0);
    if (ingest.timedOut)
        std::printf("webhook_ingest_failures: stopped at the %d s limit after %d of %d\n",
                    ingestLimitMs / 1000, ingest.sent, options.messages);
    printProblems("webhook_ingest", ingest.refusedByStatus, ingest.lostByReason);

    const PreparedWebhook &typical = typicalWebhook(webhooks);
    const BaselineResult baseline =
        runNginxBaseline(typical.body, typical.signature, options.connections, wrkSeconds);
    if (baseline.ran) {
        std::printf("nginx_static_200: %.0f req/s (wrk -t1 -c%d -d%ds, %lld-byte POST body)\n",
                    baseline.requestsPerSecond, options.connections, wrkSeconds,
                    qint64(typical.body.size()));
        std::printf("webhook_ingest_vs_nginx: %.3f\n",
                    ingest.messagesPerSecond() / baseline.requestsPerSecond);
        if (baseline.non2xx > 0 || baseline.socketErrors > 0)
            std::printf("nginx_static_200_failures: %lld non-2xx, %lld socket errors\n",
                        baseline.non2xx, baseline.socketErrors);
    } else {
        std::printf("nginx_static_200: not measured: %s\n", qPrintable(baseline.problem));
    }
    // A slow machine may hit the time limit, which is no failure; a refused, lost or
    // acknowledged-but-unstored webhook is one.
    return twoCorrect && ingest.refusedByStatus.isEmpty() && ingest.lostByReason.isEmpty() &&
           (ingest.timedOut ? stored >= ingest.accepted : stored == ingest.accepted);
}

// Prints one latency run's figures under `name` (`reply` names the POST-to-200 figure); false
// when a stream missed a message or a webhook was refused or lost.
bool reportLatency(const char *name, const char *reply, const LatencyPlan &plan,
                   const LatencyResult &result, double hubCpuMs)
{
    if (!result.problem.isEmpty()) {
        std::printf("%s_latency: not measured: %s\n", name, qPrintable(result.problem));
        return false;
    }
    const Percentiles delivery(result.deliveryMs);
    const Percentiles replies(result.replyMs);
    std::printf("%s_latency_p50_ms: %.2f\n", name, delivery.at(50));
    std::printf("%s_latency_p99_ms: %.2f\n", name, delivery.at(99));
    std::printf("%s_latency_max_ms: %.2f\n", name, delivery.max());
    const auto split = [name](const char *where, const std::vector<double> &samples) {
        const Percentiles part(samples);
        if (!part.empty())
            std::printf("%s_latency_%s: p50 %.2f, p99 %.2f, max %.2f ms (%zu samples)\n", name,
                        where, part.at(50), part.at(99), part.max(), part.count());
    };
    split("same_hub", result.sameHubMs);
    split("other_hub", result.otherHubMs);
    std::printf("%s_samples: %zu (%d messages at %d/s x %lld agents on %lld hub(s)), "
                "%lld never received (%d messages missed by some agent)\n",
                name, delivery.count(), result.messagesAccepted, plan.messagesPerSecond,
                qint64(plan.tokens.size()), qint64(plan.streamPorts.size()),
                result.missedDeliveries, result.messagesMissedByAnyAgent);
    if (result.scheduleCut)
        std::printf("%s_failures: the time limit stopped the schedule after %d of %lld "
                    "webhooks\n",
                    name, result.messagesSent, qint64(plan.timed.size()));
    std::printf("%s: p50 %.2f, p99 %.2f (POST to its 200, same messages)\n", reply, replies.at(50),
                replies.at(99));
    std::printf("%s_hub_cpu: %.3f ms/msg (store and fan-out to %lld streams, all hubs)\n", name,
                hubCpuMs, qint64(plan.tokens.size()));
    printProblems(name, result.refusedByStatus,
                  result.lostRequests > 0
                      ? QMap<QString, int>{{QStringLiteral("connection lost"), result.lostRequests}}
                      : QMap<QString, int>{});
    return result.missedDeliveries == 0 && result.refusedByStatus.isEmpty() &&
           result.lostRequests == 0;
}

// Several hubs, one team: the same agents' streams split over `first` and a second hub on its
// store, webhooks to both in turn, so that half of every message's frames cross between the
// hubs through PostgreSQL's NOTIFY.
bool runLatencyTwoInstances(HubInstance &first, LatencyPlan plan)
{
    HubInstance second;
    QString error;
    if (!second.shareStoreOf(first) || !second.start(&error)) {
        std::printf("error: cannot start a second hub on the store: %s\n", qPrintable(error));
        return false;
    }
    plan.streamPorts = {first.port(), second.port()};
    plan.webhookPorts = {first.port(), second.port()};
    plan.since = first.currentSeq(plan.tokens.constFirst());
    const WebhookFactory factory(QStringLiteral("M"), defaultCustomers, first.port());
    plan.warmUp = factory.make(0);
    plan.timed = factory.make(1, int(plan.timed.size()));
    const double cpuBefore = first.cpuSeconds() + second.cpuSeconds();
    const LatencyResult result = runLatencyProbe(plan);
    const double hubCpuMs = (first.cpuSeconds() + second.cpuSeconds() - cpuBefore) * 1000 /
                            qMax(1, result.messagesSent + 1);
    second.stop();
    return reportLatency("webhook_to_ws_2_instances", "webhook_reply_2_instances_ms", plan, result,
                         hubCpuMs);
}

bool runLatency(const Options &options)
{
    HubInstance hub;
    QStringList team;
    for (int i = 0; i < qMin(options.agents, agentsPerTeam); ++i)
        team.append(QStringLiteral("agent%1").arg(i + 1));
    if (!startHub(hub, team))
        return false;
    LatencyPlan plan;
    plan.streamPorts = {hub.port()};
    plan.webhookPorts = {hub.port()};
    for (int i = 0; i < options.agents; ++i) {
        const QString &login = team.at(i % team.size());
        plan.tokens.append(hub.login(login, login + QStringLiteral("-password")));
        if (plan.tokens.constLast().isEmpty()) {
            std::printf("error: %s could not log in\n", qPrintable(login));
            return false;
        }
    }
    plan.since = hub.currentSeq(plan.tokens.constFirst());
    const WebhookFactory factory(QStringLiteral("L"), defaultCustomers, hub.port());
    plan.warmUp = factory.make(0);
    plan.timed = factory.make(1, options.latencyMessages);
    plan.messagesPerSecond = options.latencyRate;

    const double hubCpuBefore = hub.cpuSeconds();
    const LatencyResult result = runLatencyProbe(plan);
    const double hubCpuMs =
        (hub.cpuSeconds() - hubCpuBefore) * 1000 / qMax(1, result.messagesSent + 1);
    bool correct = reportLatency("webhook_to_ws", "webhook_reply_ms", plan, result, hubCpuMs);
    std::fflush(stdout);
    // The same figure across two instances, in the same run (the sessions stay valid: they
    // are rows of the shared store).
    if (testing::testsOnPostgres())
        correct = runLatencyTwoInstances(hub, plan) && correct;
    return correct;
}

} // namespace
} // namespace parley::bench

int main(int argc, char *argv[])
{
    using namespace parley::bench;
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseOptions(app, &options))
        return 2;
    QElapsedTimer total;
    total.start();
    printHeader();
    std::fflush(stdout);
    bool correct = true;
    if (!options.onlyFirstSync) {
        correct = runIngestAndBaseline(options);
        std::fflush(stdout);
        correct = runLatency(options) && correct;
        std::fflush(stdout);
    }
    if (!parley::testing::testsOnPostgres()) // the store is written as SQLite before the hub starts
        correct =
            runFirstSync(options.firstSyncConversations, options.firstSyncMessages) && correct;
    std::printf("total: %.1f s\n", double(total.elapsed()) / 1000.0);
    return correct ? 0 : 1;
}
