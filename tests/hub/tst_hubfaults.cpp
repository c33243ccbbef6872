// Faults the hub must survive without losing an acknowledged message: a kill -9 in the middle of
// a webhook load, and a store whose disk fills up and is freed again. The real parley-hub runs
// as a process; the load is bounded in count and time and stays on loopback.
#include "core/whatsapp/signature.h"
#include "hubprocess.h"
#include "pgserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/mount.h>
#include <unistd.h>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("faults-app-secret");
const QString fixtureNumber = QStringLiteral("106540352242922");
const QByteArray fixtureWamid = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=";

QByteArray messageBody(const QByteArray &wamid)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/message_text.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture message_text.json");
    return file.readAll().replace(fixtureWamid, wamid);
}

// Posts signed webhooks, `parallel` at a time, until `total` were sent or `stopAfterAcks`
// were acknowledged (then the caller's `onAckLimit` runs once, e.g. a kill -9). Returns the
// wamids answered 200; `refused` gets those answered otherwise or not at all.
struct LoadResult {
    QSet<QByteArray> acknowledged;
    QSet<QByteArray> refused;
};

LoadResult postLoad(const QUrl &url, const QByteArray &prefix, int total, int parallel,
                    int stopAfterAcks = -1, const std::function<void()> &onAckLimit = {})
{
    QNetworkAccessManager manager;
    LoadResult result;
    int sent = 0;
    int inFlight = 0;
    bool limitReached = false;
    QEventLoop loop;
    std::function<void()> sendNext = [&] {
        while (inFlight < parallel && sent < total && !limitReached) {
            const QByteArray wamid = prefix + QByteArray::number(sent++);
            const QByteArray body = messageBody(wamid);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            request.setRawHeader(whatsapp::signatureHeader,
                                 whatsapp::webhookSignature(appSecret.toUtf8(), body));
            request.setTransferTimeout(10000);
            QNetworkReply *reply = manager.post(request, body);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, wamid] {
                reply->deleteLater();
                --inFlight;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 200)
                    result.acknowledged.insert(wamid);
                else
                    result.refused.insert(wamid);
                if (!limitReached && stopAfterAcks > 0 &&
                    result.acknowledged.size() >= stopAfterAcks) {
                    limitReached = true;
                    if (onAckLimit)
                        onAckLimit();
                }
                if (inFlight == 0 && (sent == total || limitReached))
                    loop.quit();
                else
                    sendNext();
            });
        }
    };
    sendNext();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a bound, not an expectation
    loop.exec();
    return result;
}

} // namespace

class HubFaultsTest : public QObject {
    Q_OBJECT
private slots:
    void everyAcknowledgedMessageSurvivesAKillUnderLoad()
    {
        HubProcess hub;
        QVERIFY(hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                             QStringLiteral("ana-password")));
        QVERIFY(hub.addChannel(fixtureNumber, QStringLiteral("15550783881"),
                               QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                               appSecret, QStringLiteral("verify")));
        QVERIFY2(hub.start(), hub.log().constData());
        const quint16 port = hub.port();

        // 600 webhooks, 16 at a time; after the 150th 200 the hub dies mid-load.
        const LoadResult load = postLoad(hub.url(QStringLiteral("/webhooks/whatsapp")),
                                         "wamid.kill-", 600, 16, 150, [&hub] { hub.kill(); });
        QVERIFY(load.acknowledged.size() >= 150);
        QVERIFY(!hub.isRunning());

        QVERIFY2(hub.start(10000, port), hub.log().constData());
        const QString token = hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!token.isEmpty());
        const QHash<QByteArray, QSet<qint64>> stored = storedMessages(hub, token);
        for (const QByteArray &wamid : load.acknowledged) {
            QVERIFY2(stored.contains(wamid), wamid.constData());
            QCOMPARE(stored.value(wamid).size(), 1);
        }
        // What was not acknowledged may or may not be there (Meta retries it), but never twice.
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QCOMPARE(it.value().size(), 1);

        // Meta's retries of the whole load add nothing and lose nothing.
        const LoadResult retry =
            postLoad(hub.url(QStringLiteral("/webhooks/whatsapp")), "wamid.kill-", 600, 16);
        QCOMPARE(retry.acknowledged.size(), 600);
        const QHash<QByteArray, QSet<qint64>> after = storedMessages(hub, token);
        QCOMPARE(after.size(), 600);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(it.value().size(), 1);
    }

    // Durable acknowledgements (issue #13): webhooks that reach the hub together are stored in
    // one commit that waits for the disk, and each is answered only after it, so a kill -9 right
    // after the answers loses none of them.
    void webhooksArrivingTogetherShareOneDurableCommit()
    {
        HubProcess hub;
        QVERIFY(hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                             QStringLiteral("ana-password")));
        QVERIFY(hub.addChannel(fixtureNumber, QStringLiteral("15550783881"),
                               QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                               appSecret, QStringLiteral("verify")));
        QVERIFY2(hub.start(), hub.log().constData());
        const quint16 port = hub.port();

        // The hub is stopped while the webhooks are sent, so that they are all waiting in its
        // sockets when it goes on: they arrive together.
        hub.pause();
        QTimer::singleShot(300, [&hub] { hub.resume(); });
        const LoadResult load =
            postLoad(hub.url(QStringLiteral("/webhooks/whatsapp")), "wamid.group-", 6, 6);
        QCOMPARE(load.acknowledged.size(), 6);

        const QByteArray metrics = hub.get(QStringLiteral("/metrics")).body;
        const auto counter = [&metrics](const QByteArray &name) {
            for (const QByteArray &line : metrics.split('\n')) {
                if (line.startsWith(name + ' '))
                    return line.mid(name.size() + 1).toLongLong();
            }
            return qint64(-1);
        };
        QCOMPARE(counter("parley_store_grouped_webhooks_total"), qint64(6));
        const qint64 commits = counter("parley_store_group_commits_total");
        QVERIFY2(commits >= 1 && commits < 6, metrics.constData());

        hub.kill();
        QVERIFY2(hub.start(10000, port), hub.log().constData());
        const QString token = hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        const QHash<QByteArray, QSet<qint64>> stored = storedMessages(hub, token);
        for (const QByteArray &wamid : load.acknowledged) {
            QVERIFY2(stored.contains(wamid), wamid.constData());
            QCOMPARE(stored.value(wamid).size(), 1);
        }
    }

    void aFullStoreDiskRefusesThenRecovers()
    {
        if (testsOnPostgres())
            QSKIP("on PostgreSQL the store is not in the data folder this test fills");
        if (geteuid() != 0)
            QSKIP("mounting a small tmpfs for the store needs root (CI runs as root)");
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        const QByteArray where = QFile::encodeName(mountPoint.path());
        QCOMPARE(::mount("tmpfs", where.constData(), "tmpfs", 0, "size=8m,mode=0700"), 0);
        struct Unmount {
            QByteArray where;
            ~Unmount() { ::umount2(where.constData(), MNT_DETACH); }
        } unmount{where};

        const QString dataDir = mountPoint.path() + QStringLiteral("/store");
        QVERIFY(QDir().mkpath(dataDir));
        LoadResult all;
        {
            HubProcess hub(dataDir);
            QVERIFY(hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                                 QStringLiteral("ana-password")));
            QVERIFY(hub.addChannel(fixtureNumber, QStringLiteral("15550783881"),
                                   QStringLiteral("http://127.0.0.1:9/v23.0"),
                                   QStringLiteral("tok"), appSecret, QStringLiteral("verify")));
            QVERIFY2(hub.start(), hub.log().constData());
            const QUrl webhook = hub.url(QStringLiteral("/webhooks/whatsapp"));

            const LoadResult before = postLoad(webhook, "wamid.disk-a-", 50, 4);
            QCOMPARE(before.acknowledged.size(), 50);

            // Fill the disk to the last byte.
            const QString fillerPath = mountPoint.path() + QStringLiteral("/filler");
            {
                QFile filler(fillerPath);
                QVERIFY(filler.open(QIODevice::WriteOnly));
                const QByteArray block(64 * 1024, 'x');
                while (filler.write(block) == block.size() && filler.flush()) {
                }
                const QByteArray byte(1, 'x');
                while (filler.write(byte) == 1 && filler.flush()) {
                }
            }
            const LoadResult full = postLoad(webhook, "wamid.disk-b-", 200, 4);
            // A full disk is refused (5xx, so Meta retries), never acknowledged and dropped.
            QVERIFY2(!full.refused.isEmpty(), "the hub acknowledged everything on a full disk");
            QVERIFY(hub.isRunning());

            QVERIFY(QFile::remove(fillerPath));
            const LoadResult freed = postLoad(webhook, "wamid.disk-b-", 200, 4);
            QCOMPARE(freed.acknowledged.size(), 200);
            QCOMPARE(hub.get(QStringLiteral("/healthz")).status, 200);

            all.acknowledged = before.acknowledged + full.acknowledged + freed.acknowledged;
            const QString token = hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
            const QHash<QByteArray, QSet<qint64>> stored = storedMessages(hub, token);
            QCOMPARE(stored.size(), 250);
            for (const QByteArray &wamid : all.acknowledged) {
                QVERIFY2(stored.contains(wamid), wamid.constData());
                QCOMPARE(stored.value(wamid).size(), 1);
            }
            hub.stop();
        }
    }

private:
    // wamid → the message ids stored for it, from every message event of the sync log.
    static QHash<QByteArray, QSet<qint64>> storedMessages(HubProcess &hub, const QString &token)
    {
        QHash<QByteArray, QSet<qint64>> stored;
        qint64 since = 0;
        for (;;) {
            const HttpReply reply =
                hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=1000").arg(since), token);
            const QJsonArray page = reply.json()[QStringLiteral("events")].toArray();
            for (const QJsonValue &event : page) {
                const QJsonValue data = event[QStringLiteral("data")];
                const QString wamid = data[QStringLiteral("wamid")].toString();
                if (event[QStringLiteral("type")].toString().startsWith(QLatin1String("message")) &&
                    !wamid.isEmpty())
                    stored[wamid.toUtf8()].insert(data[QStringLiteral("id")].toInteger());
            }
            since = reply.json()[QStringLiteral("next")].toInteger();
            if (page.size() < 1000)
                return stored;
        }
    }
};

QTEST_GUILESS_MAIN(HubFaultsTest)
#include "tst_hubfaults.moc"
