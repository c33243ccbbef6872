// Faults of several hubs on one PostgreSQL store (issue #13): one of two hubs behind nginx
// killed with -9 under load, and the PostgreSQL server restarted under load. Every message a
// hub acknowledged is kept, once; a stream of the dead hub reconnects to the other through
// nginx; while the server is down webhooks are answered 5xx (Meta retries them) and the hubs
// reconnect by themselves when it is back. nginx runs as a process of the test with its
// configuration in a temporary folder, on loopback ports, as the recipe in docs/operations.md
// ("Several hubs behind one address") has it. Loads are bounded in count and time.
#include "hubprocess.h"
#include "pgserver.h"
#include "webhookload.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

using namespace parley;
using namespace parley::testing;

namespace {

const QByteArray appSecret = "multifaults-app-secret";

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// docs/operations.md, "Several hubs behind one address", with the folders of a test (keep the
// two in step; TLS left out).
QByteArray nginxConfig(const QString &dir, quint16 port, const QList<quint16> &hubPorts)
{
    const QByteArray d = dir.toUtf8();
    QByteArray servers;
    for (const quint16 hub : hubPorts)
        servers +=
            "    server 127.0.0.1:" + QByteArray::number(hub) + " max_fails=1 fail_timeout=10s;\n";
    return "worker_processes 1;\n"
           "pid " +
           d +
           "/nginx.pid;\n"
           "error_log " +
           d +
           "/error.log;\n"
           "events { worker_connections 512; }\n"
           "http {\n"
           "  access_log off;\n"
           "  client_body_temp_path " +
           d +
           "/body;\n"
           "  proxy_temp_path " +
           d +
           "/proxy;\n"
           "  fastcgi_temp_path " +
           d +
           "/fastcgi;\n"
           "  uwsgi_temp_path " +
           d +
           "/uwsgi;\n"
           "  scgi_temp_path " +
           d +
           "/scgi;\n"
           "  map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n"
           "  upstream parley_hubs {\n" +
           servers +
           "    keepalive 32;\n"
           "  }\n"
           "  server {\n"
           "    listen 127.0.0.1:" +
           QByteArray::number(port) +
           ";\n"
           "    client_max_body_size 140m;\n"
           "    location / {\n"
           "      proxy_pass http://parley_hubs;\n"
           "      proxy_http_version 1.1;\n"
           "      proxy_set_header Host $host;\n"
           "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
           "      proxy_set_header X-Forwarded-Proto https;\n"
           "      proxy_set_header Upgrade $http_upgrade;\n"
           "      proxy_set_header Connection $connection_upgrade;\n"
           "      proxy_next_upstream error timeout;\n"
           "      proxy_connect_timeout 2s;\n"
           "      proxy_read_timeout 120s;\n"
           "    }\n"
           "  }\n"
           "}\n";
}

class Nginx {
public:
    bool start(const QList<quint16> &hubPorts)
    {
        // Run as root, nginx's workers become `nobody`: they must reach the temporary folder.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther);
        m_port = freePort();
        QFile config(m_dir.filePath(QStringLiteral("nginx.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(nginxConfig(m_dir.path(), m_port, hubPorts));
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("nginx"),
                        {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                         config.fileName(), QStringLiteral("-e"),
                         m_dir.filePath(QStringLiteral("error.log")), QStringLiteral("-g"),
                         QStringLiteral("daemon off;")});
        if (!m_process.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) {
            if (httpCall("GET", url(QStringLiteral("/healthz")), {}, {}, 2000).status == 200)
                return true;
            QTest::qWait(100);
        }
        qWarning("%s", m_process.readAll().constData());
        return false;
    }
    ~Nginx()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

// How many times each customer wamid is stored, read from the store itself.
QHash<QByteArray, int> storedWamids(const QString &databaseUrl)
{
    QHash<QByteArray, int> stored;
    {
        QSqlDatabase db = openTestDatabase(databaseUrl, QStringLiteral("check"));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT wamid, count(*) FROM messages"
                                       " WHERE direction = 'in' GROUP BY wamid")))
            qWarning("%s", qPrintable(query.lastError().text()));
        while (query.next())
            stored.insert(query.value(0).toString().toUtf8(), query.value(1).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return stored;
}

// A desktop's stream through nginx: the frames it got and the seq it has reached.
struct Stream {
    QWebSocket socket;
    QStringList frames;
    qint64 seq = 0;

    explicit Stream()
    {
        QObject::connect(
            &socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &frame) {
                frames.append(frame);
                const qint64 next =
                    QJsonDocument::fromJson(frame.toUtf8())[QStringLiteral("next")].toInteger();
                seq = qMax(seq, next);
            });
    }
    void open(const Nginx &nginx, const QString &token)
    {
        QUrl url = nginx.url(QStringLiteral("/api/v1/stream"));
        url.setScheme(QStringLiteral("ws"));
        url.setQuery(QStringLiteral("since=%1&token=%2").arg(seq).arg(token));
        socket.open(url);
    }
    bool got(const QByteArray &wamid) const
    {
        return frames.join(QLatin1Char('\n')).contains(QString::fromLatin1(wamid));
    }
};

} // namespace

class HubMultiFaultsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!PgServer::shared())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL: ") + PgServer::error()));
    }

    void killingOneOfTwoHubsBehindNginxLosesNothingAcknowledged()
    {
        HubProcess first;
        HubProcess second;
        QVERIFY(startHubPair(first, second, appSecret));
        Nginx nginx;
        QVERIFY(nginx.start({first.port(), second.port()}));
        const HttpReply login = httpCall(
            "POST", nginx.url(QStringLiteral("/api/v1/login")),
            QJsonDocument(QJsonObject{{"login", "ana"}, {"password", "ana-password"}}).toJson());
        const QString token = login.json()[QStringLiteral("token")].toString();
        QVERIFY2(!token.isEmpty(), login.body.constData());

        Stream stream;
        stream.open(nginx, token);
        QTRY_COMPARE_WITH_TIMEOUT(stream.socket.state(), QAbstractSocket::ConnectedState, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(hubMetric(first, "parley_connected_agents") +
                                      hubMetric(second, "parley_connected_agents"),
                                  qint64(1), 10000);
        // The hub that serves the stream is the one that dies.
        HubProcess &victim = hubMetric(first, "parley_connected_agents") == 1 ? first : second;
        HubProcess &survivor = &victim == &first ? second : first;

        bool killed = false;
        const LoadResult load =
            postLoad({nginx.url(QStringLiteral("/webhooks/whatsapp"))}, appSecret,
                     "wamid.nginx-kill-", 400, 16, [&](const LoadResult &now) {
                         if (!killed && now.acknowledged.size() >= 100) {
                             killed = true;
                             victim.kill();
                         }
                     });
        QVERIFY(killed);
        QVERIFY(load.acknowledged.size() >= 100);
        QVERIFY(survivor.isRunning());

        // The stream ended with its hub; the desktop comes back through nginx to the other one
        // and goes on from where it was.
        QTRY_COMPARE_WITH_TIMEOUT(stream.socket.state(), QAbstractSocket::UnconnectedState, 10000);
        stream.open(nginx, token);
        QTRY_COMPARE_WITH_TIMEOUT(stream.socket.state(), QAbstractSocket::ConnectedState, 10000);
        QNetworkAccessManager manager;
        QNetworkReply *after = postWebhook(manager, nginx.url(QStringLiteral("/webhooks/whatsapp")),
                                           appSecret, "wamid.after-kill");
        QTRY_VERIFY_WITH_TIMEOUT(after->isFinished(), 15000);
        QCOMPARE(after->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete after;
        QTRY_VERIFY_WITH_TIMEOUT(stream.got("wamid.after-kill"), 10000);
        for (const QByteArray &wamid : load.acknowledged)
            QVERIFY2(stream.got(wamid), wamid.constData()); // its replay missed none

        const QHash<QByteArray, int> stored = storedWamids(first.databaseUrl());
        for (const QByteArray &wamid : load.acknowledged)
            QVERIFY2(stored.value(wamid) == 1, wamid.constData());
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(it.value() == 1, it.key().constData());

        // Meta retries what was not acknowledged (it retries the lot here): all kept, once.
        const LoadResult retry = postLoad({nginx.url(QStringLiteral("/webhooks/whatsapp"))},
                                          appSecret, "wamid.nginx-kill-", 400, 16);
        QCOMPARE(retry.acknowledged.size(), 400);
        const QHash<QByteArray, int> after2 = storedWamids(first.databaseUrl());
        QCOMPARE(after2.size(), 401);
        for (auto it = after2.cbegin(); it != after2.cend(); ++it)
            QVERIFY2(it.value() == 1, it.key().constData());
    }

    void aRestartedPostgresGets5xxMeanwhileAndTheHubsReconnect()
    {
        HubProcess first;
        HubProcess second;
        QVERIFY(startHubPair(first, second, appSecret));
        PgServer *server = PgServer::shared();
        const QList<QUrl> hubs{first.url(QStringLiteral("/webhooks/whatsapp")),
                               second.url(QStringLiteral("/webhooks/whatsapp"))};

        bool stopped = false;
        const LoadResult load =
            postLoad(hubs, appSecret, "wamid.pg-restart-", 400, 8, [&](const LoadResult &now) {
                if (!stopped && now.acknowledged.size() >= 100) {
                    stopped = true;
                    QVERIFY(server->stop());
                    // Back after a second and a half, with the load still running.
                    QTimer::singleShot(1500, [server] { QVERIFY(server->start()); });
                }
            });
        QVERIFY(stopped);
        QVERIFY(load.acknowledged.size() >= 100);
        // While it was down the hubs answered 500, which Meta retries, and not 200.
        QVERIFY2(std::any_of(load.statuses.cbegin(), load.statuses.cend(),
                             [](int status) { return status >= 500; }),
                 "no webhook was refused while PostgreSQL was down");
        QVERIFY(first.isRunning() && second.isRunning());

        // Both hubs are back on their own: each acknowledges a new webhook.
        for (HubProcess *hub : {&first, &second}) {
            QTRY_VERIFY_WITH_TIMEOUT(
                postLoad({hub->url(QStringLiteral("/webhooks/whatsapp"))}, appSecret,
                         "wamid.pg-back-" + QByteArray::number(hub->port()) + "-", 1, 1)
                        .acknowledged.size() == 1,
                20000);
        }

        const QHash<QByteArray, int> stored = storedWamids(first.databaseUrl());
        for (const QByteArray &wamid : load.acknowledged)
            QVERIFY2(stored.value(wamid) == 1, wamid.constData());
        // Meta's retries of the whole load: nothing lost, nothing twice.
        const LoadResult retry = postLoad(hubs, appSecret, "wamid.pg-restart-", 400, 8);
        QCOMPARE(retry.acknowledged.size(), 400);
        const QHash<QByteArray, int> after = storedWamids(first.databaseUrl());
        for (int i = 0; i < 400; ++i)
            QCOMPARE(after.value("wamid.pg-restart-" + QByteArray::number(i)), 1);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(it.value() == 1, it.key().constData());
    }
};

int main(int argc, char **argv)
{
    // Several hubs share one store only on PostgreSQL; quick polls so a takeover is seen soon.
    qputenv("PARLEY_TEST_DB", "postgresql");
    qputenv("PARLEY_HUB_LEADER_POLL_MS", "200");
    QCoreApplication app(argc, argv);
    HubMultiFaultsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hubmultifaults.moc"
