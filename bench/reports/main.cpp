// bench-reports: generates a year of a 100-agent team (5 groups, 3 channels) straight into a hub
// store, then times each report through ReportService and the same SQL run raw by the sqlite3
// CLI in the same run. Prints figures; never passes or fails on time.
#include "hub/service/reportservice.h"
#include "hub/store/hubdatabase.h"
#include "hub/store/reportrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace parley;
using namespace parley::hub;

namespace {

QTextStream out(stdout);

constexpr int agentCount = 100;
constexpr int groupCount = 5;
constexpr int channelCount = 3;

bool run(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        out << "insert failed: " << q.lastError().text() << "\n";
        return false;
    }
    return true;
}

// Agents, groups and channels, then `conversations` closed periods over the year before `end`,
// each with `perConversation` messages alternating customer / agent, one in 20 agent messages a
// template, every agent message charged 50 credits.
bool generate(HubDatabase &db, qint64 conversations, int perConversation, TimestampMs end)
{
    QSqlDatabase sql = db.db();
    QSqlQuery q(sql);
    sql.transaction();
    for (int a = 1; a <= agentCount; ++a)
        q.exec(QStringLiteral("INSERT INTO agents (id, login, name, role, password_hash,"
                              " created_at) VALUES (%1, 'agent%1', 'Agent %1', 'agent', '', 0)")
                   .arg(a));
    for (int g = 1; g <= groupCount; ++g)
        q.exec(QStringLiteral("INSERT INTO agent_groups (id, name) VALUES (%1, 'Team %1')").arg(g));
    for (int a = 1; a <= agentCount; ++a)
        q.exec(QStringLiteral("INSERT INTO agent_group_members VALUES (%1, %2)")
                   .arg((a - 1) % groupCount + 1)
                   .arg(a));
    for (int c = 1; c <= channelCount; ++c)
        q.exec(QStringLiteral("INSERT INTO channels (id, name, waba_id, phone_number_id,"
                              " display_number, graph_url, access_token, app_secret,"
                              " verify_token, status, created_at) VALUES (%1, 'Channel %1', 'w',"
                              " 'p%1', 'd%1', 'g', 't', 's', 'v', 'connected', 0)")
                   .arg(c));
    QSqlQuery conversation(sql);
    conversation.prepare(QStringLiteral(
        "INSERT INTO conversations (id, channel_id, customer_number, status, owner_id)"
        " VALUES (?, ?, ?, 'closed', ?)"));
    QSqlQuery period(sql);
    period.prepare(QStringLiteral(
        "INSERT INTO conversation_periods (conversation_id, channel_id, owner_id, opened_at,"
        " first_inbound_at, first_response_at, responder_id, closed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery message(sql);
    message.prepare(QStringLiteral("INSERT INTO messages (id, conversation_id, direction, kind,"
                                   " state, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery charge(sql);
    charge.prepare(QStringLiteral("INSERT INTO ledger (kind, amount, balance_after, message_id,"
                                  " created_at) VALUES ('charge', -50, 0, ?, ?)"));
    QRandomGenerator random(14);
    const qint64 yearMs = 365LL * 24 * 3600 * 1000;
    qint64 messageId = 0;
    for (qint64 i = 1; i <= conversations; ++i) {
        const int channel = int(i % channelCount) + 1;
        const int owner = int(random.bounded(agentCount)) + 1;
        const TimestampMs opened =
            end - yearMs + qint64(random.bounded(double(yearMs - 3 * 86400000LL)));
        const TimestampMs response = opened + 1000 * qint64(random.bounded(1, 3 * 3600));
        const TimestampMs closed = response + 1000 * qint64(random.bounded(60, 2 * 86400));
        if (!run(conversation,
                 {i, channel, QStringLiteral("55119%1").arg(i, 8, 10, QChar(u'0')), owner}) ||
            !run(period, {i, channel, owner, opened, opened, response, owner, closed}))
            return false;
        const qint64 step = (closed - response) / qMax(1, perConversation);
        for (int m = 0; m < perConversation; ++m) {
            const bool inbound = m % 2 == 0;
            const TimestampMs at = m == 0 ? opened : m == 1 ? response : response + step * m;
            const bool isTemplate = !inbound && random.bounded(20) == 0;
            ++messageId;
            if (!run(message, {messageId, i, inbound ? QStringLiteral("in") : QStringLiteral("out"),
                               isTemplate ? QStringLiteral("template") : QStringLiteral("text"),
                               inbound ? QStringLiteral("received") : QStringLiteral("read"),
                               inbound ? 0 : owner, at}))
                return false;
            if (!inbound && !run(charge, {messageId, at}))
                return false;
        }
        if (i % 50000 == 0) {
            out << "  " << i << " conversations\n";
            out.flush();
        }
    }
    return sql.commit();
}

// The statement with its ? replaced by the values, for the CLI.
QString inlined(QString sql, const QVariantList &values)
{
    for (const QVariant &v : values) {
        const qsizetype at = sql.indexOf(u'?');
        const QString literal = v.typeId() == QMetaType::QString
                                    ? QLatin1Char('\'') + v.toString() + QLatin1Char('\'')
                                    : v.toString();
        sql.replace(at, 1, literal);
    }
    return sql;
}

// sqlite3's own "Run Time: real" for the statement, in ms; -1 when it could not run.
double rawMs(const QString &file, const QString &sql)
{
    QProcess cli;
    cli.start(QStringLiteral("sqlite3"), {file});
    if (!cli.waitForStarted(5000))
        return -1;
    cli.write(QStringLiteral(".timer on\n%1;\n.quit\n").arg(sql).toUtf8());
    cli.closeWriteChannel();
    cli.waitForFinished(600000);
    const QList<QByteArray> lines = cli.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("Run Time: real "))
            return line.mid(15).split(' ').first().toDouble() * 1000.0;
    return -1;
}

template <typename F> double timed(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("conversations"), QStringLiteral("Conversations to generate."),
                      QStringLiteral("n"), QStringLiteral("500000")});
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages per conversation."),
                      QStringLiteral("n"), QStringLiteral("6")});
    parser.process(app);
    const qint64 conversations = parser.value(QStringLiteral("conversations")).toLongLong();
    const int perConversation = parser.value(QStringLiteral("messages")).toInt();

    QTemporaryDir dir;
    HubDatabase db;
    if (!dir.isValid() || !db.openSqlite(dir.path())) {
        out << "cannot open a store: " << db.errorString() << "\n";
        return 1;
    }
    const QString file = QDir(dir.path()).filePath(QStringLiteral("hub.sqlite"));
    const TimestampMs end = QDateTime::currentMSecsSinceEpoch();
    out << "bench-reports: " << conversations << " conversations, "
        << conversations * perConversation << " messages, " << agentCount << " agents, "
        << groupCount << " groups, " << channelCount << " channels over 365 days\n";
    out.flush();
    const double generateMs = timed([&] {
        if (!generate(db, conversations, perConversation, end))
            ::exit(1);
    });
    db.exec(QStringLiteral("ANALYZE"));
    out << "generated in " << qRound(generateMs / 1000) << " s; store "
        << QFileInfo(file).size() / (1024 * 1024) << " MB\n\n";

    ReportService service(db);
    ReportQuery year;
    year.to = QDateTime::fromMSecsSinceEpoch(end, QTimeZone::utc()).date();
    year.from = year.to.addDays(-364);
    year.zone = QTimeZone("America/Sao_Paulo");
    ReportQuery team = year;
    team.groupId = 3;
    const ReportScope scope = ReportService::scopeOf(year);
    const QVariantList unfiltered = {scope.from, scope.to, 0, 0, 0, 0, 0, 0};
    const QVariantList range = {scope.from, scope.to};
    using Edge = ReportRepository::PeriodEdge;
    struct Row {
        const char *name;
        std::function<void()> service;
        QStringList raw;
    };
    const QList<Row> rows = {
        {"volume (opened/closed per day)",
         [&] { service.volume(year); },
         {inlined(ReportRepository::periodEdgesSql(Edge::Opened), unfiltered),
          inlined(ReportRepository::periodEdgesSql(Edge::Closed), unfiltered)}},
        {"response times (median/p90 x agent/group/channel)",
         [&] { service.responseTimes(year); },
         {inlined(ReportRepository::firstResponsesSql(), unfiltered),
          inlined(ReportRepository::resolutionsSql(), unfiltered)}},
        {"activity (weekday x hour heat map)",
         [&] { service.activity(year); },
         {inlined(ReportRepository::messagesSql(), range + QVariantList{QStringLiteral("in")}),
          inlined(ReportRepository::messagesSql(), range + QVariantList{QStringLiteral("out")})}},
        {"spend (template sends, credits per day)",
         [&] { service.spend(year); },
         {inlined(ReportRepository::templateSendsSql(), range),
          inlined(ReportRepository::creditSpendSql(), range)}},
        {"volume, one group of 20 agents", [&] { service.volume(team); }, {}},
        {"response times, one group", [&] { service.responseTimes(team); }, {}},
        {"activity, one group", [&] { service.activity(team); }, {}},
    };
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("report (a year, America/Sao_Paulo)"), -52)
               .arg(QStringLiteral("service ms"), 11)
               .arg(QStringLiteral("raw sqlite3 ms"), 15);
    for (const Row &row : rows) {
        row.service(); // warm the page cache once, as a hub that serves would have it
        const double serviceMs = timed(row.service);
        double raw = 0;
        for (const QString &sql : row.raw) {
            const double ms = rawMs(file, sql);
            raw = ms < 0 || raw < 0 ? -1 : raw + ms;
        }
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(QLatin1String(row.name), -52)
                   .arg(serviceMs, 11, 'f', 0)
                   .arg(row.raw.isEmpty() ? QStringLiteral("-")
                        : raw < 0         ? QStringLiteral("n/a")
                                          : QString::number(raw, 'f', 0),
                        15);
        out.flush();
    }
    return 0;
}
