// Who did what, against the real hub and simulator (issue #12): the agent is the author of
// every reply, note and activity; owner and status changes become lines in the conversation;
// "@name" in a note reaches the named agent alone, and only within that agent's scope.
#include "salessupportfixture.h"

#include "core/domain/ids.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class HubTeamworkTest : public QObject, protected SalesSupportFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // sal2 is called by name as well as login: "@Beatriz".
        QVERIFY(setUpSalesAndSupport({{"sal2", "Beatriz Lima"}}));
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/%1/routing").arg(m_channel),
                           {{"assign_to", "users"}, {"agents", QJsonArray{m_ids.value("sal")}}},
                           m_admin)
                     .status,
                 200);
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        const QJsonObject chat = writes(QStringLiteral("5511987650301"), "Oi, tem em azul?");
        m_conversation = chat["id"].toInteger();
        m_record = chat["record_id"].toInteger();
        QVERIFY(m_conversation > 0 && m_record > 0);
        QCOMPARE(chat["owner_id"].toInteger(), m_ids.value("sal"));
    }

    void theAgentIsTheAuthorOfRepliesNotesAndActivities()
    {
        const HttpReply reply =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversation),
                       {{"text", "Temos sim!"}}, m_sal, {{"Idempotency-Key", "teamwork-reply-1"}});
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value(QStringLiteral("message")).toObject()["author_id"].toInteger(),
                 m_ids.value("sal"));
        const HttpReply note =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/notes").arg(m_conversation),
                       {{"text", "Prefers the 38"}}, m_sal2);
        QCOMPARE(note.status, 201);
        QCOMPARE(note.json().value(QStringLiteral("message")).toObject()["author_id"].toInteger(),
                 m_ids.value("sal2"));
        const HttpReply activity =
            m_hub.post(QStringLiteral("/api/v1/records/%1/activities").arg(m_record),
                       {{"kind", "call"}, {"title", "Call about the size"}}, m_sal2);
        QCOMPARE(activity.status, 201);
        QCOMPARE(
            activity.json().value(QStringLiteral("activity")).toObject()["created_by"].toInteger(),
            m_ids.value("sal2"));
        // And so every desktop reads them: the events carry the same authors.
        const QJsonArray seen = events(m_sal);
        QCOMPARE(
            authorOf(seen,
                     reply.json().value(QStringLiteral("message")).toObject()["id"].toInteger()),
            m_ids.value("sal"));
        QCOMPARE(
            authorOf(seen,
                     note.json().value(QStringLiteral("message")).toObject()["id"].toInteger()),
            m_ids.value("sal2"));
    }

    void ownerAndStatusChangesAreLinesByTheirAgent()
    {
        const qint64 before = lastSeq();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/assign").arg(m_conversation),
                           {{"owner_id", m_ids.value("sal2")}}, m_sal)
                     .status,
                 200);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/status").arg(m_conversation),
                           {{"status", "closed"}}, m_sal2)
                     .status,
                 200);
        // The same again changes nothing, so it draws no line.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/status").arg(m_conversation),
                           {{"status", "closed"}}, m_sal2)
                     .status,
                 200);
        QList<QJsonObject> lines;
        for (const QJsonValue &event : events(m_sal2, before)) {
            const QJsonObject data = event["data"].toObject();
            if (event["type"] == QStringLiteral("message.created") &&
                data["conversation_id"].toInteger() == m_conversation &&
                data["details"].toObject().contains(QStringLiteral("team_line")))
                lines << data;
        }
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)["type"].toString(), QStringLiteral("note"));
        QCOMPARE(lines.at(0)["author_id"].toInteger(), m_ids.value("sal"));
        QCOMPARE(lines.at(0)["details"]["team_line"].toString(), QStringLiteral("assigned"));
        QCOMPARE(lines.at(0)["details"]["owner_id"].toInteger(), m_ids.value("sal2"));
        QCOMPARE(lines.at(0)["details"]["owner_name"].toString(), QStringLiteral("Beatriz Lima"));
        QCOMPARE(lines.at(0)["text"].toString(), QStringLiteral("Assigned to Beatriz Lima."));
        QCOMPARE(lines.at(1)["author_id"].toInteger(), m_ids.value("sal2"));
        QCOMPARE(lines.at(1)["details"]["team_line"].toString(), QStringLiteral("status"));
        QCOMPARE(lines.at(1)["details"]["status"].toString(), QStringLiteral("closed"));
        // Reopened for the next test.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/status").arg(m_conversation),
                           {{"status", "open"}}, m_sal2)
                     .status,
                 200);
    }

    void aMentionReachesOnlyTheNamedAgentWithinScope()
    {
        const qint64 before = lastSeq();
        const HttpReply note = m_hub.post(
            QStringLiteral("/api/v1/conversations/%1/notes").arg(m_conversation),
            {{"text", "@Beatriz can you check the stock? cc @sup @sal @nobody ana@example.com"}},
            m_sal);
        QCOMPARE(note.status, 201);
        const Id noteId = note.json().value(QStringLiteral("message")).toObject()["id"].toInteger();
        // sal2 (by first name) is told; sup is in Support and cannot see the conversation, sal
        // wrote it, ana is not named, "@nobody" is nobody and the address is not a mention.
        const QJsonArray toSal2 = mentionsAfter(m_sal2, before);
        QCOMPARE(toSal2.size(), 1);
        QCOMPARE(toSal2.first()["data"]["agent_id"].toInteger(), m_ids.value("sal2"));
        QCOMPARE(toSal2.first()["data"]["message_id"].toInteger(), noteId);
        QCOMPARE(toSal2.first()["data"]["conversation_id"].toInteger(), m_conversation);
        QCOMPARE(toSal2.first()["data"]["by"].toInteger(), m_ids.value("sal"));
        QCOMPARE(mentionsAfter(m_sup, before).size(), 0);
        QCOMPARE(mentionsAfter(m_sal, before).size(), 0);
        QCOMPARE(mentionsAfter(m_admin, before).size(), 0);
        // The admin sees every conversation: named by login, the admin is told.
        const qint64 second = lastSeq();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/notes").arg(m_conversation),
                           {{"text", "(@ana) please approve the discount"}}, m_sal)
                     .status,
                 201);
        QCOMPARE(mentionsAfter(m_admin, second).size(), 1);
        QCOMPARE(mentionsAfter(m_sal2, second).size(), 0);
    }

private:
    QJsonObject writes(const QString &from, const char *text)
    {
        const QString wamid = m_sim.inbound(from, QStringLiteral("Cliente ") + from.right(4),
                                            QString::fromUtf8(text));
        if (wamid.isEmpty())
            return {};
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            const QJsonArray all = events(m_admin);
            Id conversation = 0;
            for (const QJsonValue &event : all) {
                if (event["type"] == QStringLiteral("message.created") &&
                    event["data"]["wamid"].toString() == wamid)
                    conversation = event["data"]["conversation_id"].toInteger();
            }
            QJsonObject latest;
            for (const QJsonValue &event : all) {
                if (conversation != 0 &&
                    event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                    event["data"]["id"].toInteger() == conversation)
                    latest = event["data"].toObject();
            }
            if (!latest.isEmpty())
                return latest;
            QTest::qWait(50);
        }
        return {};
    }

    QJsonArray events(const QString &token, qint64 since = 0)
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(since), token)
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    // The log's position (not the last event the admin sees: another agent's mention.created
    // may come after it).
    qint64 lastSeq()
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_admin)
            .json()
            .value(QStringLiteral("next"))
            .toInteger();
    }

    QJsonArray mentionsAfter(const QString &token, qint64 since)
    {
        QJsonArray out;
        for (const QJsonValue &event : events(token, since)) {
            if (event["type"] == QStringLiteral("mention.created"))
                out.append(event);
        }
        return out;
    }

    static Id authorOf(const QJsonArray &events, Id messageId)
    {
        for (const QJsonValue &event : events) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["id"].toInteger() == messageId)
                return event["data"]["author_id"].toInteger();
        }
        return -1;
    }

    Id m_conversation = 0;
    Id m_record = 0;
};

QTEST_MAIN(HubTeamworkTest)
#include "tst_hubteamwork.moc"
