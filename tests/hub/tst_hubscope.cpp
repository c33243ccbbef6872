// A team's day against the real hub and simulator (issue #12): two departments, three agents.
// Sales' agents see Sales' conversations and nothing of Support's, in sync, the stream, records
// and every command, however they ask; each agent has their own unread count, and the customer
// gets a read receipt only when the one answering them reads; a conversation moved to another
// department leaves one team's desktops and enters the other's through events.
#include "hubprocess.h"
#include "simprocess.h"
#include "teamsetup.h"

#include "core/domain/ids.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace parley;
using namespace parley::testing;

namespace {

QString errorCode(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error"))[QStringLiteral("code")].toString();
}

} // namespace

class HubScopeTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const char *login : {"sal", "sal2", "sup"})
            QVERIFY(m_hub.addAgent(QString::fromLatin1(login), QStringLiteral("agent"),
                                   QString::fromLatin1(login) + QStringLiteral("-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_admin.isEmpty());
        QVERIFY(setUpDepartments(
            m_hub, m_admin, {{"sal", "Sales"}, {"sal2", "Sales"}, {"sup", "Support"}}, &m_ids));
        m_sal = m_hub.login(QStringLiteral("sal"), QStringLiteral("sal-password"));
        m_sal2 = m_hub.login(QStringLiteral("sal2"), QStringLiteral("sal2-password"));
        m_sup = m_hub.login(QStringLiteral("sup"), QStringLiteral("sup-password"));
        QVERIFY(!m_sal.isEmpty() && !m_sal2.isEmpty() && !m_sup.isEmpty());
        // The number is Sales'; it serves Support too; new customers go to sal.
        m_channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin)
                .first()["id"]
                .toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/%1").arg(m_channel),
                           {{"department", "Sales"}}, m_admin)
                     .status,
                 200);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/%1/routing").arg(m_channel),
                           {{"assign_to", "users"},
                            {"agents", QJsonArray{m_ids.value("sal")}},
                            {"departments", QJsonArray{"Support"}}},
                           m_admin)
                     .status,
                 200);
    }

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

    void eachAgentHasTheirOwnUnreadAndTheOwnerSendsTheReceipt()
    {
        const QString number = QStringLiteral("5511987650202");
        writes(number, "Primeira");
        const QJsonObject chat = writes(number, "Segunda");
        const Id conversation = chat["id"].toInteger();
        QCOMPARE(unread(m_sal, conversation), 2);
        QCOMPARE(unread(m_sal2, conversation), 2);

        // sal2 reads: only sal2's count clears, and the customer sees nothing (sal owns it).
        const HttpReply read2 = markRead(m_sal2, conversation);
        QCOMPARE(read2.status, 200);
        QCOMPARE(read2.json().value(QStringLiteral("receipt_sent")).toBool(), false);
        QCOMPARE(read2.json().value(QStringLiteral("conversation"))["unread_count"].toInt(), 0);
        QCOMPARE(unread(m_sal2, conversation), 0);
        QCOMPARE(unread(m_sal, conversation), 2);
        QCOMPARE(unread(m_admin, conversation), 2);
        QTest::qWait(500);
        QCOMPARE(readsOf(number), 0);

        // The owner reads: their count clears and the customer gets the receipt.
        const HttpReply read1 = markRead(m_sal, conversation);
        QCOMPARE(read1.json().value(QStringLiteral("receipt_sent")).toBool(), true);
        QCOMPARE(unread(m_sal, conversation), 0);
        QTRY_COMPARE_WITH_TIMEOUT(readsOf(number), 1, 5000);

        // The customer writes again: one unread for each of them.
        writes(number, "Terceira");
        QCOMPARE(unread(m_sal, conversation), 1);
        QCOMPARE(unread(m_sal2, conversation), 1);
        QCOMPARE(unread(m_admin, conversation), 3);

        // Unassigned: whoever reads sends the receipt.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/assign").arg(conversation),
                           {{"owner_id", 0}}, m_admin)
                     .status,
                 200);
        QCOMPARE(markRead(m_sal2, conversation).json().value("receipt_sent").toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(readsOf(number), 2, 5000);
        QCOMPARE(unread(m_sal, conversation), 1);
    }

    // The stream filters a page once for all the agents connected (issue #13): each still gets
    // exactly its own view of the same live page, with its own unread count.
    void severalAgentsStreamingEachGetTheirOwnViewOfALivePage()
    {
        const QString number = QStringLiteral("5511987650204");
        writes(number, "Um");
        const Id conversation = writes(number, "Dois")["id"].toInteger();
        QVERIFY(conversation != 0);
        QCOMPARE(markRead(m_sal2, conversation).status, 200);

        const qint64 since = lastSeq();
        const QList<QString> tokens{m_sal, m_sal2, m_sup, m_admin};
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        QList<QList<QJsonObject>> frames(tokens.size());
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            sockets.push_back(std::make_unique<QWebSocket>());
            connectFrames(*sockets.back(), tokens.at(i), &frames[i], since);
        }
        for (const auto &socket : sockets)
            QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::ConnectedState, 5000);

        writes(number, "Tres");
        const qint64 head = lastSeq();
        // Each stream's live events up to the page that holds the message.
        const auto live = [&](qsizetype i) {
            QJsonArray events;
            for (const QJsonObject &frame : std::as_const(frames.at(i)))
                for (const QJsonValue &event : frame["events"].toArray())
                    events.append(event);
            return events;
        };
        for (qsizetype i = 0; i < tokens.size(); ++i)
            QTRY_VERIFY_WITH_TIMEOUT(
                !frames.at(i).isEmpty() && frames.at(i).last()["next"].toInteger() >= head, 5000);
        const auto liveUnread = [&](qsizetype i) {
            int count = -1;
            for (const QJsonValue &event : live(i)) {
                if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                    event["data"]["id"].toInteger() == conversation)
                    count = event["data"]["unread_count"].toInt();
            }
            return count;
        };
        QCOMPARE(liveUnread(0), 3); // sal: never read it
        QCOMPARE(liveUnread(1), 1); // sal2: read the first two
        QCOMPARE(liveUnread(3), 3); // the admin
        QVERIFY(mentions(live(0), conversation, 0, QStringLiteral("Tres")));
        QVERIFY(mentions(live(1), conversation, 0, QStringLiteral("Tres")));
        QVERIFY(mentions(live(3), conversation, 0, QStringLiteral("Tres")));
        // Support: the same pages, nothing of Sales' conversation.
        QVERIFY(!mentions(live(2), conversation, 0));
        QVERIFY(!mentions(live(2), 0, 0, QStringLiteral("Tres")));
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

private:
    // A customer message through the simulator (so that WhatsApp knows it and can mark it
    // read); the conversation it landed in, as the admin last saw it.
    QJsonObject writes(const QString &from, const char *text)
    {
        const QString wamid = m_sim.inbound(from, QStringLiteral("Cliente ") + from.right(4),
                                            QString::fromUtf8(text));
        if (wamid.isEmpty())
            return {};
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            const QJsonObject found = conversationOf(wamid);
            if (!found.isEmpty())
                return found;
            QTest::qWait(50);
        }
        return {};
    }

    QJsonObject conversationOf(const QString &wamid)
    {
        const QJsonArray all = events(m_admin);
        Id conversation = 0;
        for (const QJsonValue &event : all) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == wamid)
                conversation = event["data"]["conversation_id"].toInteger();
        }
        QJsonObject found;
        for (const QJsonValue &event : all) {
            if (conversation == 0)
                break;
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == conversation)
                found = event["data"].toObject();
        }
        return found;
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
        const QJsonArray all = events(m_admin);
        return all.isEmpty() ? 0 : all.last()["seq"].toInteger();
    }

    // Whether any event shows the conversation, its messages or the record (0: not asked), or
    // carries `text`. conversation.left shows nothing: it tells a desktop to drop it.
    static bool mentions(const QJsonArray &events, Id conversation, Id record,
                         const QString &text = {})
    {
        for (const QJsonValue &event : events) {
            const QString type = event["type"].toString();
            const QJsonObject data = event["data"].toObject();
            if (conversation != 0 && type.startsWith(QLatin1String("conversation.")) &&
                type != QLatin1String("conversation.left") &&
                data["id"].toInteger() == conversation)
                return true;
            if (conversation != 0 && type.startsWith(QLatin1String("message.")) &&
                data["conversation_id"].toInteger() == conversation)
                return true;
            if (record != 0 && type == QLatin1String("record.updated") &&
                data["id"].toInteger() == record)
                return true;
            if (!text.isEmpty() && data["text"].toString() == text)
                return true;
        }
        return false;
    }

    QSet<qint64> recordIds(const QString &token)
    {
        QSet<qint64> ids;
        for (const QJsonValue &record : m_hub.getList(QStringLiteral("/api/v1/records?limit=500"),
                                                      QStringLiteral("records"), token))
            ids.insert(record["id"].toInteger());
        return ids;
    }

    // The conversation's unread count as `token`'s agent is told it (its last event).
    int unread(const QString &token, Id conversation)
    {
        int count = -1;
        for (const QJsonValue &event : events(token)) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == conversation)
                count = event["data"]["unread_count"].toInt();
        }
        return count;
    }

    HttpReply markRead(const QString &token, Id conversation)
    {
        return m_hub.post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation), {},
                          token);
    }

    // How many read receipts WhatsApp (the simulator) got for the customer.
    int readsOf(const QString &customer)
    {
        return int(
            QJsonDocument::fromJson(
                httpCall("GET", m_sim.url(QStringLiteral("/sim/read?from=") + customer)).body)
                .object()
                .value(QStringLiteral("reads"))
                .toArray()
                .size());
    }

    void connectFrames(QWebSocket &socket, const QString &token, QList<QJsonObject> *frames,
                       qint64 since = 0)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [frames](const QString &text) {
            frames->append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=%2")
                                         .arg(m_hub.port())
                                         .arg(since)));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        socket.open(request);
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    QString m_sal;
    QString m_sal2;
    QString m_sup;
    QHash<QString, Id> m_ids;
    Id m_channel = 0;
};

QTEST_GUILESS_MAIN(HubScopeTest)
#include "tst_hubscope.moc"
