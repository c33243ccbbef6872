// Several hubs, one team (issue #13 item 2): two parley-hub processes on one PostgreSQL store.
// The event log stays gap-free for a reader while both take webhooks; a stream on one hub gets
// what the other wrote; each reply leaves once although both drain the queue; one hub runs the
// timers and another takes over when it dies. Always on PostgreSQL (tests/support/pgserver.h);
// the load is bounded in count and time and stays on loopback.
#include "hubprocess.h"
#include "pgserver.h"
#include "simprocess.h"
#include "webhookload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>

using namespace parley;
using namespace parley::testing;

namespace {

const QByteArray appSecret = "multihub-app-secret";
} // namespace

class HubMultiHubTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!PgServer::shared())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL: ") + PgServer::error()));
    }

    // Two hubs take webhooks at once while a reader follows the log by its last seq, as a
    // desktop's sync does: every event ends up read. A seq drawn by one hub and committed after
    // a higher one of the other hub would be behind the reader's position when it appears.
    void aReaderOfTheLogNeverMissesAnEventUnderTwoWriters()
    {
        HubProcess first;
        HubProcess second;
        QVERIFY(startHubPair(first, second, appSecret));
        QSqlDatabase db = openTestDatabase(first.databaseUrl(), QStringLiteral("reader"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));

        qint64 cursor = 0;
        QSet<qint64> seen;
        QSqlQuery follow(db);
        const auto read = [&] {
            follow.prepare(QStringLiteral("SELECT seq FROM events WHERE seq > ? ORDER BY seq"));
            follow.addBindValue(cursor);
            if (!follow.exec())
                return;
            while (follow.next()) {
                const qint64 seq = follow.value(0).toLongLong();
                seen.insert(seq);
                cursor = seq;
            }
        };
        read();
        const qint64 start = cursor;
        // Batches of 100 messages on the first hub, each stored in one long transaction, while
        // single messages of another customer reach both hubs: the second hub's short
        // transactions would draw later seqs and commit while a batch is still being stored.
        QNetworkAccessManager manager;
        QList<QNetworkReply *> batches;
        const auto sendBatch = [&] {
            if (batches.size() < 6 && (batches.isEmpty() || batches.last()->isFinished()))
                batches.append(postBatchWebhook(
                    manager, first.url(QStringLiteral("/webhooks/whatsapp")), appSecret,
                    "wamid.batch-" + QByteArray::number(batches.size()) + "-", 100,
                    QStringLiteral("5511999990000")));
        };
        const LoadResult load = postLoad({first.url(QStringLiteral("/webhooks/whatsapp")),
                                          second.url(QStringLiteral("/webhooks/whatsapp"))},
                                         appSecret, "wamid.gapfree-", 600, 16, {}, [&] {
                                             sendBatch();
                                             read();
                                         });
        QVERIFY2(load.acknowledged.size() == 600, qPrintable(describeStatuses(load)));
        QTRY_VERIFY_WITH_TIMEOUT(batches.size() == 6 && batches.last()->isFinished(), 60000);
        for (QNetworkReply *batch : batches) {
            QCOMPARE(batch->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            batch->deleteLater();
        }
        read();

        QSqlQuery all(db);
        QVERIFY(all.exec(QStringLiteral("SELECT seq FROM events WHERE seq > %1").arg(start)));
        QList<qint64> missed;
        int total = 0;
        while (all.next()) {
            ++total;
            if (!seen.contains(all.value(0).toLongLong()))
                missed.append(all.value(0).toLongLong());
        }
        QVERIFY(total >= 1200);
        QVERIFY2(missed.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 events appeared behind the reader, e.g. %3")
                                .arg(missed.size())
                                .arg(total)
                                .arg(missed.value(0))));
        follow = QSqlQuery();
        all = QSqlQuery();
        db.close();
    }

    // A desktop streaming from one hub gets the events of a webhook the other hub took.
    void aStreamOnOneHubCarriesWhatTheOtherWrote()
    {
        HubProcess first;
        HubProcess second;
        QVERIFY(startHubPair(first, second, appSecret));
        const QString token = first.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!token.isEmpty());
        const QJsonArray before = first.events(token);
        const qint64 since =
            before.isEmpty() ? 0 : before.last()[QStringLiteral("seq")].toInteger();

        QWebSocket stream;
        QStringList frames;
        connect(&stream, &QWebSocket::textMessageReceived, this,
                [&frames](const QString &frame) { frames.append(frame); });
        QUrl url = first.url(QStringLiteral("/api/v1/stream"));
        url.setScheme(QStringLiteral("ws"));
        url.setQuery(QStringLiteral("since=%1&token=%2").arg(since).arg(token));
        stream.open(url);
        QTRY_COMPARE_WITH_TIMEOUT(stream.state(), QAbstractSocket::ConnectedState, 10000);

        QNetworkAccessManager manager;
        QNetworkReply *reply = postWebhook(
            manager, second.url(QStringLiteral("/webhooks/whatsapp")), appSecret, "wamid.across-1");
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        QTRY_VERIFY_WITH_TIMEOUT(
            frames.join(QLatin1Char('\n')).contains(QLatin1String("wamid.across-1")), 10000);
        stream.close();
    }

    // Both hubs drain the one outgoing queue: replies queued on either leave from whichever
    // claims them first, and the simulated WhatsApp receives each exactly once.
    void eachReplyLeavesOnceFromTwoHubs()
    {
        HubProcess first;
        first.setFastPasswordHashing(true);
        QVERIFY(first.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        SimProcess sim;
        QVERIFY(startHubWithSim(first, sim));
        HubProcess second;
        second.setFastPasswordHashing(true);
        QVERIFY(second.shareStoreOf(first));
        QVERIFY2(second.start(), second.log().constData());
        const QString token = first.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(
            first.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, token).status,
            200);

        const int customers = 8;
        for (int i = 0; i < customers; ++i)
            QVERIFY(!sim.inbound(QStringLiteral("55119876540%1").arg(i), QStringLiteral("Cliente"),
                                 QStringLiteral("Oi %1").arg(i))
                         .isEmpty());
        QList<qint64> conversations;
        QTRY_VERIFY_WITH_TIMEOUT(
            (conversations = conversationIds(first, token)).size() == customers, 10000);

        // Six replies per conversation, alternating between the hubs, all in flight together.
        QNetworkAccessManager manager;
        QList<QNetworkReply *> replies;
        QSet<QString> texts;
        for (int round = 0; round < 6; ++round) {
            for (const qint64 conversation : conversations) {
                HubProcess &hub = (round % 2) ? second : first;
                const QString text = QStringLiteral("resposta %1-%2").arg(conversation).arg(round);
                texts.insert(text);
                QNetworkRequest request(
                    hub.url(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation)));
                request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
                request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
                request.setRawHeader("Idempotency-Key", text.toUtf8().toHex());
                replies.append(
                    manager.post(request, QJsonDocument(QJsonObject{{"text", text}}).toJson()));
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 20000);
        for (QNetworkReply *reply : replies) {
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
            reply->deleteLater();
        }
        const auto sentTexts = [&sim] {
            QStringList out;
            for (const QJsonValue &sent : sim.sent()) {
                if (sent[QStringLiteral("type")].toString() == QLatin1String("text"))
                    out.append(sent[QStringLiteral("text")].toString());
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(sentTexts().size(), int(texts.size()), 20000);
        // Both hubs keep draining a while longer: nothing leaves a second time.
        QTest::qWait(1500);
        const QStringList sent = sentTexts();
        QCOMPARE(sent.size(), int(texts.size()));
        QCOMPARE(QSet<QString>(sent.cbegin(), sent.cend()), texts);
    }

    // One hub runs the timers; when it dies (kill -9) the other takes over by itself.
    void theTimersHaveOneLeaderTakenOverWhenItDies()
    {
        HubProcess first;
        HubProcess second;
        QVERIFY(startHubPair(first, second, appSecret));
        QTRY_COMPARE_WITH_TIMEOUT(hubMetric(first, "parley_leader") +
                                      hubMetric(second, "parley_leader"),
                                  qint64(1), 10000);
        HubProcess &leader = hubMetric(first, "parley_leader") == 1 ? first : second;
        HubProcess &other = &leader == &first ? second : first;
        QCOMPARE(hubMetric(other, "parley_leader"), qint64(0));
        leader.kill();
        QTRY_COMPARE_WITH_TIMEOUT(hubMetric(other, "parley_leader"), qint64(1), 10000);
    }

private:
    static QList<qint64> conversationIds(HubProcess &hub, const QString &token)
    {
        QList<qint64> ids;
        for (const QJsonValue &event : hub.events(token)) {
            if (event[QStringLiteral("type")].toString() == QLatin1String("conversation.created"))
                ids.append(event[QStringLiteral("data")][QStringLiteral("id")].toInteger());
        }
        return ids;
    }
};

int main(int argc, char **argv)
{
    // Several hubs share one store only on PostgreSQL; quick polls so a takeover is seen soon.
    qputenv("PARLEY_TEST_DB", "postgresql");
    qputenv("PARLEY_HUB_LEADER_POLL_MS", "200");
    QCoreApplication app(argc, argv);
    HubMultiHubTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hubmultihub.moc"
