#include "hub/cli/hubcommands.h"

#include "hub/cli/commandsupport.h"
#include "hub/cli/storecommands.h"

#include "hub/hubserver.h"
#include "hub/service/adminservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

#include <sys/stat.h>

namespace parley::hub {
namespace {

using namespace cli;

// Tests that count logins rather than time them start their hubs with the cheapest Argon2id
// (PasswordCost::InsecureForTests); a real hub never should, so it is an explicit, loud option.
const QCommandLineOption fastHashingOption(
    QStringLiteral("insecure-fast-password-hashing"),
    QStringLiteral("Tests only: hash new passwords with the cheapest Argon2id settings, which do "
                   "not protect a stolen store."));

PasswordCost passwordCost(const QCommandLineParser &parser)
{
    if (!parser.isSet(fastHashingOption))
        return PasswordCost::Interactive;
    err() << "warning: --insecure-fast-password-hashing: passwords are hashed for tests, not "
             "for real use"
          << Qt::endl;
    return PasswordCost::InsecureForTests;
}

// The connection limits and timeouts of `serve` (docs/api.md, "Connections and limits").
struct LimitOption {
    const char *name;
    const char *help;
    qint64 max;
    void (*apply)(HubServer::Options &options, qint64 value);
};

constexpr qint64 maxMs = 24 * 3600 * 1000;

const LimitOption limitOptions[] = {
    {"max-connections", "Open connections and streams at most (default 1000).", 1000000,
     [](HubServer::Options &o, qint64 v) {
         o.httpLimits.maxConnections = int(v);
     }},
    {"idle-timeout-ms", "Close a keep-alive connection idle this long (default 60000).", maxMs,
     [](HubServer::Options &o, qint64 v) {
         o.httpLimits.idleTimeoutMs = int(v);
     }},
    {"head-timeout-ms", "A request head must arrive within this (default 10000).", maxMs,
     [](HubServer::Options &o, qint64 v) {
         o.httpLimits.headTimeoutMs = int(v);
     }},
    {"body-timeout-ms", "Longest pause within a request body (default 30000).", maxMs,
     [](HubServer::Options &o, qint64 v) {
         o.httpLimits.bodyTimeoutMs = int(v);
     }},
    {"stream-heartbeat-ms", "Stream ping and heartbeat interval (default 15000).", maxMs,
     [](HubServer::Options &o, qint64 v) {
         o.streamLimits.heartbeatMs = int(v);
     }},
    {"stream-max-unsent-bytes", "Unsent bytes a stream may hold (default 4194304).",
     qint64(1) << 32,
     [](HubServer::Options &o, qint64 v) {
         o.streamLimits.maxUnsentBytes = v;
     }},
};

bool printResult(const CommandResult &result, const QString &what)
{
    if (result.ok()) {
        out() << what << Qt::endl;
        return true;
    }
    err() << "error: " << result.code << ": " << result.message << Qt::endl;
    return false;
}

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs the hub: webhooks, agent API, stream."));
    parser.addOption(dataOption);
    parser.addOption(dbOption);
    parser.addOption({QStringLiteral("listen"),
                      QStringLiteral("Address and port to listen on (port 0: any free port)."),
                      QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No per-request log lines.")});
    parser.addOption({QStringLiteral("trusted-proxy"),
                      QStringLiteral("A reverse proxy's address whose X-Forwarded-For names the "
                                     "client for the login limits (repeatable)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption(fastHashingOption);
    for (const LimitOption &limit : limitOptions)
        parser.addOption({QString::fromLatin1(limit.name), QString::fromLatin1(limit.help),
                          QStringLiteral("N")});
    int exitCode = 0;
    if (!parse(parser, arguments, {QStringLiteral("data")}, &exitCode))
        return exitCode;
    QList<QHostAddress> trustedProxies;
    for (const QString &value : parser.values(QStringLiteral("trusted-proxy"))) {
        const QHostAddress proxy(value);
        if (proxy.isNull()) {
            err() << "--trusted-proxy takes an IP address, e.g. 127.0.0.1" << Qt::endl;
            return 2;
        }
        trustedProxies.append(proxy);
    }
    const QString listen = parser.value(QStringLiteral("listen"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        err() << "--listen takes HOST:PORT, e.g. 127.0.0.1:8080" << Qt::endl;
        return 2;
    }
    HubServer::Options options;
    options.dataDir = parser.value(dataOption);
    options.databaseUrl = databaseUrl(parser);
    options.logRequests = !parser.isSet(QStringLiteral("quiet"));
    options.trustedProxies = trustedProxies;
    options.passwordCost = passwordCost(parser);
    for (const LimitOption &limit : limitOptions) {
        const QString name = QString::fromLatin1(limit.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value < 1 || value > limit.max) {
            err() << "--" << name << " takes a whole number from 1 to " << limit.max << Qt::endl;
            return 2;
        }
        limit.apply(options, value);
    }
    HubServer server(options);
    QString error;
    if (!server.open(&error)) {
        err() << "cannot open the store "
              << (options.databaseUrl.isEmpty() ? QStringLiteral("in ") + options.dataDir
                                                : HubDatabase::redactedUrl(options.databaseUrl))
              << ": " << error << Qt::endl;
        return 1;
    }
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        err() << "cannot listen on " << listen << Qt::endl;
        return 1;
    }
    // Tests and scripts read this line to learn the port when they asked for port 0.
    out() << "parley-hub listening on http://" << address.toString() << ":" << bound << Qt::endl;
    return QCoreApplication::exec();
}

int agentAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Adds an agent; the password is read from standard input."));
    parser.addOption(dataOption);
    parser.addOption(dbOption);
    parser.addOption(
        {QStringLiteral("login"), QStringLiteral("Login name."), QStringLiteral("LOGIN")});
    parser.addOption(
        {QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("admin, agent or viewer."),
                      QStringLiteral("ROLE"), QStringLiteral("agent")});
    parser.addOption(
        {QStringLiteral("department"), QStringLiteral("Department."), QStringLiteral("NAME")});
    parser.addOption(fastHashingOption);
    int exitCode = 0;
    if (!parse(parser, arguments,
               {QStringLiteral("data"), QStringLiteral("login"), QStringLiteral("name")},
               &exitCode))
        return exitCode;
    Agent agent;
    agent.login = parser.value(QStringLiteral("login"));
    agent.name = parser.value(QStringLiteral("name"));
    agent.department = parser.value(QStringLiteral("department"));
    if (!roleFromName(parser.value(QStringLiteral("role")), &agent.role)) {
        err() << "--role takes admin, agent or viewer" << Qt::endl;
        return 2;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    HubDatabase db;
    if (!openStore(db, parser))
        return 1;
    HubContext context(db);
    AdminService admin(context);
    return printResult(admin.addAgent(agent, password, passwordCost(parser)),
                       QStringLiteral("added agent %1 (%2)").arg(agent.login, roleName(agent.role)))
               ? 0
               : 1;
}

// The secret in `path`, or one line of standard input for "-". Secrets never come from the
// command line itself: it is in the process list and the shell history.
QString readSecret(const QString &path, bool *ok)
{
    if (path == QLatin1String("-")) {
        static QTextStream in(stdin);
        const QString line = in.readLine();
        *ok = !line.isNull();
        return line.trimmed();
    }
    QFile file(path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

int channelAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Connects a WhatsApp Business number. Secrets are read from files, or with - from lines "
        "of standard input (in the order access token, app secret, verify token), so they stay "
        "out of the process list and shell history."));
    parser.addOption(dataOption);
    parser.addOption(dbOption);
    const QList<QPair<QString, QString>> options = {
        {QStringLiteral("name"), QStringLiteral("Channel name.")},
        {QStringLiteral("waba-id"), QStringLiteral("WhatsApp Business Account id.")},
        {QStringLiteral("phone-number-id"), QStringLiteral("Phone-number id.")},
        {QStringLiteral("display-number"), QStringLiteral("The number customers see.")},
        {QStringLiteral("graph-url"),
         QStringLiteral("Graph API base, e.g. https://graph.facebook.com/v23.0.")},
        {QStringLiteral("access-token-file"),
         QStringLiteral("File with the access token (- : standard input).")},
        {QStringLiteral("app-secret-file"),
         QStringLiteral("File with the app secret (- : standard input).")},
        {QStringLiteral("verify-token-file"),
         QStringLiteral("File with the webhook verify token (- : standard input).")},
        {QStringLiteral("department"),
         QStringLiteral("Department receiving its chats (created when new).")},
        {QStringLiteral("new-customers-as"), QStringLiteral("leads (default) or contacts.")},
    };
    for (const auto &option : options)
        parser.addOption({option.first, option.second, QStringLiteral("VALUE")});
    // Refused, with how to pass the secret instead; hidden from --help.
    const QStringList secretsOnTheCommandLine = {QStringLiteral("access-token"),
                                                 QStringLiteral("app-secret"),
                                                 QStringLiteral("verify-token")};
    for (const QString &name : secretsOnTheCommandLine) {
        QCommandLineOption refused(name, QString(), QStringLiteral("VALUE"));
        refused.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(refused);
    }
    int exitCode = 0;
    if (!parse(parser, arguments,
               {QStringLiteral("data"), QStringLiteral("name"), QStringLiteral("waba-id"),
                QStringLiteral("phone-number-id"), QStringLiteral("display-number"),
                QStringLiteral("graph-url")},
               &exitCode))
        return exitCode;
    for (const QString &name : secretsOnTheCommandLine) {
        if (parser.isSet(name)) {
            err() << "--" << name << " is refused: a secret on the command line shows in the "
                  << "process list and the shell history. Write it to a file (chmod 600) and pass "
                  << "--" << name << "-file FILE, or pass --" << name
                  << "-file - and type it on standard input." << Qt::endl;
            return 2;
        }
    }
    for (const QString &name : secretsOnTheCommandLine) {
        if (parser.value(name + QStringLiteral("-file")).isEmpty()) {
            err() << "missing --" << name << "-file\n" << parser.helpText();
            return 2;
        }
    }
    AdminService::ChannelRequest request;
    QString *targets[] = {&request.setup.accessToken, &request.setup.appSecret,
                          &request.setup.verifyToken};
    for (int i = 0; i < 3; ++i) {
        const QString option = secretsOnTheCommandLine[i] + QStringLiteral("-file");
        bool ok = false;
        *targets[i] = readSecret(parser.value(option), &ok);
        if (!ok) {
            err() << "cannot read --" << option << " " << parser.value(option) << Qt::endl;
            return 1;
        }
    }
    request.setup.name = parser.value(QStringLiteral("name"));
    request.setup.wabaId = parser.value(QStringLiteral("waba-id"));
    request.setup.phoneNumberId = parser.value(QStringLiteral("phone-number-id"));
    request.setup.displayNumber = parser.value(QStringLiteral("display-number"));
    request.setup.department = parser.value(QStringLiteral("department"));
    if (request.setup.department.isEmpty())
        request.setup.department = QStringLiteral("General");
    request.graphUrl = parser.value(QStringLiteral("graph-url"));
    if (parser.value(QStringLiteral("new-customers-as")) == QLatin1String("contacts"))
        request.newCustomersAs = NewCustomerModule::Contacts;
    HubDatabase db;
    if (!openStore(db, parser))
        return 1;
    HubContext context(db);
    AdminService admin(context);
    if (!admin.departments().contains(request.setup.department) &&
        !printResult(admin.addDepartment(request.setup.department),
                     QStringLiteral("added department %1").arg(request.setup.department)))
        return 1;
    return printResult(admin.addChannel(request),
                       QStringLiteral("connected channel %1").arg(request.setup.name))
               ? 0
               : 1;
}

void usage(QTextStream &stream)
{
    stream
        << "usage: parley-hub COMMAND [options]\n"
           "  serve --data DIR [--listen 127.0.0.1:8080]   run the hub\n"
           "        [--db postgresql://USER@HOST/DB]        (every command: a PostgreSQL store)\n"
           "  agent add --data DIR --login L --name N --role admin|agent|viewer\n"
           "                                                add an agent (password on stdin)\n"
           "  channel add --data DIR …                      connect a WhatsApp number\n"
           "  migrate --data DIR --to postgresql://…        copy the store to PostgreSQL\n"
           "  backup --data DIR --to DIR                    a consistent copy of the store\n"
           "Each command takes --help.\n";
    stream.flush();
}

} // namespace

int runHubCommand(const QStringList &arguments)
{
    // Everything the hub writes (store, key file, media) is for its own user only, whatever the
    // umask it was started with: it holds customers' messages and the channels' secrets.
    ::umask(077);
    const QStringList words = arguments.mid(1);
    // The parser sees the program name first, then the subcommand's own options.
    const auto rest = [&arguments](int skip) {
        return QStringList{arguments.first()} + arguments.mid(1 + skip);
    };
    if (words.value(0) == QLatin1String("serve"))
        return serve(rest(1));
    if (words.value(0) == QLatin1String("agent") && words.value(1) == QLatin1String("add"))
        return agentAdd(rest(2));
    if (words.value(0) == QLatin1String("channel") && words.value(1) == QLatin1String("add"))
        return channelAdd(rest(2));
    if (words.value(0) == QLatin1String("migrate"))
        return copyStoreCommand(rest(1), false);
    if (words.value(0) == QLatin1String("backup"))
        return copyStoreCommand(rest(1), true);
    if (words.isEmpty() || words.first() == QLatin1String("--help") ||
        words.first() == QLatin1String("-h") || words.first() == QLatin1String("help")) {
        usage(out());
        return 0;
    }
    if (words.first() == QLatin1String("--version")) {
        out() << "parley-hub " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    usage(err());
    return 2;
}

} // namespace parley::hub
