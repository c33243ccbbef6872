// SingleInstance with real processes: this program runs again as a second launch (a child with
// PARLEY_SINGLEINSTANCE_CHILD set), and the sockets live in the private session's runtime folder
// (tests/ui/desktopsession.sh).

#include "ui/main/singleinstance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace parley::ui;
using Claim = SingleInstance::Claim;

namespace {

const char childVariable[] = "PARLEY_SINGLEINSTANCE_CHILD";

QString claimName(Claim claim)
{
    switch (claim) {
    case Claim::Primary:
        return QStringLiteral("Primary");
    case Claim::HandedOver:
        return QStringLiteral("HandedOver");
    case Claim::NoAnswer:
        return QStringLiteral("NoAnswer");
    case Claim::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

// In the child: a second launch with the key from the environment. Prints its claim.
int runSecondLaunch()
{
    SingleInstance instance(qEnvironmentVariable(childVariable));
    QTextStream(stdout) << claimName(instance.claim(2000)) << Qt::endl;
    return 0;
}

// What a crash leaves behind: a socket file that nobody listens on.
bool leaveStaleSocket(const QString &path)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    if (size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    const bool bound =
        fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    if (fd >= 0)
        ::close(fd);
    return bound;
}

} // namespace

class SingleInstanceTest : public QObject {
    Q_OBJECT

    // Starts a second launch of key with an activation token; returns what it printed.
    static QString secondLaunch(const QString &key, const QString &token)
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(childVariable), key);
        environment.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), token);
        child.setProcessEnvironment(environment);
        // The first instance answers from this event loop: wait in it, not in waitForFinished.
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!finished.wait(10000))
            return QStringLiteral("no exit: ") + child.errorString();
        return QString::fromUtf8(child.readAllStandardOutput()).trimmed() +
               QString::fromUtf8(child.readAllStandardError()).trimmed();
    }

private slots:
    void runtimeFolderIsPrivate()
    {
        // The harness gives each run its own runtime folder; never the developer's.
        QVERIFY(qEnvironmentVariable("XDG_RUNTIME_DIR").contains(QStringLiteral("parley-desktop")));
    }

    void secondLaunchHandsOverItsToken()
    {
        SingleInstance first(QStringLiteral("tst-handover"));
        QCOMPARE(first.claim(), Claim::Primary);
        QVERIFY(QFileInfo(first.socketPath())
                    .path()
                    .startsWith(qEnvironmentVariable("XDG_RUNTIME_DIR")));
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        QCOMPARE(secondLaunch(QStringLiteral("tst-handover"), QStringLiteral("token-42")),
                 QStringLiteral("HandedOver"));
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("token-42"));

        // Again, and with no token at all: the first instance keeps serving.
        QCOMPARE(secondLaunch(QStringLiteral("tst-handover"), QString()),
                 QStringLiteral("HandedOver"));
        QTRY_COMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().toString(), QString());
    }

    void otherKeysDoNotMeet()
    {
        SingleInstance first(QStringLiteral("tst-key-a"));
        QCOMPARE(first.claim(), Claim::Primary);
        SingleInstance other(QStringLiteral("tst-key-b"));
        QCOMPARE(other.claim(), Claim::Primary);
        QVERIFY(first.socketPath() != other.socketPath());
    }

    void staleSocketFromACrashIsRecovered()
    {
        SingleInstance crashed(QStringLiteral("tst-stale"));
        QVERIFY(leaveStaleSocket(crashed.socketPath()));
        QVERIFY(QFileInfo::exists(crashed.socketPath()));

        SingleInstance next(QStringLiteral("tst-stale"));
        QCOMPARE(next.claim(), Claim::Primary);
        QSignalSpy activated(&next, &SingleInstance::activationRequested);
        QCOMPARE(secondLaunch(QStringLiteral("tst-stale"), QStringLiteral("t")),
                 QStringLiteral("HandedOver"));
        QTRY_COMPARE(activated.size(), 1);
    }

    void closingFreesTheName()
    {
        QString path;
        {
            SingleInstance first(QStringLiteral("tst-close"));
            QCOMPARE(first.claim(), Claim::Primary);
            path = first.socketPath();
        }
        QVERIFY(!QFileInfo::exists(path));
        SingleInstance next(QStringLiteral("tst-close"));
        QCOMPARE(next.claim(), Claim::Primary);
    }

    void anInstanceThatDoesNotAnswerKeepsItsSocket()
    {
        // Something listens but never replies (a hung Parley): the new launch must neither
        // steal the socket nor wait forever.
        SingleInstance probe(QStringLiteral("tst-hung"));
        QLocalServer hung;
        QVERIFY(hung.listen(probe.socketPath()));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(probe.claim(300), Claim::NoAnswer);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY(!probe.errorString().isEmpty());
        QVERIFY(QFileInfo::exists(probe.socketPath()));
        QLocalSocket stillThere;
        stillThere.connectToServer(probe.socketPath());
        QVERIFY(stillThere.waitForConnected(1000));
    }

    void garbageOnTheSocketIsIgnored()
    {
        SingleInstance first(QStringLiteral("tst-garbage"));
        QCOMPARE(first.claim(), Claim::Primary);
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        QLocalSocket stranger;
        stranger.connectToServer(first.socketPath());
        QVERIFY(stranger.waitForConnected(1000));
        stranger.write("hello there\n");
        QTRY_COMPARE(stranger.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(activated.size(), 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(childVariable))
        return runSecondLaunch();
    SingleInstanceTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
