#include "bench/hub/benchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace parley::bench {

bool parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times parley-hub's webhook ingest (against nginx + wrk) and its "
                       "webhook-to-WebSocket latency."));
    parser.addHelpOption();
    const QCommandLineOption messages(QStringLiteral("messages"),
                                      QStringLiteral("Webhooks for the ingest figure."),
                                      QStringLiteral("N"), QString::number(options->messages));
    const QCommandLineOption customers(
        QStringLiteral("customers"),
        QStringLiteral("Customers the webhooks come from in turn (the first webhook of each is a "
                       "first contact: a new lead and conversation)."),
        QStringLiteral("N"), QString::number(options->customers));
    const QCommandLineOption connections(
        QStringLiteral("connections"),
        QStringLiteral("Keep-alive connections for the ingest, and wrk's -c."), QStringLiteral("C"),
        QString::number(options->connections));
    const QCommandLineOption agents(
        QStringLiteral("agents"), QStringLiteral("WebSocket streams open during the latency run."),
        QStringLiteral("A"), QString::number(options->agents));
    const QCommandLineOption latencyMessages(
        QStringLiteral("latency-messages"), QStringLiteral("Webhooks for the latency figure."),
        QStringLiteral("M"), QString::number(options->latencyMessages));
    // A loaded machine cannot keep up with 200 a second and 100 streams: a lower rate then
    // shows the latency of one message rather than the queue in front of it.
    const QCommandLineOption latencyRate(
        QStringLiteral("latency-rate"),
        QStringLiteral("Webhooks a second for the latency figure, one in flight at a time."),
        QStringLiteral("R"), QString::number(options->latencyRate));
    const QCommandLineOption firstSyncConversations(
        QStringLiteral("first-sync-conversations"),
        QStringLiteral("Conversations of the first-sync hub (the issue's size is 100000)."),
        QStringLiteral("N"), QString::number(options->firstSyncConversations));
    const QCommandLineOption firstSyncMessages(
        QStringLiteral("first-sync-messages"),
        QStringLiteral("Messages of the first-sync hub (the issue's size is 1000000)."),
        QStringLiteral("N"), QString::number(options->firstSyncMessages));
    const QCommandLineOption onlyFirstSync(QStringLiteral("only-first-sync"),
                                           QStringLiteral("Run the first-sync figures only."));
    parser.addOptions({messages, customers, connections, agents, latencyMessages, latencyRate,
                       firstSyncConversations, firstSyncMessages, onlyFirstSync});
    parser.process(app);

    const auto positive = [&parser](const QCommandLineOption &option, int max, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        if (ok && *value >= 1 && *value <= max)
            return true;
        std::fprintf(stderr, "--%s takes a number from 1 to %d\n",
                     qPrintable(option.names().constFirst()), max);
        return false;
    };
    options->onlyFirstSync = parser.isSet(onlyFirstSync);
    return positive(firstSyncConversations, 1000000, &options->firstSyncConversations) &&
           positive(firstSyncMessages, 10000000, &options->firstSyncMessages) &&
           positive(messages, 1000000, &options->messages) &&
           positive(customers, 1000000, &options->customers) &&
           positive(connections, 1000, &options->connections) &&
           positive(agents, 1000, &options->agents) &&
           positive(latencyMessages, 100000, &options->latencyMessages) &&
           positive(latencyRate, 10000, &options->latencyRate);
}

} // namespace parley::bench
