// Each agent's notification choice and conversation mutes, kept by the hub (issue #12), seen
// from outside: per agent, another agent unaffected, scope respected, the event only on the
// agent's own feed, and back in a rebuilt mirror's snapshot.
#include "salessupportfixture.h"

#include "core/domain/ids.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>
#include <QWebSocket>

using namespace parley;
using namespace parley::testing;

class HubNotificationSettingsTest : public QObject, protected SalesSupportFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(setUpSalesAndSupport());
        m_conversation = customerWrites(QStringLiteral("5511987650401"), "Oi!");
        QVERIFY(m_conversation > 0);
    }

    void theDefaultIsMineAndUnassignedWithNothingMuted()
    {
        const QJsonObject settings = settingsOf(m_sal);
        QCOMPARE(settings["agent_id"].toInteger(), m_ids.value("sal"));
        QCOMPARE(settings["notify"].toString(), QStringLiteral("default"));
        QCOMPARE(settings["muted"].toArray().size(), 0);
    }

    void aChoiceIsTheAgentsOwnAndReachesOnlyItsFeed()
    {
        const qint64 before = lastSeq();
        const HttpReply changed =
            m_hub.post(QStringLiteral("/api/v1/me/notifications"), {{"notify", "mentions"}}, m_sal);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QStringLiteral("settings")).toObject()["notify"].toString(),
                 QStringLiteral("mentions"));
        QCOMPARE(settingsOf(m_sal)["notify"].toString(), QStringLiteral("mentions"));
        QCOMPARE(settingsOf(m_sal2)["notify"].toString(), QStringLiteral("default"));
        const QJsonArray mine = settingsEvents(m_sal, before);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first()["data"]["agent_id"].toInteger(), m_ids.value("sal"));
        QCOMPARE(mine.first()["data"]["notify"].toString(), QStringLiteral("mentions"));
        // Nobody else's business, an admin's included.
        QCOMPARE(settingsEvents(m_sal2, before).size(), 0);
        QCOMPARE(settingsEvents(m_sup, before).size(), 0);
        QCOMPARE(settingsEvents(m_admin, before).size(), 0);
        // The same choice again changes nothing and appends nothing.
        const qint64 after = lastSeq();
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/me/notifications"), {{"notify", "mentions"}}, m_sal)
                .status,
            200);
        QCOMPARE(lastSeq(), after);
    }

    void aMuteIsPerAgentAndPerConversationWithinScope()
    {
        const qint64 before = lastSeq();
        const QString mute = QStringLiteral("/api/v1/conversations/%1/mute").arg(m_conversation);
        const HttpReply muted = m_hub.post(mute, {{"muted", true}}, m_sal);
        QCOMPARE(muted.status, 200);
        QCOMPARE(muted.json().value(QStringLiteral("settings")).toObject()["muted"].toArray(),
                 QJsonArray{m_conversation});
        QCOMPARE(settingsOf(m_sal2)["muted"].toArray().size(), 0);
        QCOMPARE(settingsEvents(m_sal, before).size(), 1);
        QCOMPARE(settingsEvents(m_sal2, before).size(), 0);
        // Support cannot see a Sales conversation: exactly as one that does not exist.
        const HttpReply outside = m_hub.post(mute, {{"muted", true}}, m_sup);
        QCOMPARE(outside.status, 404);
        QCOMPARE(outside.json().value(QStringLiteral("error")).toObject()["code"].toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(
            m_hub
                .post(QStringLiteral("/api/v1/conversations/999999/mute"), {{"muted", true}}, m_sal)
                .status,
            404);
        QCOMPARE(settingsOf(m_sup)["muted"].toArray().size(), 0);
        // The admin sees everything and mutes for itself alone.
        QCOMPARE(m_hub.post(mute, {{"muted", true}}, m_admin).status, 200);
        QCOMPARE(settingsOf(m_sal2)["muted"].toArray().size(), 0);
        const HttpReply unmuted = m_hub.post(mute, {{"muted", false}}, m_admin);
        QCOMPARE(
            unmuted.json().value(QStringLiteral("settings")).toObject()["muted"].toArray().size(),
            0);
        QCOMPARE(settingsOf(m_sal)["muted"].toArray(), QJsonArray{m_conversation});
    }

    void whatAClientSendsIsChecked()
    {
        const qint64 before = lastSeq();
        const QString mute = QStringLiteral("/api/v1/conversations/%1/mute").arg(m_conversation);
        for (const QJsonObject &body :
             {QJsonObject{}, QJsonObject{{"muted", "yes"}}, QJsonObject{{"muted", 1}}})
            QCOMPARE(m_hub.post(mute, body, m_sal2).status, 400);
        for (const QJsonObject &body :
             {QJsonObject{}, QJsonObject{{"notify", "loud"}}, QJsonObject{{"notify", 3}}})
            QCOMPARE(m_hub.post(QStringLiteral("/api/v1/me/notifications"), body, m_sal2).status,
                     400);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/me/notifications")).status, 401);
        QCOMPARE(lastSeq(), before);
        QCOMPARE(settingsOf(m_sal2)["notify"].toString(), QStringLiteral("default"));
    }

    void aRebuiltMirrorGetsThemBackWithTheSnapshot()
    {
        // A desktop with an empty mirror asks for the snapshot: the agent's settings come in
        // its first frame, not only in the log it skips.
        const QJsonArray first = firstSnapshotFrame(m_sal);
        QVERIFY(!first.isEmpty());
        QCOMPARE(first.first()["type"].toString(), QStringLiteral("notification_settings.updated"));
        QCOMPARE(first.first()["data"]["agent_id"].toInteger(), m_ids.value("sal"));
        QCOMPARE(first.first()["data"]["notify"].toString(), QStringLiteral("mentions"));
        QCOMPARE(first.first()["data"]["muted"].toArray(), QJsonArray{m_conversation});
        // An agent with the defaults gets none, and nobody gets another agent's.
        for (const QString &token : {m_sal2, m_admin}) {
            for (const QJsonValue &event : firstSnapshotFrame(token))
                QVERIFY(event["type"].toString() != QLatin1String("notification_settings.updated"));
        }
    }

private:
    Id customerWrites(const QString &from, const char *text)
    {
        const QString wamid =
            m_sim.inbound(from, QStringLiteral("Cliente"), QString::fromUtf8(text));
        if (wamid.isEmpty())
            return 0;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            for (const QJsonValue &event : events(m_admin)) {
                if (event["type"] == QStringLiteral("message.created") &&
                    event["data"]["wamid"].toString() == wamid)
                    return event["data"]["conversation_id"].toInteger();
            }
            QTest::qWait(50);
        }
        return 0;
    }

    QJsonObject settingsOf(const QString &token)
    {
        const HttpReply reply = m_hub.get(QStringLiteral("/api/v1/me/notifications"), token);
        return reply.status == 200 ? reply.json().value(QStringLiteral("settings")).toObject()
                                   : QJsonObject();
    }

    QJsonArray events(const QString &token, qint64 since = 0)
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(since), token)
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    qint64 lastSeq()
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_admin)
            .json()
            .value(QStringLiteral("next"))
            .toInteger();
    }

    QJsonArray settingsEvents(const QString &token, qint64 since)
    {
        QJsonArray out;
        for (const QJsonValue &event : events(token, since)) {
            if (event["type"] == QStringLiteral("notification_settings.updated"))
                out.append(event);
        }
        return out;
    }

    QJsonArray firstSnapshotFrame(const QString &token)
    {
        QWebSocket socket;
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&snapshot=1")
                     .arg(m_hub.port())));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QList<QJsonObject> frames;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&frames](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        socket.open(request);
        if (!QTest::qWaitFor([&frames] { return !frames.isEmpty(); }, 5000))
            return {};
        return frames.first().value(QStringLiteral("snapshot")).toObject()["events"].toArray();
    }

    Id m_conversation = 0;
};

QTEST_MAIN(HubNotificationSettingsTest)
#include "tst_hubnotificationsettings.moc"
