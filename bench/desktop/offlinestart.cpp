#include "bench/desktop/offlinestart.h"

#include "bench/hub/childprocess.h"
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorreads.h"
#include "core/protocol/entitycodec.h"
#include "ui/main/desktopapp.h"
#include "ui/session/tokenstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSettings>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace parley::bench {
namespace {

// The generator's "me" (DataGenerator: agent 3 owns the conversations that count as mine).
constexpr Id signedInAgent = 3;

// A bus that activates nothing: only the keyring started here is on it.
const char sessionConf[] =
    R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

// A loopback address where nothing listens: a port the system handed out and took back.
QUrl deadHubUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

} // namespace

QString accountFolderUnder(const QString &dataHome, const QUrl &hub, const QString &login)
{
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    QCoreApplication::setOrganizationName(QStringLiteral("Parley"));
    QCoreApplication::setApplicationName(QStringLiteral("parley"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome));
    const QString folder = QFileInfo(ui::DesktopApp::mirrorPathFor(hub, login)).path();
    qputenv("XDG_DATA_HOME", previous);
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    return folder;
}

OfflineStart::~OfflineStart()
{
    stop();
}

void OfflineStart::stop()
{
    stopProcess(m_keyring);
    stopProcess(m_bus);
}

bool OfflineStart::startBus(const QString &folder, QString *error)
{
    const QString config = QDir(folder).filePath(QStringLiteral("session.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(sessionConf) < 0) {
        *error = QStringLiteral("cannot write %1").arg(config);
        return false;
    }
    file.close();
    stopWithParent(m_bus);
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    const QDeadlineTimer deadline(10000);
    while (!m_bus.canReadLine() && !deadline.hasExpired() && m_bus.state() != QProcess::NotRunning)
        m_bus.waitForReadyRead(100);
    m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_busAddress.isEmpty()) {
        *error = QStringLiteral("dbus-daemon did not start (package dbus): %1")
                     .arg(QString::fromUtf8(m_bus.readAllStandardError()));
        return false;
    }
    return true;
}

bool OfflineStart::startKeyring(const QString &folder, QString *error)
{
    const QDir dir(folder);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("keyring")));
    m_keyring.setProcessEnvironment(environment);
    m_keyring.setProcessChannelMode(QProcess::MergedChannels);
    stopWithParent(m_keyring);
    // --unlock reads the new login keyring's password on standard input.
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(10000)) {
        *error = QStringLiteral("gnome-keyring-daemon did not start (package gnome-keyring)");
        return false;
    }
    m_keyring.write("bench-keyring-password");
    m_keyring.waitForBytesWritten(5000); // no event loop runs here to write it later
    m_keyring.closeWriteChannel();
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired() && m_keyring.state() == QProcess::Running) {
        QProcess ask;
        ask.setProcessEnvironment(environment);
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"),
                   QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        if (ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true"))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("gnome-keyring did not come up: %1")
                 .arg(QString::fromUtf8(m_keyring.readAll()));
    return false;
}

bool OfflineStart::storeToken(const QString &token, QString *error)
{
    // This process's keychain call goes to the private bus too (read when first used); the
    // programs the benchmark starts later get the environment they had before.
    const bool hadAddress = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray previousAddress = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_busAddress.toUtf8());
    const auto restore = qScopeGuard([&] {
        if (hadAddress)
            qputenv("DBUS_SESSION_BUS_ADDRESS", previousAddress);
        else
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    });
    ui::TokenStore store;
    QEventLoop loop;
    ui::TokenStore::Outcome outcome = ui::TokenStore::Outcome::Failed;
    bool answered = false;
    QObject::connect(&store, &ui::TokenStore::writeFinished, &loop,
                     [&](const QUrl &, const QString &, ui::TokenStore::Outcome result) {
                         outcome = result;
                         answered = true;
                         loop.quit();
                     });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    store.write(m_hub, m_login, token);
    loop.exec();
    if (answered && outcome == ui::TokenStore::Outcome::Ok)
        return true;
    *error = QStringLiteral("the keyring did not keep the token (outcome %1)")
                 .arg(answered ? int(outcome) : -1);
    return false;
}

bool OfflineStart::prepare(const QString &folder, const QString &mirrorFolder,
                           const QString &desktop, QString *error)
{
    const QDir dir(folder);
    for (const char *sub : {"runtime", "keyring", "data", "config"}) {
        if (!dir.mkpath(QLatin1String(sub))) {
            *error = QStringLiteral("cannot create %1").arg(dir.filePath(QLatin1String(sub)));
            return false;
        }
    }
    QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    // Who signed in last time: the mirror's own agent 3, as the settings remember it.
    Agent agent;
    {
        Mirror mirror;
        if (mirror.open(QDir(mirrorFolder).filePath(QStringLiteral("mirror.sqlite"))) !=
            Mirror::OpenStatus::Ok) {
            *error = QStringLiteral("cannot open the mirror: %1").arg(mirror.errorString());
            return false;
        }
        for (const Agent &candidate : MirrorReads(mirror.database()).agents())
            agent = candidate.id == signedInAgent ? candidate : agent;
    }
    if (agent.id != signedInAgent) {
        *error = QStringLiteral("the mirror has no agent %1").arg(signedInAgent);
        return false;
    }
    m_login = agent.login;
    m_hub = deadHubUrl();
    if (m_hub.isEmpty()) {
        *error = QStringLiteral("no free loopback port");
        return false;
    }

    const QString dataHome = dir.filePath(QStringLiteral("data"));
    const QString configHome = dir.filePath(QStringLiteral("config"));
    const QString account = accountFolderUnder(dataHome, m_hub, m_login);
    QDir().mkpath(QFileInfo(account).path());
    if (!QFile::link(mirrorFolder, account)) {
        *error = QStringLiteral("cannot link %1 to %2").arg(account, mirrorFolder);
        return false;
    }
    {
        // What DesktopApp leaves in the settings after a sign-in (signedIn, rememberAgent).
        QSettings settings(QDir(configHome).filePath(QStringLiteral("Parley/parley.conf")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("session/hub"), m_hub);
        settings.setValue(QStringLiteral("session/login"), m_login);
        settings.setValue(QStringLiteral("session/agentHub"), m_hub);
        settings.setValue(QStringLiteral("session/agent"),
                          QJsonDocument(toJson(agent)).toJson(QJsonDocument::Compact));
        settings.sync();
        if (settings.status() != QSettings::NoError) {
            *error = QStringLiteral("cannot write the desktop's settings in %1").arg(configHome);
            return false;
        }
    }
    if (!startBus(folder, error) || !startKeyring(folder, error) ||
        !storeToken(QStringLiteral("bench-offline-token-") + QString::number(m_hub.port()), error))
        return false;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    environment.insert(QStringLiteral("PARLEY_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    m_launch = Launch{desktop, {}, environment};
    return true;
}

} // namespace parley::bench
