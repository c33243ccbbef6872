// The agent API of the real parley-hub process: sessions, roles, admin routes, channels and
// the WebSocket stream.
#include "hubapifixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace parley;
using namespace parley::testing;

class HubApiTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(setUpHub(), m_hub.log().constData()); }

    void loginRefusesWrongPasswordsAlike()
    {
        const HttpReply wrong = m_hub.post(QStringLiteral("/api/v1/login"),
                                           {{"login", "bo"}, {"password", "guess-guess"}});
        const HttpReply unknown = m_hub.post(QStringLiteral("/api/v1/login"),
                                             {{"login", "nobody"}, {"password", "guess-guess"}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.body, unknown.body);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/login"), {{"login", "bo"}}).status, 400);
        const HttpReply me = m_hub.get(QStringLiteral("/api/v1/me"), m_agent);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(QStringLiteral("agent"))["role"].toString(),
                 QStringLiteral("agent"));
    }

    void everyApiCallNeedsAValidToken()
    {
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/sync?since=0")).status, 401);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/sync?since=0"), QStringLiteral("forged")).status,
                 401);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_fresh),
                           {{"text", "hi"}}, QString(), {{"Idempotency-Key", "k0"}})
                     .status,
                 401);
    }

    void viewersSeeEverythingButChangeNothing()
    {
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/sync?since=0"), m_viewer).status, 200);
        const QList<QPair<QString, QJsonObject>> writes = {
            {QStringLiteral("messages"), {{"text", "hi"}}},
            {QStringLiteral("notes"), {{"text", "note"}}},
            {QStringLiteral("assign"), {{"owner_id", 1}}},
            {QStringLiteral("status"), {{"status", "closed"}}},
            {QStringLiteral("read"), {}}};
        for (const auto &write : writes) {
            const HttpReply reply = m_hub.post(
                QStringLiteral("/api/v1/conversations/%1/%2").arg(m_fresh).arg(write.first),
                write.second, m_viewer, {{"Idempotency-Key", "viewer-key"}});
            QVERIFY2(reply.status == 403, qPrintable(write.first));
            QCOMPARE(reply.json().value(QStringLiteral("error"))["code"].toString(),
                     QStringLiteral("forbidden_view_only"));
        }
    }

    void agentsCannotCallAdminRoutes()
    {
        const QJsonObject agent{
            {"login", "cy"}, {"name", "Cy"}, {"role", "agent"}, {"password", "cy-password"}};
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/agents"), agent, m_agent).status, 403);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/agents"), agent, m_viewer).status, 403);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/channels/1/deactivate"), {}, m_agent).status,
                 403);
        const HttpReply created = m_hub.post(QStringLiteral("/api/v1/agents"), agent, m_admin);
        QCOMPARE(created.status, 201);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/agents"), agent, m_admin).status, 409);
        QCOMPARE(m_hub.login(QStringLiteral("cy"), QStringLiteral("cy-password")).isEmpty(), false);
    }

    void unattendedChatsCloseAfterTheChannelsLimit()
    {
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/1"), {{"auto_close_after_minutes", 60}},
                           m_agent)
                     .status,
                 403);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/1"), {{"auto_close_after_minutes", -1}},
                           m_admin)
                     .status,
                 400);
        const HttpReply set = m_hub.post(QStringLiteral("/api/v1/channels/1"),
                                         {{"auto_close_after_minutes", 60}}, m_admin);
        QCOMPARE(set.status, 200);
        QCOMPARE(
            set.json().value(QStringLiteral("channel"))["auto_close_after_minutes"].toInteger(),
            60);
        // The customer of m_stale has waited 25 hours: closed. A fresh writer stays open.
        QTRY_COMPARE_WITH_TIMEOUT(conversationStatus(m_stale), QStringLiteral("closed"), 5000);
        const Id fresh = customerWrites(QStringLiteral("5511987650009"), QStringLiteral("Oi"),
                                        QDateTime::currentMSecsSinceEpoch());
        QTest::qWait(600);
        QCOMPARE(conversationStatus(fresh), QStringLiteral("open"));
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/1"), {{"auto_close_after_minutes", 0}},
                           m_admin)
                     .status,
                 200);
    }

    void aDisconnectedNumberCanBeConnectedAgain()
    {
        const QJsonObject channel{{"name", "Loja 2"},
                                  {"department", "General"},
                                  {"display_number", "+55 11 3000-0002"},
                                  {"waba_id", "102290129340398"},
                                  {"phone_number_id", "106540352242999"},
                                  {"access_token", "t2"},
                                  {"app_secret", "s2"},
                                  {"verify_token", "v2"},
                                  {"graph_url", "http://127.0.0.1:9/v23.0"}};
        QJsonObject nowhere = channel;
        nowhere["department"] = QStringLiteral("Nowhere");
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/channels"), nowhere, m_admin)
                     .json()
                     .value(QStringLiteral("error"))["code"]
                     .toString(),
                 QStringLiteral("department_unknown"));
        // One department, one channel already (R1.2): a second needs a second department.
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/channels"), channel, m_admin)
                     .json()
                     .value(QStringLiteral("error"))["code"]
                     .toString(),
                 QStringLiteral("channel_limit_departments"));
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Support"}}, m_admin)
                     .status,
                 201);
        QJsonObject support = channel;
        support["department"] = QStringLiteral("Support");
        const HttpReply created = m_hub.post(QStringLiteral("/api/v1/channels"), support, m_admin);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QStringLiteral("channel"))["id"].toInteger();
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/channels"), support, m_admin).status, 409);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/channels/%1/disconnect").arg(id), {}, m_admin)
                     .status,
                 200);
        const HttpReply again = m_hub.post(QStringLiteral("/api/v1/channels"), support, m_admin);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("channel"))["id"].toInteger(), id);
        QCOMPARE(again.json().value(QStringLiteral("channel"))["status"].toString(),
                 QStringLiteral("connected"));
    }

    void theStreamReplaysThenPushesLive()
    {
        QWebSocket socket;
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0").arg(m_hub.port())));
        request.setRawHeader("Authorization", "Bearer " + m_agent.toUtf8());
        QList<QJsonObject> frames;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&frames](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        socket.open(request);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 5000);
        const qint64 replayedTo = frames.last()["next"].toInteger();
        QVERIFY(replayedTo > 0);
        QCOMPARE(frames.first()["events"].toArray().first()["seq"].toInteger(), 1);

        customerWrites(QStringLiteral("5511987650003"), QStringLiteral("Live!"),
                       QDateTime::currentMSecsSinceEpoch());
        QTRY_VERIFY_WITH_TIMEOUT(frames.last()["next"].toInteger() > replayedTo, 5000);
        bool sawLive = false;
        for (const QJsonObject &frame : frames) {
            for (const QJsonValue &event : frame["events"].toArray())
                sawLive = sawLive || event["data"]["text"].toString() == QLatin1String("Live!");
        }
        QVERIFY(sawLive);
        QTRY_COMPARE_WITH_TIMEOUT(metric("parley_connected_agents"), 1, 5000);
    }

    void theStreamRefusesStrangers()
    {
        QWebSocket socket;
        QSignalSpy closed(&socket, &QWebSocket::disconnected);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&token=forged")
                             .arg(m_hub.port())));
        QVERIFY(closed.wait(5000));
        QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
    }
};

QTEST_GUILESS_MAIN(HubApiTest)
#include "tst_hubapi.moc"
