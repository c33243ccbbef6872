// The stream's replay of a long log against the real hub process (issue #11 item 3): a desktop
// connecting with since=0 and reading slowly does not keep the hub from answering webhooks, and
// still gets every event once, in order, the webhooks' own after the log it replayed.

#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"
#include "hub/store/eventlog.h"
#include "hub/store/hubdatabase.h"
#include "hubprocess.h"
#include "rawclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QWebSocket>

using namespace parley;
using namespace parley::hub;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("replay-secret");

// A signed webhook carrying one customer text, as Meta sends it.
QByteArray webhookRequest(int i)
{
    whatsapp::InboundMessage message;
    message.origin = {QStringLiteral("102290129340398"), QStringLiteral("106540352242922"),
                      QStringLiteral("15550783881")};
    message.from = QStringLiteral("5511988880%1").arg(100 + i);
    message.profileName = QStringLiteral("Cliente %1").arg(i);
    message.wamid = QStringLiteral("wamid.replay.%1").arg(i);
    message.timestamp = QDateTime::currentMSecsSinceEpoch();
    message.type = QStringLiteral("text");
    message.text = QStringLiteral("during the replay %1").arg(i);
    const QByteArray body = whatsapp::webhookBody(whatsapp::WebhookUpdate(message));
    return "POST /webhooks/whatsapp HTTP/1.1\r\nHost: hub\r\nContent-Type: application/json\r\n"
           "X-Hub-Signature-256: " +
           whatsapp::webhookSignature(appSecret.toUtf8(), body) +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class HubStreamReplayTest : public QObject {
    Q_OBJECT
private slots:
    void slowReplayDoesNotHoldWebhooksBack();
};

void HubStreamReplayTest::slowReplayDoesNotHoldWebhooksBack()
{
    HubProcess hub;
    QVERIFY(hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                         QStringLiteral("ana-password")));
    QVERIFY(hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                           QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                           appSecret, QStringLiteral("vt")));
    // A long log written straight into the store before the hub starts: 40,000 events of about
    // 400 bytes, some 16 MB of frames (80 pages), in one transaction.
    const int logged = 40000;
    qint64 lastLogged = 0;
    {
        HubDatabase db;
        QVERIFY2(db.open(hub.dataDir(), hub.databaseUrl()), qPrintable(db.errorString()));
        EventLog events(db);
        const QString body(300, QLatin1Char('p'));
        QVERIFY(db.begin());
        for (int i = 1; i <= logged; ++i) {
            lastLogged = events.append(EventType::PredefinedTextUpdated,
                                       {{QStringLiteral("id"), i},
                                        {QStringLiteral("name"), QStringLiteral("text %1").arg(i)},
                                        {QStringLiteral("module"), QStringLiteral("leads")},
                                        {QStringLiteral("body"), body},
                                        {QStringLiteral("created_by"), 1},
                                        {QStringLiteral("updated_at"), qint64(1700000000000) + i}},
                                       1700000000000);
            QVERIFY(lastLogged > 0);
        }
        QVERIFY(db.commit());
    }
    // A bound of 256 kB: the slow stream below is held at it for most of its replay.
    QVERIFY(hub.start(10000, 0,
                      {QStringLiteral("--stream-max-unsent-bytes"), QStringLiteral("262144")}));
    const QString token = hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
    QVERIFY(!token.isEmpty());

    // The slow desktop: it reads only while this test runs its event loop.
    QWebSocket stream;
    QList<qint64> seqs;
    qint64 next = 0;
    QString problem;
    connect(&stream, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        SyncBatch batch;
        if (!fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), &batch, &problem))
            return;
        for (const Event &event : batch.events)
            seqs.append(event.seq);
        next = qMax(next, batch.next);
    });
    stream.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=0&token=%2")
                         .arg(hub.port())
                         .arg(token)));
    QTRY_VERIFY_WITH_TIMEOUT(next > 0, 10000);

    // Webhooks while the replay goes on: written and answered on a connection of their own,
    // without this test's event loop (so the stream takes nothing meanwhile), a short read of
    // the stream between them.
    const int webhooks = 10;
    RawClient intake(hub.port());
    for (int i = 0; i < webhooks; ++i) {
        intake.send(webhookRequest(i));
        const QList<RawAnswer> answers = intake.read(i + 1, 20000);
        QCOMPARE(answers.size(), i + 1);
        QCOMPARE(answers.last().status, 200);
        QTest::qWait(5);
    }

    // Then the stream reads on: the whole log and the webhooks' events, each once, in order.
    // Bounded by progress, not by speed: it fails when the stream stops moving for 30 s, so a
    // sanitizer build on a loaded machine only takes longer.
    const auto caughtUp = [&] {
        return next > lastLogged && !seqs.isEmpty() && seqs.last() == next && seqs.size() > logged;
    };
    while (!caughtUp()) {
        const qsizetype before = seqs.size();
        QTRY_VERIFY2_WITH_TIMEOUT(
            caughtUp() || seqs.size() > before,
            qPrintable(QStringLiteral("stuck at %1 of %2").arg(next).arg(lastLogged)), 30000);
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (int i = 1; i < seqs.size(); ++i)
        QVERIFY2(seqs.at(i) == seqs.at(i - 1) + 1,
                 qPrintable(QStringLiteral("%1 after %2").arg(seqs.at(i)).arg(seqs.at(i - 1))));
    QCOMPARE(seqs.first(), qint64(1));
    // Every webhook's message reached the stream after the replayed log.
    const HttpReply tail =
        hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(lastLogged), token);
    int messages = 0;
    for (const QJsonValue &event : tail.json().value(QStringLiteral("events")).toArray()) {
        messages += event[QStringLiteral("type")] == QStringLiteral("message.created") ? 1 : 0;
        QVERIFY(seqs.contains(event[QStringLiteral("seq")].toInteger()));
    }
    QCOMPARE(messages, webhooks);
    QCOMPARE(stream.state(), QAbstractSocket::ConnectedState);
}

QTEST_MAIN(HubStreamReplayTest)
#include "tst_hubstreamreplay.moc"
