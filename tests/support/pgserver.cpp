#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace parley::testing {
namespace {

const char *const binDir = "/usr/lib/postgresql/15/bin";

std::unique_ptr<PgServer> &instance()
{
    static std::unique_ptr<PgServer> server;
    return server;
}

QString &lastError()
{
    static QString error;
    return error;
}

void stopShared()
{
    instance().reset(); // before the application object goes
}

} // namespace

bool testsOnPostgres()
{
    return qEnvironmentVariable("PARLEY_TEST_DB") == QLatin1String("postgresql");
}

QString PgServer::error()
{
    return lastError();
}

PgServer *PgServer::shared()
{
    if (!instance()) {
        std::unique_ptr<PgServer> server(new PgServer);
        if (!server->init())
            return nullptr;
        instance() = std::move(server);
        qAddPostRoutine(stopShared);
    }
    return instance().get();
}

PgServer::~PgServer()
{
    stop();
}

bool PgServer::runAsOwner(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    const QString path = QDir(QLatin1String(binDir)).filePath(program);
    if (m_owner.isEmpty())
        process.start(path, arguments);
    else
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), m_owner, QStringLiteral("--"), path} +
                          arguments);
    const bool finished = process.waitForStarted(5000) && process.waitForFinished(60000);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PgServer::init()
{
    if (!m_dir.isValid() || !QFile::exists(QDir(QLatin1String(binDir)).filePath("initdb"))) {
        lastError() = QStringLiteral("PostgreSQL 15 is not installed (apt-get install "
                                     "postgresql-15 libqt6sql6-psql)");
        return false;
    }
    m_dataDir = m_dir.filePath(QStringLiteral("cluster"));
    if (::geteuid() == 0) {
        for (const char *name : {"postgres", "nobody"}) {
            if (const passwd *user = ::getpwnam(name)) {
                m_owner = QLatin1String(name);
                // The owner must reach its folder; the socket lives there too.
                if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid,
                            user->pw_gid) != 0) {
                    lastError() = QStringLiteral("cannot give %1 to %2").arg(m_dir.path(), m_owner);
                    return false;
                }
                break;
            }
        }
        if (m_owner.isEmpty()) {
            lastError() = QStringLiteral("running as root and no unprivileged user to run "
                                         "PostgreSQL as");
            return false;
        }
    }
    QString output;
    // Trust on the private socket only; no fsync: a test cluster dies with its test.
    if (!runAsOwner(QStringLiteral("initdb"),
                    {QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"),
                     QStringLiteral("parley"), QStringLiteral("-A"), QStringLiteral("trust"),
                     QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync"),
                     QStringLiteral("--no-instructions")},
                    &output)) {
        lastError() = QStringLiteral("initdb failed: ") + output;
        return false;
    }
    if (!start())
        return false;
    return true;
}

bool PgServer::start()
{
    QString output;
    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -F -c max_connections=100 "
                                           "-c shared_buffers=16MB")
                                .arg(m_dir.path());
    if (!runAsOwner(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), m_dataDir, QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                     QStringLiteral("-w"), QStringLiteral("start")},
                    &output)) {
        QFile log(m_dir.filePath(QStringLiteral("server.log")));
        log.open(QIODevice::ReadOnly);
        lastError() = QStringLiteral("pg_ctl start failed: ") + output +
                      QString::fromLocal8Bit(log.readAll());
        return false;
    }
    return true;
}

bool PgServer::stop()
{
    if (m_dataDir.isEmpty() || !QFile::exists(QDir(m_dataDir).filePath("postmaster.pid")))
        return true;
    return runAsOwner(QStringLiteral("pg_ctl"),
                      {QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"),
                       QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                      nullptr);
}

bool PgServer::restart()
{
    return stop() && start();
}

QString PgServer::createDatabase()
{
    const QString name = QStringLiteral("hub_%1").arg(++m_next);
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QDir(QLatin1String(binDir)).filePath(QStringLiteral("psql")),
               {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-U"), QStringLiteral("parley"),
                QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                QStringLiteral("CREATE DATABASE ") + name});
    if (!psql.waitForFinished(30000) || psql.exitCode() != 0) {
        lastError() =
            QStringLiteral("CREATE DATABASE failed: ") + QString::fromLocal8Bit(psql.readAll());
        return {};
    }
    return QStringLiteral("postgresql://parley@localhost/%1?host=%2").arg(name, m_dir.path());
}

QString PgServer::databaseFor(const QString &dataDir)
{
    const QString key = QDir::cleanPath(QDir(dataDir).absolutePath());
    auto found = m_databases.constFind(key);
    if (found != m_databases.constEnd())
        return *found;
    const QString url = createDatabase();
    if (!url.isEmpty())
        m_databases.insert(key, url);
    return url;
}

QSqlDatabase openTestDatabase(const QString &databaseUrl, const QString &connectionName)
{
    const QUrl url(databaseUrl);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setDatabaseName(url.path().mid(1));
    db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
    db.setUserName(url.userName());
    db.open();
    return db;
}

} // namespace parley::testing
