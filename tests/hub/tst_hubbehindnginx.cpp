// The hub behind the nginx recipe of docs/operations.md (TLS left out): the attacks of
// tst_hublimits are refused through the proxy too, and what the proxy changes on the way
// (chunked bodies, the WebSocket upgrade) still reaches the hub as it should.

#include "hubprocess.h"
#include "rawclient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace parley::testing;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// The `location` blocks and limits as docs/operations.md has them; keep the two in step.
// Only the timeouts are shortened so that the slow-client test does not wait 10 s.
QByteArray nginxConfig(const QString &dir, quint16 port, quint16 hubPort)
{
    const QByteArray d = dir.toUtf8();
    const QByteArray hub = "http://127.0.0.1:" + QByteArray::number(hubPort);
    return "worker_processes 1;\n"
           "pid " +
           d +
           "/nginx.pid;\n"
           "error_log " +
           d +
           "/error.log;\n"
           "events { worker_connections 256; }\n"
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
           "  server {\n"
           "    listen 127.0.0.1:" +
           QByteArray::number(port) +
           ";\n"
           "    client_max_body_size 140m;\n"
           "    large_client_header_buffers 4 16k;\n"
           "    client_header_timeout 1s;\n"
           "    client_body_timeout 1s;\n"
           "    keepalive_timeout 60s;\n"
           "    location / {\n"
           "      proxy_pass " +
           hub +
           ";\n"
           "      proxy_http_version 1.1;\n"
           "      proxy_set_header Host $host;\n"
           "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
           "      proxy_set_header X-Forwarded-Proto https;\n"
           "      proxy_set_header Upgrade $http_upgrade;\n"
           "      proxy_set_header Connection $connection_upgrade;\n"
           "      proxy_read_timeout 120s;\n"
           "      proxy_request_buffering on;\n"
           "    }\n"
           "  }\n"
           "}\n";
}

} // namespace

class TestHubBehindNginx : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hugeDeclaredBodyIsRefused();
    void bodyOverTheRouteCapIsRefusedByTheHub();
    void oversizedHeadIsRefused();
    void conflictingLengthsAreRefused();
    void chunkedBodyReachesTheHubWithALength();
    void connectionCloseIsHonoured();
    void slowHeadIsCut();
    void streamPassesThrough();

private:
    HubProcess m_hub;
    QTemporaryDir m_dir;
    QProcess m_nginx;
    quint16 m_port = 0;
};

void TestHubBehindNginx::initTestCase()
{
    QVERIFY(m_hub.addAgent(QStringLiteral("ad"), QStringLiteral("admin"),
                           QStringLiteral("admin-password")));
    QVERIFY(m_hub.start(10000, 0, {QStringLiteral("--quiet")}));
    QVERIFY(m_dir.isValid());
    // Run as root, nginx's workers become `nobody`: they must reach the temporary folders.
    QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther);
    m_port = freePort();
    QFile config(m_dir.filePath(QStringLiteral("nginx.conf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(nginxConfig(m_dir.path(), m_port, m_hub.port()));
    config.close();
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(QStringLiteral("nginx"),
                  {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"), config.fileName(),
                   QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                   QStringLiteral("-g"), QStringLiteral("daemon off;")});
    QVERIFY(m_nginx.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(RawClient(m_port).isOpen(), 10000);
    const HttpReply health =
        httpCall("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(m_port)));
    QVERIFY2(health.status == 200, m_nginx.readAll().constData());
}

void TestHubBehindNginx::cleanupTestCase()
{
    m_nginx.terminate();
    if (!m_nginx.waitForFinished(5000))
        m_nginx.kill();
    m_hub.stop();
}

void TestHubBehindNginx::hugeDeclaredBodyIsRefused()
{
    RawClient client(m_port);
    client.send("POST /webhooks/whatsapp HTTP/1.1\r\nHost: hub\r\nContent-Length: 10737418240\r\n"
                "\r\n");
    QCOMPARE(client.status(), 413);
}

void TestHubBehindNginx::bodyOverTheRouteCapIsRefusedByTheHub()
{
    // Under nginx's 140 MiB but over the webhook route's 3 MB: the hub's own cap answers.
    RawClient client(m_port);
    const QByteArray body(8 * 1024 * 1024, 'x');
    client.send("POST /webhooks/whatsapp HTTP/1.1\r\nHost: hub\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n");
    client.send(body);
    const QList<RawAnswer> answers = client.read(1, 30000);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 413);
    QVERIFY(answers.first().body.contains("too_large"));
}

void TestHubBehindNginx::oversizedHeadIsRefused()
{
    RawClient client(m_port);
    client.send("GET /healthz HTTP/1.1\r\nHost: hub\r\nX-Big: " + QByteArray(1024 * 1024, 'a') +
                "\r\n\r\n");
    const int status = client.status();
    QVERIFY2(status == 400 || status == 431, QByteArray::number(status).constData());
    QVERIFY(client.waitClosed());
}

void TestHubBehindNginx::conflictingLengthsAreRefused()
{
    RawClient client(m_port);
    client.send("POST /api/v1/login HTTP/1.1\r\nHost: hub\r\nContent-Length: 2\r\n"
                "Content-Length: 5\r\n\r\n{}{}{");
    QCOMPARE(client.status(), 400);
}

void TestHubBehindNginx::chunkedBodyReachesTheHubWithALength()
{
    // The hub refuses chunked bodies itself (411); nginx collects them and sends a length.
    const QByteArray json = R"({"login":"ad","password":"admin-password"})";
    RawClient client(m_port);
    client.send("POST /api/v1/login HTTP/1.1\r\nHost: hub\r\nTransfer-Encoding: chunked\r\n\r\n" +
                QByteArray::number(json.size(), 16) + "\r\n" + json + "\r\n0\r\n\r\n");
    const QList<RawAnswer> answers = client.read(1);
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().status, 200);
    QVERIFY(!QJsonDocument::fromJson(answers.first().body)["token"].toString().isEmpty());
}

void TestHubBehindNginx::connectionCloseIsHonoured()
{
    RawClient client(m_port);
    client.send("GET /healthz HTTP/1.1\r\nHost: hub\r\nConnection: close\r\n\r\n");
    QCOMPARE(client.status(), 200);
    QVERIFY(client.waitClosed());
}

void TestHubBehindNginx::slowHeadIsCut()
{
    RawClient client(m_port);
    client.send("GET /healthz HTTP/1.1\r\n");
    for (int i = 0; i < 90 && client.isOpen(); ++i) {
        client.send("X-Slow-" + QByteArray::number(i) + ": 1\r\n");
        client.socket().waitForReadyRead(100);
        client.read(0, 0);
    }
    QVERIFY(client.waitClosed());
    QVERIFY(!client.received().contains("HTTP/1.1 200"));
}

void TestHubBehindNginx::streamPassesThrough()
{
    const QString token = m_hub.login(QStringLiteral("ad"), QStringLiteral("admin-password"));
    QVERIFY(!token.isEmpty());
    QWebSocket socket;
    QStringList frames;
    connect(&socket, &QWebSocket::textMessageReceived, this,
            [&frames](const QString &frame) { frames.append(frame); });
    socket.open(QUrl(
        QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&token=%2").arg(m_port).arg(token)));
    // The replay holds at least the admin's own agent.updated event.
    QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10000);
    QVERIFY(frames.first().contains(QLatin1String("agent.updated")));
}

QTEST_MAIN(TestHubBehindNginx)
#include "tst_hubbehindnginx.moc"
