// Presence (issue #12) from outside: two agents' streams in one department see each other
// viewing and typing, a third agent out of scope gets nothing, a closed socket's presence ends,
// what a hostile client sends is validated and rate-limited, and nothing reaches the store.
#include "salessupportfixture.h"

#include "core/domain/ids.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace parley;
using namespace parley::testing;

namespace {

// One desktop's stream: what presence frames it got, and a way to send its own.
class Stream : public QObject {
public:
    Stream(quint16 port, const QString &token)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            if (frame.contains(QStringLiteral("presence")))
                presence.append(frame[QStringLiteral("presence")].toObject());
            else
                ++batches;
        });
        connect(&socket, &QWebSocket::disconnected, this, [this] { closed = true; });
        socket.open(request);
    }
    bool waitOpen()
    {
        return QTest::qWaitFor([this] { return batches > 0; }, 10000);
    }
    void say(Id conversationId, const char *state)
    {
        socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{"presence", QJsonObject{{"conversation_id", conversationId},
                                                               {"state", state}}}})
                .toJson(QJsonDocument::Compact)));
    }
    // The latest list of others in the conversation ("name:state" each), or "none".
    QString others(Id conversationId) const
    {
        for (auto it = presence.crbegin(); it != presence.crend(); ++it) {
            if ((*it)["conversation_id"].toInteger() != conversationId)
                continue;
            QStringList out;
            for (const QJsonValue &agent : (*it)["agents"].toArray())
                out << agent["name"].toString() + QLatin1Char(':') + agent["state"].toString();
            return out.join(QLatin1Char(','));
        }
        return QStringLiteral("none");
    }

    QWebSocket socket;
    QList<QJsonObject> presence;
    int batches = 0;
    bool closed = false;
};

} // namespace

class HubPresenceTest : public QObject, protected SalesSupportFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(setUpSalesAndSupport({{"sal", "Ana"}, {"sal2", "Beatriz"}}));
        m_conversation = customerWrites(QStringLiteral("5511987650501"));
        QVERIFY(m_conversation > 0);
    }

    void viewingAndTypingReachTheOtherAgentsInScopeOnly()
    {
        const qint64 before = lastSeq();
        Stream ana(m_hub.port(), m_sal);
        Stream beatriz(m_hub.port(), m_sal2);
        Stream support(m_hub.port(), m_sup);
        QVERIFY(ana.waitOpen() && beatriz.waitOpen() && support.waitOpen());

        ana.say(m_conversation, "viewing");
        QTRY_COMPARE(beatriz.others(m_conversation), QStringLiteral("Ana:viewing"));
        // The newcomer is told who is there already (nobody), and never about itself.
        QTRY_COMPARE(ana.others(m_conversation), QString());
        beatriz.say(m_conversation, "viewing");
        QTRY_COMPARE(ana.others(m_conversation), QStringLiteral("Beatriz:viewing"));
        QTRY_COMPARE(beatriz.others(m_conversation), QStringLiteral("Ana:viewing"));
        ana.say(m_conversation, "typing");
        QTRY_COMPARE(beatriz.others(m_conversation), QStringLiteral("Ana:typing"));
        // Typing fades by itself without a refresh (6 s).
        QTRY_COMPARE_WITH_TIMEOUT(beatriz.others(m_conversation), QStringLiteral("Ana:viewing"),
                                  15000);
        ana.say(m_conversation, "left");
        QTRY_COMPARE(beatriz.others(m_conversation), QString());

        // Support cannot see the conversation: it learns nothing, and saying it is there is
        // refused without a relay.
        support.say(m_conversation, "viewing");
        ana.say(m_conversation, "viewing");
        QTRY_COMPARE(beatriz.others(m_conversation), QStringLiteral("Ana:viewing"));
        QVERIFY(support.presence.isEmpty());
        QVERIFY(!beatriz.others(m_conversation).contains(QLatin1String("sup")));

        // Never stored: not one event appended by all of this.
        QCOMPARE(lastSeq(), before);
    }

    void aClosedSocketsPresenceEnds()
    {
        Stream beatriz(m_hub.port(), m_sal2);
        QVERIFY(beatriz.waitOpen());
        {
            Stream ana(m_hub.port(), m_sal);
            QVERIFY(ana.waitOpen());
            ana.say(m_conversation, "typing");
            QTRY_COMPARE(beatriz.others(m_conversation), QStringLiteral("Ana:typing"));
            ana.socket.close();
        }
        QTRY_COMPARE(beatriz.others(m_conversation), QString());
    }

    void whatAHostileClientSendsIsCheckedAndLimited()
    {
        Stream beatriz(m_hub.port(), m_sal2);
        Stream hostile(m_hub.port(), m_sal);
        QVERIFY(beatriz.waitOpen() && hostile.waitOpen());
        // Malformed frames relay nothing.
        for (const QString &bad :
             {QStringLiteral("not json"), QStringLiteral("{\"presence\":{}}"),
              QStringLiteral("{\"presence\":{\"conversation_id\":\"%1\",\"state\":\"viewing\"}}")
                  .arg(m_conversation),
              QStringLiteral("{\"presence\":{\"conversation_id\":%1,\"state\":\"dancing\"}}")
                  .arg(m_conversation),
              QStringLiteral("{\"presence\":{\"conversation_id\":-3,\"state\":\"viewing\"}}"),
              QStringLiteral("{\"presence\":{\"conversation_id\":1.5,\"state\":\"viewing\"}}"),
              QStringLiteral("{\"presence\":{\"conversation_id\":999999,\"state\":\"viewing\"}}")})
            hostile.socket.sendTextMessage(bad);
        // A well-formed one after them still counts (within the budget: the bucket holds 8).
        hostile.say(m_conversation, "viewing");
        QTRY_COMPARE(beatriz.others(m_conversation), QStringLiteral("Ana:viewing"));
        const int relayed = beatriz.presence.size();
        // A flood: refused past the budget, relayed at most once more, then the socket closed.
        for (int i = 0; i < 200 && hostile.socket.state() == QAbstractSocket::ConnectedState; ++i)
            hostile.say(m_conversation, i % 2 == 0 ? "typing" : "viewing");
        QTRY_VERIFY_WITH_TIMEOUT(hostile.closed, 10000);
        QVERIFY(hostile.socket.closeCode() == QWebSocketProtocol::CloseCodePolicyViolated);
        QTRY_COMPARE(beatriz.others(m_conversation), QString()); // closed: gone
        QVERIFY2(beatriz.presence.size() - relayed <= 12,
                 qPrintable(QString::number(beatriz.presence.size() - relayed)));
        QCOMPARE(beatriz.closed, false);
    }

private:
    Id customerWrites(const QString &from)
    {
        const QString wamid = m_sim.inbound(from, QStringLiteral("Cliente"), QStringLiteral("Oi"));
        if (wamid.isEmpty())
            return 0;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            for (const QJsonValue &event :
                 m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_admin)
                     .json()["events"]
                     .toArray()) {
                if (event["type"] == QStringLiteral("message.created") &&
                    event["data"]["wamid"].toString() == wamid)
                    return event["data"]["conversation_id"].toInteger();
            }
            QTest::qWait(50);
        }
        return 0;
    }

    qint64 lastSeq()
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_admin)
            .json()
            .value(QStringLiteral("next"))
            .toInteger();
    }

    Id m_conversation = 0;
};

QTEST_MAIN(HubPresenceTest)
#include "tst_hubpresence.moc"
