// The durable send queue under a Graph outage and a crash, end to end: the real parley-hub sends
// through the real parley-cloudsim, Graph fails (the sim's /sim/fail-next) and then hangs (the
// sim paused) while the hub is killed and restarted; when Graph is well again every reply reaches
// the sim's sent ledger exactly once and, per conversation, in the order the agent wrote them.
#include "hubprocess.h"
#include "simprocess.h"

#include <QHash>
#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

namespace {

constexpr int conversationCount = 20;
constexpr int repliesEach = 3;
// OutgoingWorker::maxInFlight: the hub claims no more sends than it has connections to Graph,
// so a crash leaves at most this many whose fate it cannot know.
constexpr int maxInFlight = 6;

QString customerNumber(int index)
{
    return QStringLiteral("55119876510%1").arg(index, 2, 10, QLatin1Char('0'));
}

QString replyText(int conversation, int reply)
{
    return QStringLiteral("conversa %1, resposta %2").arg(conversation).arg(reply);
}

} // namespace

class SendQueueTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Retries at most 50 ms apart, so an outage of many attempts fits in a test.
        qputenv("PARLEY_HUB_RETRY_MAX_MS", "50");
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_token = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_token.isEmpty());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_token).status,
            200);
        QStringList wamids;
        for (int i = 0; i < conversationCount; ++i) {
            wamids.append(m_sim.inbound(customerNumber(i), QStringLiteral("Cliente %1").arg(i),
                                        QStringLiteral("Oi, tudo bem?")));
            QVERIFY(!wamids.last().isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(conversationsOf(wamids), 10000);
    }

    void repliesSurviveAnOutageAndACrashOnceAndInOrder()
    {
        // Graph is down: every send is answered 503 until further notice.
        QVERIFY(m_sim.failNext(0, 1000000, 503));
        for (int reply = 0; reply < repliesEach; ++reply) {
            for (int i = 0; i < conversationCount; ++i) {
                const HttpReply queued = m_hub.post(
                    QStringLiteral("/api/v1/conversations/%1/messages").arg(m_conversations[i]),
                    {{QStringLiteral("text"), replyText(i, reply)}}, m_token,
                    {{"Idempotency-Key", QStringLiteral("q-%1-%2").arg(i).arg(reply).toUtf8()}});
                QCOMPARE(queued.status, 202);
            }
        }
        // Far more failed attempts than the 12 after which the hub used to give up.
        QTRY_VERIFY_WITH_TIMEOUT(injected() >= conversationCount * 15, 60000);

        // Graph hangs: requests are taken but never answered. The hub is killed with requests in
        // flight and comes back while Graph is still failing.
        m_sim.pause();
        QTest::qWait(1500);
        m_hub.kill();
        QVERIFY2(m_hub.start(), m_hub.log().constData());
        m_sim.resume();
        QVERIFY(m_sim.setWebhook(m_hub.url(QStringLiteral("/webhooks/whatsapp")).toString()));
        const qint64 injectedAfterRestart = injected();
        QTRY_VERIFY_WITH_TIMEOUT(injected() >= injectedAfterRestart + conversationCount * 3, 30000);

        // Graph is well again.
        QVERIFY(m_sim.failNext(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(queuedReplies() == 0, 30000);

        int unknown = 0;
        for (int i = 0; i < conversationCount; ++i) {
            const QJsonArray messages = replies(i);
            QCOMPARE(messages.size(), repliesEach);
            QSet<QString> mayBeMissing;
            for (const QJsonValue &message : messages) {
                if (message["status"].toString() != QLatin1String("failed"))
                    continue;
                QCOMPARE(message["failure_code"].toString(), QStringLiteral("delivery_unknown"));
                mayBeMissing.insert(message["text"].toString());
                ++unknown;
            }
            // The sim's ledger: each reply once (a delivery_unknown one at most once), in order.
            QList<int> order;
            for (const QJsonValue &sent : m_sim.sent(customerNumber(i))) {
                for (int reply = 0; reply < repliesEach; ++reply) {
                    if (sent["text"].toString() == replyText(i, reply))
                        order.append(reply);
                }
            }
            for (int reply = 0; reply < repliesEach; ++reply) {
                const qsizetype count = order.count(reply);
                if (mayBeMissing.contains(replyText(i, reply)))
                    QVERIFY2(count <= 1, qPrintable(replyText(i, reply)));
                else
                    QVERIFY2(count == 1, qPrintable(QStringLiteral("%1 sent %2 times")
                                                        .arg(replyText(i, reply))
                                                        .arg(count)));
            }
            for (int k = 1; k < order.size(); ++k)
                QVERIFY2(order[k - 1] < order[k],
                         qPrintable(QStringLiteral("conversation %1 went out of order").arg(i)));
        }
        // Only what was really on the wire when the hub died is of unknown fate.
        qInfo("%d replies of unknown fate after the crash", unknown);
        QVERIFY2(unknown <= maxInFlight, qPrintable(QString::number(unknown)));
    }

private:
    bool conversationsOf(const QStringList &wamids)
    {
        m_conversations.clear();
        QHash<QString, qint64> byWamid;
        for (const QJsonValue &event : m_hub.events(m_token)) {
            if (event["type"] == QStringLiteral("message.created"))
                byWamid.insert(event["data"]["wamid"].toString(),
                               event["data"]["conversation_id"].toInteger());
        }
        for (const QString &wamid : wamids) {
            if (!byWamid.value(wamid))
                return false;
            m_conversations.append(byWamid.value(wamid));
        }
        return true;
    }

    qint64 injected() { return m_sim.state().value("graph")["injected"].toInteger(); }

    // The agent's replies in conversation `index`, oldest first.
    QJsonArray replies(int index)
    {
        QJsonArray out;
        const QJsonArray messages =
            m_hub
                .get(QStringLiteral("/api/v1/conversations/%1/messages?limit=500")
                         .arg(m_conversations[index]),
                     m_token)
                .json()
                .value(QStringLiteral("messages"))
                .toArray();
        for (const QJsonValue &message : messages) {
            if (message["direction"].toString() == QLatin1String("out"))
                out.append(message);
        }
        return out;
    }

    int queuedReplies()
    {
        int queued = 0;
        for (int i = 0; i < conversationCount; ++i) {
            for (const QJsonValue &message : replies(i))
                queued += message["status"].toString() == QLatin1String("queued") ? 1 : 0;
        }
        return queued;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_token;
    QList<qint64> m_conversations;
};

QTEST_GUILESS_MAIN(SendQueueTest)
#include "tst_sendqueue.moc"
