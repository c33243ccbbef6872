#include "ui/main/desktopapp.h"

#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
#include "core/sync/sessionapi.h"
#include "ui/main/firstpaintreport.h"
#include "ui/main/mainwindow.h"
#include "ui/session/logindialog.h"
#include "ui/session/tokenstore.h"
#include "ui/sync/synccontroller.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

namespace parley::ui {

DesktopApp::DesktopApp(const Options &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_hub = new HubClient(this);
    m_sync = new SyncController(this);
    m_tokens = new TokenStore(this);
    connect(m_tokens, &TokenStore::keychainUnavailable, this,
            [this](const QString &) { m_keychainMissing = true; });
    // The hub no longer takes the token (logged out elsewhere, expired): ask again, over the
    // window, which stays readable.
    connect(m_sync, &SyncController::authenticationFailed, this, [this] { showSignInSheet(); });
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
    reportStartupPhase("desktop_start");
    QSettings settings;
    const QUrl hub = m_options.hub.isValid() && !m_options.hub.isEmpty()
                         ? m_options.hub
                         : settings.value(QStringLiteral("session/hub")).toUrl();
    const QString login = m_options.login.isEmpty()
                              ? settings.value(QStringLiteral("session/login")).toString()
                              : m_options.login;
    if (!m_options.password.isEmpty()) {
        // Scripted sign-in (the demo): straight to the hub, keychain untouched.
        m_hub->setHub(hub);
        m_hub->login(login, m_options.password,
                     [this, hub](const HubClient::Reply &reply, const LoginReply &session) {
                         if (!reply.ok()) {
                             emit failed(hubErrorText(reply.error.code, reply.error.message,
                                                      HubSubject::Send));
                             return;
                         }
                         // Nothing to remember: a scripted sign-in brings its password.
                         signedIn(hub, session.token, session.agent);
                     });
        return;
    }
    if (hub.isValid() && !hub.isEmpty() && !login.isEmpty())
        tryStoredToken(hub, login);
    else
        askToLogIn();
}

void DesktopApp::tryStoredToken(const QUrl &hub, const QString &login)
{
    // An earlier session with this account left its mirror and did not log out: the window opens
    // on it now, and the keychain, the hub and the sync worker wait for the list's first paint
    // (R10.1; docs/desktop.md "Start-up"). Calls the window makes meanwhile wait for the token.
    if (const std::optional<Agent> agent = rememberedAgent(hub, login);
        agent && QFile::exists(mirrorPathFor(hub, login))) {
        m_hub->setHub(hub);
        m_hub->holdUntilToken();
        if (openWindow(hub, *agent))
            resumeAfterFirstPaint(hub, login);
        return;
    }
    readStoredToken(
        hub, login, [this, hub, login](TokenStore::Outcome outcome, const QString &token) {
            if (outcome != TokenStore::Outcome::Ok) {
                askToLogIn(outcome == TokenStore::Outcome::Unavailable ? noKeychainNotice()
                                                                       : QString());
                return;
            }
            m_hub->setHub(hub);
            m_hub->setToken(token);
            // The token may have been revoked since: the hub says who it belongs to, or 401.
            SessionApi(HubApi(m_hub)).me([this, hub, token, login](const HubResult<Agent> &me) {
                if (me.ok()) {
                    signedIn(hub, token, *me);
                    return;
                }
                if (me.error().status == 401)
                    m_tokens->remove(hub, login);
                askToLogIn(me.error().isUnreachable() ? me.error().text() : QString());
            });
        });
}

void DesktopApp::readStoredToken(const QUrl &hub, const QString &login,
                                 std::function<void(TokenStore::Outcome, const QString &)> done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_tokens, &TokenStore::readFinished, this,
                          [connection, hub, login, done = std::move(done)](
                              const QUrl &readHub, const QString &readLogin,
                              TokenStore::Outcome outcome, const QString &token) {
                              if (readHub != hub || readLogin != login)
                                  return; // another read's answer
                              disconnect(*connection);
                              done(outcome, token);
                          });
    m_tokens->read(hub, login);
}

void DesktopApp::resumeAfterFirstPaint(const QUrl &hub, const QString &login)
{
    auto resumed = std::make_shared<bool>(false);
    const auto resume = [this, resumed, hub, login] {
        if (!std::exchange(*resumed, true))
            resumeSession(hub, login);
    };
    connect(m_window.get(), &MainWindow::listShown, this, resume);
    // A window that is never painted (minimised, no screen) must not keep the session waiting.
    QTimer::singleShot(resumeAtTheLatestMs, m_window.get(), resume);
}

void DesktopApp::resumeSession(const QUrl &hub, const QString &login)
{
    reportStartupPhase("keychain_asked");
    readStoredToken(
        hub, login, [this, hub, login](TokenStore::Outcome outcome, const QString &token) {
            reportStartupPhase("keychain_answered");
            if (!m_window || m_hub->hub() != hub)
                return; // logged out (or into another account) meanwhile
            if (outcome != TokenStore::Outcome::Ok) {
                // Nothing to act with (the token was removed after a 401, or the keychain says no):
                // the window stays readable, a sheet asks for the password.
                m_hub->releaseHeld();
                showSignInSheet(outcome == TokenStore::Outcome::Unavailable ? noKeychainNotice()
                                                                            : QString());
                return;
            }
            m_hub->setToken(token);
            m_sync->start(hub, token, m_mirrorPath);
            reportStartupPhase("sync_started");
            checkSessionInBackground(hub, login);
        });
}

QString DesktopApp::noKeychainNotice()
{
    return tr("No keychain is available: Parley cannot remember your session and will ask again "
              "at the next start.");
}

void DesktopApp::checkSessionInBackground(const QUrl &hub, const QString &login)
{
    SessionApi(HubApi(m_hub)).me([this, hub, login](const HubResult<Agent> &me) {
        if (me.ok()) {
            // A new name or role shows from the next start; the stream brings the rest.
            rememberAgent(hub, *me);
            return;
        }
        if (me.error().status == 401) {
            m_tokens->remove(hub, login);
            showSignInSheet();
        }
        // Unreachable: the sync worker keeps trying and the window says it is offline.
    });
}

std::optional<Agent> DesktopApp::rememberedAgent(const QUrl &hub, const QString &login)
{
    QSettings settings;
    if (settings.value(QStringLiteral("session/agentHub")).toUrl() != hub)
        return std::nullopt;
    Agent agent;
    QString problem;
    const QJsonObject json =
        QJsonDocument::fromJson(settings.value(QStringLiteral("session/agent")).toByteArray())
            .object();
    if (!fromJson(json, &agent, &problem) || agent.login != login)
        return std::nullopt;
    return agent;
}

void DesktopApp::rememberAgent(const QUrl &hub, const Agent &agent)
{
    // Who the agent is (name, role, department) is no secret; the token stays in the keychain.
    QSettings settings;
    settings.setValue(QStringLiteral("session/agentHub"), hub);
    settings.setValue(QStringLiteral("session/agent"),
                      QJsonDocument(toJson(agent)).toJson(QJsonDocument::Compact));
}

void DesktopApp::forgetAgent()
{
    QSettings settings;
    settings.remove(QStringLiteral("session/agentHub"));
    settings.remove(QStringLiteral("session/agent"));
}

void DesktopApp::showSignInSheet(const QString &notice)
{
    if (!m_window) {
        askToLogIn(tr("Your session has ended. Log in again."));
        return;
    }
    if (m_sheet)
        return;
    m_sync->stop();
    const QUrl hub = m_hub->hub();
    const QString login = QSettings().value(QStringLiteral("session/login")).toString();
    m_sheet = new LoginDialog(m_window.get());
    m_sheet->setObjectName(QStringLiteral("signInSheet"));
    m_sheet->setAttribute(Qt::WA_DeleteOnClose);
    m_sheet->setWindowModality(Qt::WindowModal);
    m_sheet->setHubUrl(hub.toString());
    m_sheet->setLogin(login);
    m_sheet->setNotice(notice.isEmpty()
                           ? tr("Your session has ended. Sign in again to reply; until then the "
                                "inbox on this computer is read-only.")
                           : notice);
    connect(m_sheet, &LoginDialog::loggedIn, this,
            [this, hub, login](const QUrl &chosenHub, const LoginReply &session) {
                m_tokens->write(chosenHub, session.agent.login, session.token);
                if (chosenHub != hub || session.agent.login != login) {
                    // Another account: another mirror and another window, once the sheet (a
                    // child of this window) has finished closing.
                    QTimer::singleShot(0, this, [this, chosenHub, session] {
                        m_window.reset();
                        signedIn(chosenHub, session.token, session.agent);
                    });
                    return;
                }
                rememberAgent(chosenHub, session.agent);
                m_hub->setToken(session.token);
                m_sync->start(chosenHub, session.token, m_mirrorPath);
            });
    connect(m_sheet, &QDialog::rejected, this, [this] {
        // Not signing in: this window cannot act for anyone; back to the login dialog.
        QTimer::singleShot(0, this, &DesktopApp::logOut);
    });
    m_sheet->show();
}

void DesktopApp::askToLogIn(const QString &notice)
{
    if (m_dialog)
        return;
    QSettings settings;
    m_dialog = new LoginDialog;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QUrl hub = m_options.hub.isEmpty() ? settings.value(QStringLiteral("session/hub")).toUrl()
                                             : m_options.hub;
    if (!hub.isEmpty())
        m_dialog->setHubUrl(hub.toString());
    m_dialog->setLogin(m_options.login.isEmpty()
                           ? settings.value(QStringLiteral("session/login")).toString()
                           : m_options.login);
    if (!notice.isEmpty() || m_keychainMissing)
        m_dialog->setNotice(notice.isEmpty() ? tr("No keychain is available: Parley cannot "
                                                  "remember your session.")
                                             : notice);
    connect(m_dialog, &LoginDialog::loggedIn, this,
            [this](const QUrl &chosenHub, const LoginReply &session) {
                m_tokens->write(chosenHub, session.agent.login, session.token);
                signedIn(chosenHub, session.token, session.agent);
            });
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (!m_window)
            QCoreApplication::quit();
    });
    m_dialog->show();
}

void DesktopApp::signedIn(const QUrl &hub, const QString &token, const Agent &agent)
{
    QSettings settings;
    settings.setValue(QStringLiteral("session/hub"), hub);
    settings.setValue(QStringLiteral("session/login"), agent.login);
    rememberAgent(hub, agent);
    m_hub->setHub(hub);
    m_hub->setToken(token);
    if (!openWindow(hub, agent))
        return;
    m_sync->start(hub, token, m_mirrorPath);
}

bool DesktopApp::openWindow(const QUrl &hub, const Agent &agent)
{
    reportStartupPhase("open_mirror");
    const QString path = mirrorPathFor(hub, agent.login);
    m_mirrorPath = path;
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
        return false;
    }
    reportStartupPhase("mirror_open");
    m_window = std::make_unique<MainWindow>(m_mirror->database(), m_sync, m_hub, agent);
    connect(m_window.get(), &MainWindow::logOutRequested, this, &DesktopApp::logOut);
    connect(m_window.get(), &MainWindow::restartRequested, this, [this] {
        m_restartWanted = true;
        QCoreApplication::quit();
    });
    reportStartupPhase("window_built");
    m_window->show();
    reportStartupPhase("window_shown");
    emit ready();
    return true;
}

void DesktopApp::logOut()
{
    const QUrl hub = m_hub->hub();
    const QString login = QSettings().value(QStringLiteral("session/login")).toString();
    SessionApi(HubApi(m_hub)).logOut();
    m_tokens->remove(hub, login);
    // Logged out: the next start asks for the password instead of opening this mirror.
    forgetAgent();
    m_sync->stop();
    m_window.reset();
    m_hub->setToken({});
    askToLogIn();
}

} // namespace parley::ui
