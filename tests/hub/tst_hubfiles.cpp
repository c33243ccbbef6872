// What the real parley-hub leaves on disk and takes on its command line: a data folder for its
// own user only, the channels' secrets sealed at rest with a key file, secrets passed in files
// or on standard input and never as arguments, and /healthz that sees a store unable to write.
#include "hubprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace parley::testing;

namespace {

const QString phoneNumberId = QStringLiteral("106540352242922");
const QString accessToken = QStringLiteral("EAAtoken-PLAINTEXT-7f3a9c1e55");
const QString appSecret = QStringLiteral("appsecret-PLAINTEXT-2b8d4e");
const QString verifyToken = QStringLiteral("verify-PLAINTEXT-91c0ff");

int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray storeBytes(const QString &dataDir)
{
    QByteArray bytes;
    for (const char *name : {"hub.sqlite", "hub.sqlite-wal"}) {
        QFile file(QDir(dataDir).filePath(QLatin1String(name)));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// SQL on the hub's store from the test, as an older hub or an intruder would see it.
QStringList channelSecretsInStore(const QString &dataDir, const QString &write = {})
{
    const QString name = QUuid::createUuid().toString();
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("hub.sqlite")));
        if (db.open()) {
            QSqlQuery query(db);
            if (!write.isEmpty())
                query.exec(write);
            query.exec(
                QStringLiteral("SELECT access_token, app_secret, verify_token FROM channels"));
            while (query.next())
                values << query.value(0).toString() << query.value(1).toString()
                       << query.value(2).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

bool chattr(const QString &flag, const QStringList &paths)
{
    return runTool(QStringLiteral("chattr"), QStringList{flag} + paths) == 0;
}

} // namespace

class HubFilesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The usual umask, under which files are readable by everyone unless the hub says not.
        ::umask(022);
    }

    void theDataFolderIsForTheHubsUserOnly()
    {
        HubProcess hub;
        // A folder and a media file left readable by an older hub.
        QVERIFY(QDir().mkpath(QDir(hub.dataDir()).filePath(QStringLiteral("media"))));
        QVERIFY(QFile::setPermissions(hub.dataDir(), QFileDevice::Permissions(0x7755)));
        const QString oldFile =
            QDir(hub.dataDir()).filePath(QStringLiteral("media/") + QString(64, QLatin1Char('a')));
        {
            QFile file(oldFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("an older customer's photo");
        }
        QCOMPARE(modeOf(oldFile), 0644);
        QVERIFY(hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                             QStringLiteral("ana-password")));
        QVERIFY2(hub.start(), hub.log().constData());
        QVERIFY(hub.addChannel(phoneNumberId, QStringLiteral("15550783881"),
                               QStringLiteral("http://127.0.0.1:9/v23.0"), accessToken, appSecret,
                               verifyToken));
        QVERIFY(!hub.login(QStringLiteral("ana"), QStringLiteral("ana-password")).isEmpty());

        const QDir dir(hub.dataDir());
        QCOMPARE(modeOf(hub.dataDir()), 0700);
        for (const char *name : {"hub.sqlite", "hub.sqlite-wal", "hub.sqlite-shm", "secret.key"}) {
            const QString path = dir.filePath(QLatin1String(name));
            QVERIFY2(QFile::exists(path), name);
            QVERIFY2(modeOf(path) == 0600,
                     qPrintable(QStringLiteral("%1 is %2").arg(name).arg(modeOf(path), 0, 8)));
        }
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("media"))), 0700);
        QCOMPARE(modeOf(oldFile), 0600);
    }

    void channelSecretsAreSealedAtRest()
    {
        HubProcess hub;
        QVERIFY2(hub.start(), hub.log().constData());
        QVERIFY(hub.addChannel(phoneNumberId, QStringLiteral("15550783881"),
                               QStringLiteral("http://127.0.0.1:9/v23.0"), accessToken, appSecret,
                               verifyToken));
        // The hub still knows them: Meta's subscription check with the verify token passes.
        QTRY_COMPARE_WITH_TIMEOUT(verifyChallenge(hub, verifyToken), 200, 5000);
        QCOMPARE(verifyChallenge(hub, QStringLiteral("not-the-token")), 403);

        const QByteArray bytes = storeBytes(hub.dataDir());
        QVERIFY(!bytes.isEmpty());
        for (const QString &secret : {accessToken, appSecret, verifyToken})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        for (const QString &stored : channelSecretsInStore(hub.dataDir()))
            QVERIFY2(stored.startsWith(QLatin1String("sbox1:")), qPrintable(stored));
    }

    void plaintextFromAnOlderHubIsSealedOnOpenAndTheKeyMustMatch()
    {
        HubProcess hub;
        QVERIFY2(hub.start(), hub.log().constData());
        QVERIFY(hub.addChannel(phoneNumberId, QStringLiteral("15550783881"),
                               QStringLiteral("http://127.0.0.1:9/v23.0"), accessToken, appSecret,
                               verifyToken));
        hub.stop();
        // An older hub's store: plaintext secrets and no key file.
        const QString keyPath = QDir(hub.dataDir()).filePath(QStringLiteral("secret.key"));
        QVERIFY(QFile::remove(keyPath));
        QCOMPARE(channelSecretsInStore(
                     hub.dataDir(),
                     QStringLiteral("UPDATE channels SET access_token = '%1', app_secret = '%2',"
                                    " verify_token = '%3'")
                         .arg(accessToken, appSecret, verifyToken)),
                 (QStringList{accessToken, appSecret, verifyToken}));

        QVERIFY2(hub.start(), hub.log().constData());
        QCOMPARE(verifyChallenge(hub, verifyToken), 200);
        hub.stop();
        for (const QString &stored : channelSecretsInStore(hub.dataDir()))
            QVERIFY2(stored.startsWith(QLatin1String("sbox1:")), qPrintable(stored));
        const QByteArray bytes = storeBytes(hub.dataDir());
        for (const QString &secret : {accessToken, appSecret, verifyToken})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));

        // Without its key, or with another one, the store is refused with the reason.
        QFile key(keyPath);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray original = key.readAll();
        key.close();
        QVERIFY(QFile::rename(keyPath, keyPath + QStringLiteral(".away")));
        QByteArray output;
        QCOMPARE(serveOnce(hub, &output), 1);
        QVERIFY2(output.contains("secret.key") && output.contains("missing"), output.constData());
        QVERIFY(!QFile::exists(keyPath)); // no new key was made in its place
        {
            QFile other(keyPath);
            QVERIFY(other.open(QIODevice::WriteOnly));
            other.write(QByteArray(32, 'k').toBase64() + '\n');
        }
        QCOMPARE(serveOnce(hub, &output), 1);
        QVERIFY2(output.contains("not the secret.key"), output.constData());
        QVERIFY(QFile::remove(keyPath));
        QVERIFY(QFile::rename(keyPath + QStringLiteral(".away"), keyPath));
        QVERIFY2(hub.start(), hub.log().constData());
        QCOMPARE(verifyChallenge(hub, verifyToken), 200);
        QCOMPARE(QFile(keyPath).size(), qint64(original.size()));
    }

    void secretsAreRefusedOnTheCommandLine_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("verify token") << QStringLiteral("--verify-token");
        QTest::newRow("access token") << QStringLiteral("--access-token");
        QTest::newRow("app secret") << QStringLiteral("--app-secret");
    }

    void secretsAreRefusedOnTheCommandLine()
    {
        QFETCH(QString, option);
        HubProcess hub;
        QStringList arguments = channelAddArguments(hub);
        arguments << QStringLiteral("--access-token-file") << QStringLiteral("-")
                  << QStringLiteral("--app-secret-file") << QStringLiteral("-")
                  << QStringLiteral("--verify-token-file") << QStringLiteral("-") << option
                  << QStringLiteral("the-secret");
        QByteArray output;
        QCOMPARE(runTool(hubBinary(), arguments, "a\nb\nc\n", &output), 2);
        QVERIFY2(output.contains(option.toUtf8() + " is refused") &&
                     output.contains(option.toUtf8() + "-file"),
                 output.constData());
        QVERIFY(channelSecretsInStore(hub.dataDir()).isEmpty());
    }

    void secretsComeFromStandardInput()
    {
        HubProcess hub;
        QStringList arguments = channelAddArguments(hub);
        arguments << QStringLiteral("--access-token-file") << QStringLiteral("-")
                  << QStringLiteral("--app-secret-file") << QStringLiteral("-")
                  << QStringLiteral("--verify-token-file") << QStringLiteral("-");
        QByteArray output;
        QCOMPARE(runTool(hubBinary(), arguments,
                         (accessToken + '\n' + appSecret + '\n' + verifyToken + '\n').toUtf8(),
                         &output),
                 0);
        QVERIFY2(hub.start(), hub.log().constData());
        QCOMPARE(verifyChallenge(hub, verifyToken), 200);
    }

    void healthzSaysWhenTheStoreCannotWrite()
    {
        HubProcess hub;
        QVERIFY2(hub.start(), hub.log().constData());
        QCOMPARE(hub.get(QStringLiteral("/healthz")).status, 200);
        // Root ignores file modes, so the store is made immutable instead (ext4, xfs …).
        const QDir dir(hub.dataDir());
        const QStringList files = {dir.filePath(QStringLiteral("hub.sqlite")),
                                   dir.filePath(QStringLiteral("hub.sqlite-wal"))};
        if (!chattr(QStringLiteral("+i"), files))
            QSKIP("chattr +i is not available here (needs CAP_LINUX_IMMUTABLE on ext4 or xfs)");
        const HttpReply unwritable = hub.get(QStringLiteral("/healthz"));
        QVERIFY(chattr(QStringLiteral("-i"), files));
        QCOMPARE(unwritable.status, 503);
        QCOMPARE(unwritable.json().value(QStringLiteral("store")).toBool(true), false);
        QVERIFY2(unwritable.json()
                     .value(QStringLiteral("reason"))
                     .toString()
                     .startsWith(QLatin1String("the store cannot write")),
                 unwritable.body.constData());
        QTRY_COMPARE_WITH_TIMEOUT(hub.get(QStringLiteral("/healthz")).status, 200, 5000);
    }

private:
    static int verifyChallenge(HubProcess &hub, const QString &token)
    {
        return hub
            .get(QStringLiteral("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=%1"
                                "&hub.challenge=1158201444")
                     .arg(token))
            .status;
    }

    // `parley-hub serve` that should refuse to start: its exit code and output.
    static int serveOnce(HubProcess &hub, QByteArray *output)
    {
        return runTool(hubBinary(),
                       {QStringLiteral("serve"), QStringLiteral("--data"), hub.dataDir(),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                       {}, output);
    }

    static QStringList channelAddArguments(HubProcess &hub)
    {
        return {QStringLiteral("channel"),
                QStringLiteral("add"),
                QStringLiteral("--data"),
                hub.dataDir(),
                QStringLiteral("--name"),
                QStringLiteral("Vendas"),
                QStringLiteral("--waba-id"),
                QStringLiteral("102290129340398"),
                QStringLiteral("--phone-number-id"),
                phoneNumberId,
                QStringLiteral("--display-number"),
                QStringLiteral("15550783881"),
                QStringLiteral("--graph-url"),
                QStringLiteral("http://127.0.0.1:9/v23.0")};
    }
};

QTEST_GUILESS_MAIN(HubFilesTest)
#include "tst_hubfiles.moc"
