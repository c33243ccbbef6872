// Moving a live team (issue #13): `parley-hub migrate --to postgresql://…` copies a SQLite store
// into PostgreSQL, verified and resumable, and the hub serves the same team from it;
// `parley-hub backup` makes a copy of either engine that a hub can serve again. Real hubs,
// a real PostgreSQL (tests/support/pgserver.h), all on loopback.
#include "core/whatsapp/signature.h"
#include "hubprocess.h"
#include "pgserver.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("migrate-app-secret");
const QString fixtureNumber = QStringLiteral("106540352242922");
const QByteArray fixtureWamid = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=";

int postMessage(HubProcess &hub, const QByteArray &wamid)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/message_text.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture message_text.json");
    const QByteArray body = file.readAll().replace(fixtureWamid, wamid);
    return httpCall(
               "POST", hub.url(QStringLiteral("/webhooks/whatsapp")), body,
               {{whatsapp::signatureHeader, whatsapp::webhookSignature(appSecret.toUtf8(), body)}})
        .status;
}

QSet<QString> wamids(HubProcess &hub)
{
    const QString token = hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
    QSet<QString> found;
    for (const QJsonValue &event : hub.events(token)) {
        const QString wamid = event[QStringLiteral("data")][QStringLiteral("wamid")].toString();
        if (!wamid.isEmpty())
            found.insert(wamid);
    }
    return found;
}

} // namespace

class HubMigrateTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(PgServer::shared(), qPrintable(PgServer::error())); }

    void migrateCopiesVerifiesResumesAndServes()
    {
        // A team on SQLite, whatever PARLEY_TEST_DB says: that is what is migrated.
        qunsetenv("PARLEY_TEST_DB");
        HubProcess hub;
        QVERIFY(hub.databaseUrl().isEmpty());
        QVERIFY(hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                             QStringLiteral("ana-password")));
        QVERIFY(hub.addChannel(fixtureNumber, QStringLiteral("15550783881"),
                               QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                               appSecret, QStringLiteral("verify")));
        QVERIFY2(hub.start(), hub.log().constData());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(postMessage(hub, "wamid.migrate-" + QByteArray::number(i)), 200);
        const QSet<QString> before = wamids(hub);
        QCOMPARE(before.size(), 5);
        hub.stop();

        const QString url = PgServer::shared()->createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(PgServer::error()));
        const QStringList migrate = {QStringLiteral("migrate"), QStringLiteral("--data"),
                                     hub.dataDir(), QStringLiteral("--to"), url};
        QByteArray output;
        QCOMPARE(runTool(hubBinary(), migrate, {}, &output), 0);
        QVERIFY2(output.contains("messages: 5 rows copied, verified"), output.constData());
        // Run again (a resume): every table is found equal and nothing is copied twice.
        QCOMPARE(runTool(hubBinary(), migrate, {}, &output), 0);
        QVERIFY2(output.contains("messages: 5 rows already there, verified"), output.constData());
        QVERIFY2(!output.contains("copied"), output.constData());

        // The same folder (media, secret.key) served from PostgreSQL: same team, and new ids
        // continue past the copied ones.
        QVERIFY2(hub.start(10000, 0, {QStringLiteral("--db"), url}), hub.log().constData());
        QCOMPARE(wamids(hub), before);
        QCOMPARE(postMessage(hub, "wamid.migrate-after"), 200);
        QCOMPARE(wamids(hub).size(), 6);
        QCOMPARE(postMessage(hub, "wamid.migrate-0"), 200); // a retry changes nothing
        QCOMPARE(wamids(hub).size(), 6);

        // A backup of the PostgreSQL store while it serves, served again from SQLite.
        QTemporaryDir backupDir;
        QCOMPARE(runTool(hubBinary(),
                         {QStringLiteral("backup"), QStringLiteral("--data"), hub.dataDir(),
                          QStringLiteral("--db"), url, QStringLiteral("--to"),
                          backupDir.filePath(QStringLiteral("copy"))},
                         {}, &output),
                 0);
        QVERIFY2(output.contains("backup complete"), output.constData());
        hub.stop();
        HubProcess restored(backupDir.filePath(QStringLiteral("copy")));
        QVERIFY2(restored.start(), restored.log().constData());
        QCOMPARE(wamids(restored).size(), 6);
        QCOMPARE(postMessage(restored, "wamid.migrate-after"), 200); // channel secret opens
        QCOMPARE(wamids(restored).size(), 6);
    }

    void migrateRefusesWhatIsNotPostgres()
    {
        QByteArray output;
        QTemporaryDir dir;
        QCOMPARE(runTool(hubBinary(),
                         {QStringLiteral("migrate"), QStringLiteral("--data"), dir.path(),
                          QStringLiteral("--to"), QStringLiteral("mysql://x@y/z")},
                         {}, &output),
                 2);
        QVERIFY2(output.contains("postgresql://"), output.constData());
    }
};

QTEST_GUILESS_MAIN(HubMigrateTest)
#include "tst_hubmigrate.moc"
