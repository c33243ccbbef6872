#include "sim/simcli.h"

#include "sim/cloudsim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QUrl>

namespace parley::sim {
namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// "a,b,c" of non-negative integers; false when the count or a value is wrong.
bool parseIntegers(const QString &text, int count, QList<int> *values)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != count)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 0)
            return false;
        values->append(value);
    }
    return true;
}

bool parseListen(const QString &listen, SimOptions *options)
{
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    options->listenAddress = QHostAddress(listen.left(colon));
    options->listenPort = quint16(port);
    return colon > 0 && portOk && port >= 0 && port <= 65535 && !options->listenAddress.isNull();
}

struct Argument {
    const char *name;
    const char *valueName;
    const char *description;
};

const Argument arguments[] = {
    {"listen", "HOST:PORT", "Address to listen on; port 0 picks a free one."},
    {"webhook", "URL", "Where to POST webhooks, e.g. http://127.0.0.1:8080/webhooks/whatsapp."},
    {"app-secret-file", "FILE", "File holding the app secret that signs webhooks."},
    {"access-token", "TOKEN", "The bearer token Graph calls must carry."},
    {"waba-id", "ID", "WhatsApp Business Account id (webhook entry.id, templates)."},
    {"phone-number-id", "ID", "The business number's phone-number id."},
    {"display-number", "NUMBER", "The business number as customers see it, e.g. 15550783881."},
    {"scenario", "NAME", "\"demo\": simulated customers keep writing in four languages."},
    {"seed", "N", "Seed for the demo's customers, to repeat a run."},
    {"demo-interval", "MIN,MAX", "Milliseconds between demo messages (default 2000,5000)."},
    {"status-delays", "SENT,DELIVERED,READ",
     "Fixed milliseconds before each status, each after the previous (default: random "
     "200-500, 500-1500, 2000-6000)."},
    {"review-delay", "MS", "Milliseconds a template stays PENDING (default: random 3000-8000)."},
    {"webhook-retry", "BASE,CAP",
     "Milliseconds between webhook retries: immediately, then BASE doubling up to CAP "
     "(default 1000,60000)."},
    {"webhook-give-up", "SECONDS", "Stop retrying a webhook after this long (default 7 days)."},
};

const QStringList requiredArguments = {
    QStringLiteral("listen"),        QStringLiteral("webhook"), QStringLiteral("app-secret-file"),
    QStringLiteral("access-token"),  QStringLiteral("waba-id"), QStringLiteral("phone-number-id"),
    QStringLiteral("display-number")};

// Reads everything but the required values, which the caller checks first. Returns an error
// message, or an empty string.
QString readTimings(const QCommandLineParser &parser, SimOptions *options)
{
    if (parser.isSet(QStringLiteral("fast")))
        options->useFastTimings();
    QList<int> values;
    const QString delays = parser.value(QStringLiteral("status-delays"));
    if (!delays.isEmpty()) {
        if (!parseIntegers(delays, 3, &values))
            return QStringLiteral("--status-delays takes three milliseconds, e.g. 50,100,150");
        options->statusDelays = {values[0], values[0], values[1], values[1], values[2], values[2]};
    }
    const QString review = parser.value(QStringLiteral("review-delay"));
    if (!review.isEmpty()) {
        values.clear();
        if (!parseIntegers(review, 1, &values))
            return QStringLiteral("--review-delay takes milliseconds");
        options->templateReviewMinMs = options->templateReviewMaxMs = values[0];
    }
    const QString retry = parser.value(QStringLiteral("webhook-retry"));
    if (!retry.isEmpty()) {
        values.clear();
        if (!parseIntegers(retry, 2, &values) || values[0] == 0 || values[1] < values[0])
            return QStringLiteral("--webhook-retry takes BASE,CAP in milliseconds, BASE <= CAP");
        options->webhookRetry.baseMs = values[0];
        options->webhookRetry.capMs = values[1];
    }
    const QString giveUp = parser.value(QStringLiteral("webhook-give-up"));
    if (!giveUp.isEmpty()) {
        values.clear();
        if (!parseIntegers(giveUp, 1, &values))
            return QStringLiteral("--webhook-give-up takes seconds");
        options->webhookRetry.giveUpMs = qint64(values[0]) * 1000;
    }
    const QString interval = parser.value(QStringLiteral("demo-interval"));
    if (!interval.isEmpty()) {
        values.clear();
        if (!parseIntegers(interval, 2, &values) || values[0] == 0 || values[1] < values[0])
            return QStringLiteral("--demo-interval takes MIN,MAX in milliseconds");
        options->demoMinIntervalMs = values[0];
        options->demoMaxIntervalMs = values[1];
    }
    return {};
}

QString readOptions(const QCommandLineParser &parser, SimOptions *options)
{
    if (!parseListen(parser.value(QStringLiteral("listen")), options))
        return QStringLiteral("--listen takes HOST:PORT, e.g. 127.0.0.1:8090");
    const QUrl webhook(parser.value(QStringLiteral("webhook")));
    if (!webhook.isValid() ||
        (webhook.scheme() != QLatin1String("http") && webhook.scheme() != QLatin1String("https")))
        return QStringLiteral("--webhook takes an http or https URL");
    options->webhookUrl = webhook.toString();
    QFile secret(parser.value(QStringLiteral("app-secret-file")));
    if (!secret.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the app secret file %1").arg(secret.fileName());
    options->appSecret = QString::fromUtf8(secret.readAll()).trimmed();
    if (options->appSecret.isEmpty())
        return QStringLiteral("the app secret file is empty");
    options->accessToken = parser.value(QStringLiteral("access-token"));
    options->wabaId = parser.value(QStringLiteral("waba-id"));
    options->phoneNumberId = parser.value(QStringLiteral("phone-number-id"));
    options->displayNumber = parser.value(QStringLiteral("display-number"));
    const QString scenario = parser.value(QStringLiteral("scenario"));
    if (!scenario.isEmpty() && scenario != QLatin1String("demo") &&
        scenario != QLatin1String("none"))
        return QStringLiteral("--scenario takes demo or none");
    options->demoScenario = scenario == QLatin1String("demo");
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options->seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok)
            return QStringLiteral("--seed takes a non-negative integer");
    }
    options->logRequests = !parser.isSet(QStringLiteral("quiet"));
    return readTimings(parser, options);
}

} // namespace

int runCloudSim(const QStringList &commandLine)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local stand-in for Meta's WhatsApp Cloud API: Graph endpoints, signed "
                       "webhooks and simulated customers. Control API under /sim/."));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Argument &argument : arguments)
        parser.addOption({QString::fromLatin1(argument.name),
                          QString::fromLatin1(argument.description),
                          QString::fromLatin1(argument.valueName)});
    parser.addOption({QStringLiteral("fast"),
                      QStringLiteral("Test timings: statuses 50,100,150 ms, reviews 300 ms, "
                                     "webhook retries 100 ms up to 1 s.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No per-request log lines.")});
    if (!parser.parse(commandLine)) {
        err() << parser.errorText() << "\n" << parser.helpText();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << "parley-cloudsim " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    for (const QString &name : requiredArguments) {
        if (parser.value(name).isEmpty()) {
            err() << "missing --" << name << "\n" << parser.helpText();
            return 2;
        }
    }
    SimOptions options;
    const QString problem = readOptions(parser, &options);
    if (!problem.isEmpty()) {
        err() << problem << Qt::endl;
        return 2;
    }
    CloudSim sim(options);
    if (sim.listen() == 0) {
        err() << "cannot listen on " << parser.value(QStringLiteral("listen")) << Qt::endl;
        return 1;
    }
    // Tests and scripts read this line to learn the port when they asked for port 0.
    out() << "parley-cloudsim listening on " << sim.baseUrl() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace parley::sim
