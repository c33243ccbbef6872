// TokenStore against the real gnome-keyring of the private session (tests/ui/desktopsession.sh),
// and without any keychain: the latter cases run this program again as a child on a bus with
// no Secret Service, or with no bus at all.

#include "ui/session/tokenstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace parley::ui;
using Outcome = TokenStore::Outcome;

namespace {

const QUrl hub(QStringLiteral("https://hub.example.com:8443/"));
const char childVariable[] = "PARLEY_TOKENSTORE_CHILD";

QString outcomeName(Outcome outcome)
{
    return QString::fromLatin1(QMetaEnum::fromType<Outcome>().valueToKey(int(outcome)));
}

// In the child: a write and a read with no keychain to answer. Prints what came back.
int runWithoutKeychain()
{
    TokenStore store;
    QSignalSpy unavailable(&store, &TokenStore::keychainUnavailable);
    QSignalSpy written(&store, &TokenStore::writeFinished);
    QSignalSpy read(&store, &TokenStore::readFinished);
    store.write(hub, QStringLiteral("ana"), QStringLiteral("secret-token"));
    store.read(hub, QStringLiteral("ana"));
    if (!read.wait(20000) && read.isEmpty())
        return 2;
    QTextStream(stdout) << "write=" << outcomeName(written.value(0).value(2).value<Outcome>())
                        << " read=" << outcomeName(read.value(0).value(2).value<Outcome>())
                        << " unavailable=" << unavailable.count()
                        << " detail=" << unavailable.value(0).value(0).toString() << Qt::endl;
    return 0;
}

// Every file under `folder` that contains `text`: the token must never be written to one.
QStringList filesContaining(const QString &folder, const QByteArray &text)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() < 10 * 1024 * 1024 && file.open(QIODevice::ReadOnly) &&
            file.readAll().contains(text))
            found << file.fileName();
    }
    return found;
}

} // namespace

class TokenStoreTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("PARLEY_DESKTOP_SESSION"),
                 "run through tests/ui/desktopsession.sh (a private keyring)");
    }

    void keyNamesHubAndLogin()
    {
        QCOMPARE(TokenStore::keyFor(hub, QStringLiteral("ana")),
                 QStringLiteral("https://hub.example.com:8443 ana"));
        QCOMPARE(TokenStore::keyFor(QUrl(QStringLiteral("https://hub.example.com:8443")),
                                    QStringLiteral("ana")),
                 TokenStore::keyFor(hub, QStringLiteral("ana")));
        QVERIFY(TokenStore::keyFor(hub, QStringLiteral("ana")) !=
                TokenStore::keyFor(hub, QStringLiteral("bia")));
    }

    void writeReadBackAndDelete()
    {
        TokenStore store;
        QSignalSpy written(&store, &TokenStore::writeFinished);
        QSignalSpy read(&store, &TokenStore::readFinished);
        QSignalSpy removed(&store, &TokenStore::removeFinished);
        QSignalSpy unavailable(&store, &TokenStore::keychainUnavailable);
        const QString token = QStringLiteral("tok-%1").arg(QDateTime::currentMSecsSinceEpoch());

        store.write(hub, QStringLiteral("ana"), token);
        QVERIFY(store.isBusy());
        QVERIFY(written.wait(10000));
        QCOMPARE(written.first().at(2).value<Outcome>(), Outcome::Ok);
        QCOMPARE(written.first().at(0).toUrl(), hub);
        QCOMPARE(written.first().at(1).toString(), QStringLiteral("ana"));

        // It is in gnome-keyring, as the Secret Service tools see it, and in no file.
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), TokenStore::service,
                      QStringLiteral("user"), TokenStore::keyFor(hub, QStringLiteral("ana"))});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), token);
        for (const char *folder : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString path = qEnvironmentVariable(folder);
            if (!path.isEmpty())
                QCOMPARE(filesContaining(path, token.toUtf8()), QStringList());
        }

        store.read(hub, QStringLiteral("ana"));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(2).value<Outcome>(), Outcome::Ok);
        QCOMPARE(read.first().at(3).toString(), token);

        store.remove(hub, QStringLiteral("ana"));
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.first().at(2).value<Outcome>(), Outcome::Ok);
        store.read(hub, QStringLiteral("ana"));
        QTRY_COMPARE(read.count(), 2);
        QCOMPARE(read.last().at(2).value<Outcome>(), Outcome::NotFound);
        QVERIFY(read.last().at(3).toString().isEmpty());
        QCOMPARE(unavailable.count(), 0);
        QTRY_VERIFY(!store.isBusy());
    }

    void requestsRunInOrderEvenFromAFinishedHandler()
    {
        TokenStore store;
        QStringList answers;
        connect(&store, &TokenStore::writeFinished, this,
                [&](const QUrl &, const QString &login, Outcome outcome) {
                    answers << QStringLiteral("write %1 %2").arg(login, outcomeName(outcome));
                    // QtKeychain 0.13 breaks when a job starts inside another's finished
                    // handler; the store must queue this one.
                    if (login == QLatin1String("bia"))
                        store.read(hub, QStringLiteral("bia"));
                });
        connect(
            &store, &TokenStore::readFinished, this,
            [&](const QUrl &, const QString &login, Outcome outcome, const QString &token) {
                answers << QStringLiteral("read %1 %2 %3").arg(login, outcomeName(outcome), token);
            });
        connect(&store, &TokenStore::removeFinished, this,
                [&](const QUrl &, const QString &login, Outcome outcome) {
                    answers << QStringLiteral("remove %1 %2").arg(login, outcomeName(outcome));
                });
        store.write(hub, QStringLiteral("ana"), QStringLiteral("A"));
        store.write(hub, QStringLiteral("bia"), QStringLiteral("B"));
        store.read(hub, QStringLiteral("ana"));
        store.remove(hub, QStringLiteral("ana"));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 5, 20000);
        QCOMPARE(answers, (QStringList{"write ana Ok", "write bia Ok", "read ana Ok A",
                                       "remove ana Ok", "read bia Ok B"}));
        store.remove(hub, QStringLiteral("bia"));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 6, 10000);
    }

    void noSecretServiceOnTheBusIsReportedUnavailable()
    {
        // A bus of its own that activates nothing, so no keyring can be started behind us.
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                   "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">"
                   "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                   "<auth>EXTERNAL</auth><policy context=\"default\">"
                   "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
                   "<allow own=\"*\"/></policy></busconfig>");
        file.close();
        expectUnavailable(QStringLiteral("dbus-run-session"),
                          {QStringLiteral("--config-file=") + config, QStringLiteral("--"),
                           QCoreApplication::applicationFilePath()},
                          {});
    }

    void noSessionBusIsReportedUnavailable()
    {
        expectUnavailable(QCoreApplication::applicationFilePath(), {},
                          QStringLiteral("unix:path=/nonexistent/parley-test-bus"));
    }

private:
    void expectUnavailable(const QString &program, const QStringList &arguments,
                           const QString &busAddress)
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), QStringLiteral("1"));
        if (!busAddress.isEmpty())
            environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        child.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        child.start(program, arguments);
        QVERIFY(child.waitForFinished(30000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0,
                 qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
        qInfo("%s (%lld ms)", qPrintable(output.trimmed()), timer.elapsed());
        QVERIFY2(output.startsWith(QStringLiteral("write=Unavailable read=Unavailable "
                                                  "unavailable=2")),
                 qPrintable(output));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVariable))
        return runWithoutKeychain();
    TokenStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
