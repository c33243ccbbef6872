// An agent's reply to a particular message and reaction to one (issue #10 item 6), from the
// agent API through the outgoing queue to what the simulated Graph received.
#include "simteamfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class HubRepliesTest : public QObject, protected SimTeamFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(setUpTeam());
        m_customerWamid =
            m_sim.inbound(m_number, QStringLiteral("Marina"), QStringLiteral("Tem tamanho 38?"));
        QVERIFY(!m_customerWamid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(customerMessage().contains(QStringLiteral("id")), 10000);
        m_conversation = customerMessage()[QStringLiteral("conversation_id")].toInteger();
        m_message = customerMessage()[QStringLiteral("id")].toInteger();
    }

    void aReplyQuotesTheMessageOnTheWire()
    {
        const HttpReply reply =
            m_hub.post(path("messages"), {{"text", "Temos sim!"}, {"reply_to", m_message}}, m_agent,
                       {{"Idempotency-Key", "reply-1"}});
        QVERIFY2(reply.status == 202, reply.body.constData());
        const QJsonObject stored = reply.json().value(QStringLiteral("message")).toObject();
        QCOMPARE(stored["reply_to"].toString(), m_customerWamid);

        QTRY_COMPARE_WITH_TIMEOUT(sentOfType(QStringLiteral("text")).size(), 1, 10000);
        const QJsonObject onTheWire = sentOfType(QStringLiteral("text")).first().toObject();
        QCOMPARE(onTheWire["text"].toString(), QStringLiteral("Temos sim!"));
        QCOMPARE(onTheWire["reply_to"].toString(), m_customerWamid); // context.message_id
    }

    void aReplyOnlyQuotesThisConversationsSentMessages()
    {
        const HttpReply unknown =
            m_hub.post(path("messages"), {{"text", "Oi"}, {"reply_to", 999999}}, m_agent,
                       {{"Idempotency-Key", "reply-2"}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json().value(QStringLiteral("error"))["code"].toString(),
                 QStringLiteral("message_not_found"));
        QCOMPARE(m_hub
                     .post(path("messages"), {{"text", "Oi"}, {"reply_to", "x"}}, m_agent,
                           {{"Idempotency-Key", "reply-3"}})
                     .status,
                 400);
    }

    void aReactionGoesOutInMetasShape()
    {
        const HttpReply reaction =
            m_hub.post(path("reactions"), {{"message_id", m_message}, {"emoji", "👍"}}, m_agent,
                       {{"Idempotency-Key", "react-1"}});
        QVERIFY2(reaction.status == 202, reaction.body.constData());
        const QJsonObject stored = reaction.json().value(QStringLiteral("message")).toObject();
        QCOMPARE(stored["type"].toString(), QStringLiteral("reaction"));
        QCOMPARE(stored["details"]["reaction"]["message_id"].toString(), m_customerWamid);

        // Retried with the same key: the same message, nothing sent twice.
        const HttpReply again =
            m_hub.post(path("reactions"), {{"message_id", m_message}, {"emoji", "👍"}}, m_agent,
                       {{"Idempotency-Key", "react-1"}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("message"))["id"], stored["id"]);

        QTRY_COMPARE_WITH_TIMEOUT(sentOfType(QStringLiteral("reaction")).size(), 1, 10000);
        const QJsonObject onTheWire = sentOfType(QStringLiteral("reaction")).first().toObject();
        QCOMPARE(onTheWire["reaction"]["message_id"].toString(), m_customerWamid);
        QCOMPARE(onTheWire["reaction"]["emoji"].toString(), QStringLiteral("👍"));
        // Graph took it: it has a wamid and moves on through the statuses.
        QTRY_COMPARE_WITH_TIMEOUT(messageState(stored["id"].toInteger()), QStringLiteral("read"),
                                  10000);

        // An empty emoji takes the reaction back, as Meta's reaction object does.
        QCOMPARE(m_hub
                     .post(path("reactions"), {{"message_id", m_message}, {"emoji", ""}}, m_agent,
                           {{"Idempotency-Key", "react-2"}})
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(sentOfType(QStringLiteral("reaction")).size(), 2, 10000);
        QCOMPARE(sentOfType(QStringLiteral("reaction")).last()["reaction"]["emoji"].toString(),
                 QString());
    }

    void aReactionIsOneEmojiOnAKnownMessage()
    {
        for (const QString &emoji :
             {QStringLiteral("ok"), QStringLiteral("👍 👍"), QStringLiteral("<script>")}) {
            const HttpReply refused = m_hub.post(
                path("reactions"), {{"message_id", m_message}, {"emoji", emoji}}, m_agent,
                {{"Idempotency-Key", QStringLiteral("react-bad-%1").arg(emoji.size()).toUtf8()}});
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json().value(QStringLiteral("error"))["code"].toString(),
                     QStringLiteral("emoji_invalid"));
        }
        QCOMPARE(m_hub
                     .post(path("reactions"), {{"message_id", 999999}, {"emoji", "👍"}}, m_agent,
                           {{"Idempotency-Key", "react-3"}})
                     .status,
                 404);
        QCOMPARE(m_hub
                     .post(path("reactions"), {{"message_id", m_message}}, m_agent,
                           {{"Idempotency-Key", "react-4"}})
                     .status,
                 400);
        QCOMPARE(m_hub.post(path("reactions"), {{"message_id", m_message}, {"emoji", "👍"}}, m_agent)
                     .status,
                 400); // no Idempotency-Key
    }

private:
    QString path(const char *route) const
    {
        return QStringLiteral("/api/v1/conversations/%1/%2")
            .arg(m_conversation)
            .arg(QLatin1String(route));
    }

    QJsonObject customerMessage()
    {
        QJsonObject found;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString() == QLatin1String("message.created") &&
                event["data"]["wamid"].toString() == m_customerWamid)
                found = event["data"].toObject();
        }
        return found;
    }

    QString messageState(qint64 id)
    {
        QString state;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString().startsWith(QLatin1String("message.")) &&
                event["data"]["id"].toInteger() == id)
                state = event["data"]["status"].toString();
        }
        return state;
    }

    QJsonArray sentOfType(const QString &type)
    {
        QJsonArray matching;
        for (const QJsonValue &sent : m_sim.sent(m_number)) {
            if (sent["type"].toString() == type)
                matching.append(sent);
        }
        return matching;
    }

    const QString m_number = QStringLiteral("5511987650091");
    QString m_customerWamid;
    qint64 m_conversation = 0;
    qint64 m_message = 0;
};

QTEST_GUILESS_MAIN(HubRepliesTest)
#include "tst_hubreplies.moc"
