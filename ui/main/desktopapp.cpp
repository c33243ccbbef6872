#include "ui/main/desktopapp.h"

#include "core/mirror/mirror.h"
#include "core/sync/hubclient.h"
#include "ui/main/huberrors.h"
#include "ui/main/mainwindow.h"
#include "ui/sync/synccontroller.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace parley::ui {

DesktopApp::DesktopApp(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_hub = new HubClient(this);
    m_sync = new SyncController(this);
}

DesktopApp::~DesktopApp()
{
    m_window.reset();
    m_sync->stop();
}

QString DesktopApp::mirrorPathFor(const QUrl &hub, const QString &login)
{
    const QByteArray account =
        hub.toString(QUrl::StripTrailingSlash).toUtf8() + '\n' + login.toUtf8();
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex().left(16));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("accounts/%1/mirror.sqlite").arg(key));
}

void DesktopApp::start()
{
    m_hub->setHub(m_options.hub);
    m_hub->login(m_options.login, m_options.password,
                 [this](const HubClient::Reply &reply, const LoginReply &session) {
                     if (!reply.ok()) {
                         emit failed(hubErrorText(reply.error.code, reply.error.message));
                         return;
                     }
                     signedIn(m_options.hub, session);
                 });
}

void DesktopApp::signedIn(const QUrl &hub, const LoginReply &session)
{
    const QString path = mirrorPathFor(hub, session.agent.login);
    // The UI opens (and if need be creates or rebuilds) the mirror before the worker does, so
    // that the two connections never migrate the file at the same time.
    m_mirror = std::make_unique<Mirror>();
    Mirror::OpenStatus status = m_mirror->open(path);
    if (status == Mirror::OpenStatus::Damaged) {
        Mirror::discard(path);
        status = m_mirror->open(path);
    }
    if (status != Mirror::OpenStatus::Ok) {
        emit failed(
            tr("The local copy of your inbox cannot be opened: %1").arg(m_mirror->errorString()));
        return;
    }
    m_hub->setToken(session.token);
    m_window = std::make_unique<MainWindow>(m_mirror->database(), m_sync, m_hub, session.agent);
    m_sync->start(hub, session.token, path);
    m_window->show();
    emit ready();
}

} // namespace parley::ui
