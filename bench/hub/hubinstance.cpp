#include "bench/hub/hubinstance.h"

#include "bench/hub/childprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <unistd.h>

namespace parley::bench {

namespace {

// PARLEY_BENCH_HUB_WRAPPER="valgrind --tool=callgrind …" runs each benchmark hub under that
// command (a profile of the hub on the benchmark's bounded load). The wrapped hub is slow to
// start and hashes passwords the tests' cheap way, so that logins do not dominate the profile.
QStringList hubWrapper()
{
    return qEnvironmentVariable("PARLEY_BENCH_HUB_WRAPPER")
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

HubInstance::HubInstance()
{
    m_cli.setFastPasswordHashing(!hubWrapper().isEmpty());
}

HubInstance::~HubInstance()
{
    stop();
}

bool HubInstance::addChannel()
{
    // The Graph URL is never called: the benchmarks only receive.
    return m_cli.addChannel(
        QString::fromLatin1(BenchChannel::phoneNumberId),
        QString::fromLatin1(BenchChannel::displayNumber),
        QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("bench-access-token"),
        QString::fromLatin1(BenchChannel::appSecret), QStringLiteral("bench-verify-token"));
}

bool HubInstance::addAgent(const QString &login, const QString &password)
{
    return m_cli.addAgent(login, QStringLiteral("admin"), password);
}

bool HubInstance::start(QString *error)
{
    // PARLEY_TEST_DB=postgresql: the store is a database of a throw-away PostgreSQL cluster.
    QStringList arguments =
        QStringList{QStringLiteral("serve")} + m_cli.storeArguments() +
        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--quiet"), QStringLiteral("--trusted-proxy"),
                    QStringLiteral("127.0.0.1")};
    QStringList wrapper = hubWrapper();
    const bool wrapped = !wrapper.isEmpty();
    if (wrapped) {
        arguments.append(QStringLiteral("--insecure-fast-password-hashing"));
        arguments = wrapper.mid(1) + QStringList{testing::hubBinary()} + arguments;
        m_server.setProgram(wrapper.constFirst());
    } else {
        m_server.setProgram(testing::hubBinary());
    }
    m_server.setArguments(arguments);
    // Drained as it comes so that a chatty hub can never block on a full pipe mid-run.
    QObject::connect(&m_server, &QProcess::readyReadStandardError, &m_server, [this] {
        m_stderr = (m_stderr + m_server.readAllStandardError()).right(4096);
    });
    stopWithParent(m_server);
    m_server.start();
    if (!m_server.waitForStarted(5000)) {
        *error = QStringLiteral("cannot run %1").arg(testing::hubBinary());
        return false;
    }
    static const QRegularExpression portLine(QStringLiteral("listening on http://[^:]+:(\\d+)"));
    QByteArray out;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < (wrapped ? 120000 : 10000) && m_server.state() == QProcess::Running) {
        m_server.waitForReadyRead(100);
        out += m_server.readAllStandardOutput();
        const QRegularExpressionMatch match = portLine.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    *error = QStringLiteral("the hub did not start: %1").arg(QString::fromUtf8(out + m_stderr));
    return false;
}

void HubInstance::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate();
    // A profiler writes its results as the hub ends.
    if (!m_server.waitForFinished(hubWrapper().isEmpty() ? 5000 : 120000)) {
        m_server.kill();
        m_server.waitForFinished(2000);
    }
}

QUrl HubInstance::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

QString HubInstance::login(const QString &login, const QString &password)
{
    const QJsonObject credentials{{QStringLiteral("login"), login},
                                  {QStringLiteral("password"), password}};
    // Each login as if from a desktop of its own behind a proxy: the hub allows one address 30
    // attempts a minute (docs/api.md, "Login limits"), and a run logs in once per stream.
    ++m_logins;
    const QByteArray client = "10.77." + QByteArray::number(m_logins / 250 % 250) + '.' +
                              QByteArray::number(m_logins % 250 + 1);
    const testing::HttpReply reply =
        testing::httpCall("POST", url(QStringLiteral("/api/v1/login")),
                          QJsonDocument(credentials).toJson(QJsonDocument::Compact),
                          {{"X-Forwarded-For", client}}, 30000);
    return reply.json().value(QStringLiteral("token")).toString();
}

testing::HttpReply HubInstance::get(const QString &pathAndQuery, const QString &token)
{
    return testing::httpCall("GET", url(pathAndQuery), {},
                             {{"Authorization", "Bearer " + token.toUtf8()}}, 30000);
}

qint64 HubInstance::currentSeq(const QString &token)
{
    qint64 seq = 0;
    for (int page = 0; page < 1000; ++page) {
        const QJsonObject batch =
            get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(seq), token).json();
        const qint64 next = batch.value(QStringLiteral("next")).toInteger();
        if (batch.value(QStringLiteral("events")).toArray().isEmpty() || next <= seq)
            break;
        seq = next;
    }
    return seq;
}

HubInstance::GroupCommits HubInstance::groupCommits()
{
    GroupCommits counts;
    const QByteArray metrics =
        testing::httpCall("GET", url(QStringLiteral("/metrics")), {}, {}, 30000).body;
    for (const QByteArray &line : metrics.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        if (parts.at(0) == "parley_store_group_commits_total")
            counts.commits = parts.at(1).toLongLong();
        else if (parts.at(0) == "parley_store_grouped_webhooks_total")
            counts.webhooks = parts.at(1).toLongLong();
    }
    return counts;
}

namespace {

// User + system CPU seconds of a /proc/…/stat file ("pid (comm) state ppid …": utime and stime
// are the 12th and 13th fields after "(comm)"); 0 when it cannot be read.
double statCpuSeconds(const QString &path)
{
    QFile stat(path);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(sysconf(_SC_CLK_TCK));
}

} // namespace

double HubInstance::cpuSeconds() const
{
    return statCpuSeconds(QStringLiteral("/proc/%1/stat").arg(m_server.processId()));
}

QHash<qint64, double> HubInstance::threadCpuSeconds() const
{
    QHash<qint64, double> out;
    const QString tasks = QStringLiteral("/proc/%1/task").arg(m_server.processId());
    const QStringList ids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids)
        out.insert(id.toLongLong(),
                   statCpuSeconds(tasks + QLatin1Char('/') + id + QStringLiteral("/stat")));
    return out;
}

} // namespace parley::bench
