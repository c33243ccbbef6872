// A team's day against the real hub and simulator (issue #12): two departments, three agents.
// Sales' agents see Sales' conversations and nothing of Support's, in sync, the stream, records
// and every command, however they ask; a conversation moved to another department leaves one
// team's desktops and enters the other's through events. Each agent's own unread count and
// who sends the read receipt: tst_hubscopeunread.
#include "apierror.h"
#include "hubscopefixture.h"

#include <QJsonArray>
#include <QTest>
#include <QWebSocket>

using namespace parley;
using namespace parley::testing;

class HubScopeTest : public QObject, protected HubScopeFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpScopeTeam(); }

    void salesSeesSalesAndSupportNothingOfIt()
    {
        const QJsonObject chat = writes(QStringLiteral("5511987650201"), "Quero um orçamento");
        const Id conversation = chat["id"].toInteger();
        const Id record = chat["record_id"].toInteger();
        QCOMPARE(chat["department"].toString(), QStringLiteral("Sales"));
        QCOMPARE(chat["owner_id"].toInteger(), m_ids.value("sal"));

        // Sync: the conversation, its message and its record for Sales and the admin only.
        QVERIFY(mentions(events(m_sal), conversation, record));
        QVERIFY(mentions(events(m_sal2), conversation, record));
        QVERIFY(mentions(events(m_admin), conversation, record));
        QVERIFY(!mentions(events(m_sup), conversation, record));

        // The stream: the same rule, live.
        QWebSocket salStream;
        QWebSocket supStream;
        QList<QJsonObject> salFrames;
        QList<QJsonObject> supFrames;
        connectFrames(supStream, m_sup, &supFrames);
        connectFrames(salStream, m_sal, &salFrames);
        QTRY_VERIFY_WITH_TIMEOUT(!salFrames.isEmpty() && !supFrames.isEmpty(), 5000);
        const qint64 replayed = salFrames.last()["next"].toInteger();
        writes(QStringLiteral("5511987650201"), "Ao vivo");
        QTRY_VERIFY_WITH_TIMEOUT(salFrames.last()["next"].toInteger() > replayed, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(supFrames.last()["next"].toInteger() > replayed, 5000);
        QJsonArray salLive;
        QJsonArray supLive;
        for (const QJsonObject &frame : std::as_const(salFrames))
            for (const QJsonValue &event : frame["events"].toArray())
                salLive.append(event);
        for (const QJsonObject &frame : std::as_const(supFrames))
            for (const QJsonValue &event : frame["events"].toArray())
                supLive.append(event);
        QVERIFY(mentions(salLive, conversation, record));
        QVERIFY(!mentions(supLive, conversation, record));

        // Records: not listed, not readable, not changeable.
        QVERIFY(recordIds(m_sal).contains(record));
        QVERIFY(!recordIds(m_sup).contains(record));
        QVERIFY(recordIds(m_admin).contains(record));
        // Search finds it for Sales only (the customer's number is in its fields).
        const QString search = QStringLiteral("/api/v1/records?search=987650201");
        QCOMPARE(m_hub.getList(search, QStringLiteral("records"), m_sal).size(), 1);
        QCOMPARE(m_hub.getList(search, QStringLiteral("records"), m_sup).size(), 0);
        QCOMPARE(
            m_hub.get(QStringLiteral("/api/v1/records/%1/activities").arg(record), m_sup).status,
            404);

        // Every command answers as for a conversation that does not exist.
        const QString path = QStringLiteral("/api/v1/conversations/%1/").arg(conversation);
        const Headers key{{"Idempotency-Key", "hostile-1"}};
        const QList<HttpReply> hostile{
            m_hub.get(path + QStringLiteral("messages"), m_sup),
            m_hub.post(path + QStringLiteral("messages"), {{"text", "oi"}}, m_sup, key),
            m_hub.post(path + QStringLiteral("notes"), {{"text", "nota"}}, m_sup),
            m_hub.post(path + QStringLiteral("assign"), {{"owner_id", m_ids.value("sup")}}, m_sup),
            m_hub.post(path + QStringLiteral("status"), {{"status", "closed"}}, m_sup),
            m_hub.post(path + QStringLiteral("read"), {}, m_sup),
            m_hub.post(path + QStringLiteral("department"), {{"department", "Support"}}, m_sup),
            m_hub.post(path + QStringLiteral("template"), {{"template_id", 1}}, m_sup, key),
            m_hub.post(QStringLiteral("/api/v1/records/%1").arg(record),
                       {{"fields", QJsonObject{{"Email", "x@example.com"}}}}, m_sup),
            m_hub.post(QStringLiteral("/api/v1/records/%1/activities").arg(record),
                       {{"kind", "task"}, {"title", "roubar"}}, m_sup),
        };
        for (const HttpReply &reply : hostile) {
            QCOMPARE(reply.status, 404);
            QCOMPARE(errorCode(reply), QStringLiteral("not_found"));
        }
        QVERIFY(!mentions(events(m_admin), 0, 0, QStringLiteral("nota")));
        // Sales' own agent may.
        QCOMPARE(m_hub.get(path + QStringLiteral("messages"), m_sal2).status, 200);
        QCOMPARE(m_hub.post(path + QStringLiteral("notes"), {{"text", "vi"}}, m_sal2).status, 201);
    }

    void aConversationMovedToSupportLeavesSalesAndEntersSupport()
    {
        const QJsonObject chat = writes(QStringLiteral("5511987650203"), "Meu pedido quebrou");
        const Id conversation = chat["id"].toInteger();
        const QString path =
            QStringLiteral("/api/v1/conversations/%1/department").arg(conversation);
        QCOMPARE(errorCode(m_hub.post(path, {{"department", "Nowhere"}}, m_sal)),
                 QStringLiteral("department_not_served"));
        const qint64 before = lastSeq();
        const HttpReply moved = m_hub.post(path, {{"department", "Support"}}, m_sal);
        QCOMPARE(moved.status, 200);
        const QJsonObject now = moved.json().value(QStringLiteral("conversation")).toObject();
        QCOMPARE(now["department"].toString(), QStringLiteral("Support"));
        QCOMPARE(now["owner_id"].toInteger(), 0); // sal is not in Support

        // Support's desktops get the conversation and its messages after `before`.
        bool entered = false;
        int messages = 0;
        for (const QJsonValue &event : events(m_sup, before)) {
            entered = entered || (event["type"] == QStringLiteral("conversation.updated") &&
                                  event["data"]["id"].toInteger() == conversation);
            messages += event["type"].toString().startsWith(QLatin1String("message.")) &&
                        event["data"]["conversation_id"].toInteger() == conversation;
        }
        QVERIFY(entered);
        QCOMPARE(messages, 1);
        // Sales' desktops are told to drop it, and get nothing more of it.
        bool left = false;
        for (const QJsonValue &event : events(m_sal2, before)) {
            QVERIFY(event["type"] != QStringLiteral("conversation.updated") ||
                    event["data"]["id"].toInteger() != conversation);
            left = left || (event["type"] == QStringLiteral("conversation.left") &&
                            event["data"]["id"].toInteger() == conversation &&
                            event["data"]["department"] == QStringLiteral("Sales"));
        }
        QVERIFY(left);
        for (const QJsonValue &event : events(m_sup, before))
            QVERIFY(event["type"] != QStringLiteral("conversation.left"));
        QCOMPARE(
            m_hub.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), m_sal)
                .status,
            404);
        QCOMPARE(
            m_hub.get(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), m_sup)
                .status,
            200);
        // From scratch, Support's mirror holds it and Sales' does not.
        QVERIFY(mentions(events(m_sup), conversation, 0));
        QVERIFY(!mentions(events(m_sal2), conversation, 0));
    }
};

QTEST_GUILESS_MAIN(HubScopeTest)
#include "tst_hubscope.moc"
