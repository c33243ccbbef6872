#pragma once

#include "core/protocol/commands.h"

#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

#include <memory>

namespace parley {
class HubClient;
class Mirror;
} // namespace parley

namespace parley::ui {

class MainWindow;
class SyncController;

// The desktop's wiring: signs in, opens this account's mirror, starts the sync worker and shows
// the main window. main() only parses the command line and hands over.
class DesktopApp : public QObject {
    Q_OBJECT
public:
    struct Options {
        QUrl hub;
        QString login;
        QString password; // for scripted sign-in (the demo); empty: ask
    };

    explicit DesktopApp(const Options &options, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Starts signing in; the window appears when it succeeds.
    void start();
    MainWindow *window() const { return m_window.get(); }

    // One mirror file per hub account, in the app's data folder.
    static QString mirrorPathFor(const QUrl &hub, const QString &login);

signals:
    void ready();
    void failed(const QString &error);

private:
    void signedIn(const QUrl &hub, const LoginReply &session);

    Options m_options;
    HubClient *m_hub = nullptr;
    SyncController *m_sync = nullptr;
    std::unique_ptr<Mirror> m_mirror;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace parley::ui
