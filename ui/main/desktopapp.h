#pragma once

#include "core/protocol/commands.h"
#include "ui/session/tokenstore.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace parley {
class HubClient;
class Mirror;
} // namespace parley

namespace parley::ui {

class LoginDialog;
class MainWindow;
class SyncController;

// The desktop's wiring: signs in (a token from the OS keychain, or the login dialog), opens
// this account's mirror, starts the sync worker and shows the main window. main() only parses
// the command line and hands over.
//
// With a token in the keychain and a mirror on disk from an earlier session, the window opens on
// the mirror at once, with the agent remembered from that session, and the hub is asked in the
// background (R10.1): unreachable, the window works offline (replies go to the outbox); a 401,
// now or later from the sync worker, brings a sign-in sheet over the open window.
class DesktopApp : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl hub;
        QString login;
        QString password; // for scripted sign-in (the demo); empty: the keychain or the dialog
    };

    explicit DesktopApp(const Options &options, QObject *parent = nullptr);
    ~DesktopApp() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    HubClient *hub() const { return m_hub; }
    // The agent asked for a restart (a new language); main() starts Parley again on the way out.
    bool restartWanted() const { return m_restartWanted; }

    // One mirror file per hub account, in the app's data folder.
    static QString mirrorPathFor(const QUrl &hub, const QString &login);

signals:
    void ready();
    void failed(const QString &error);

private:
    // Past this, a window that has not painted its list yet (minimised, say) reads the keychain
    // and starts the sync anyway.
    static constexpr int resumeAtTheLatestMs = 3000;

    void tryStoredToken(const QUrl &hub, const QString &login);
    void readStoredToken(const QUrl &hub, const QString &login,
                         std::function<void(TokenStore::Outcome, const QString &)> done);
    // The window opened on the mirror before the keychain was read: once its list has painted,
    // the token, then the sync and GET /me; no token, the sign-in sheet.
    void resumeAfterFirstPaint(const QUrl &hub, const QString &login);
    void resumeSession(const QUrl &hub, const QString &login);
    void askToLogIn(const QString &notice = QString());
    void signedIn(const QUrl &hub, const QString &token, const Agent &agent);
    // Opens this account's mirror and shows the window on it; false (and failed()) when the
    // mirror cannot be opened.
    bool openWindow(const QUrl &hub, const Agent &agent);
    // GET /me after the window opened from the keychain: refreshes the remembered agent, or
    // asks again (the sign-in sheet) when the hub no longer takes the token.
    void checkSessionInBackground(const QUrl &hub, const QString &login);
    // Over the open window: the agent reads on but cannot act until signed in again. `notice`
    // replaces the sheet's "your session has ended".
    void showSignInSheet(const QString &notice = QString());
    static QString noKeychainNotice();
    static void forgetAgent();
    void logOut();
    // The agent of the last session with this hub and login, for opening before the hub answers.
    static std::optional<Agent> rememberedAgent(const QUrl &hub, const QString &login);
    static void rememberAgent(const QUrl &hub, const Agent &agent);

    Options m_options;
    HubClient *m_hub = nullptr;
    SyncController *m_sync = nullptr;
    TokenStore *m_tokens = nullptr;
    QPointer<LoginDialog> m_dialog;
    QPointer<LoginDialog> m_sheet;
    QString m_mirrorPath;
    bool m_keychainMissing = false;
    bool m_restartWanted = false;
    std::unique_ptr<Mirror> m_mirror;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace parley::ui
