#pragma once

// What the start-up suites (tst_offlinestart, tst_resumesession) share: the desktop started as
// parley's main() starts it with no arguments, the keychain asked directly, the settings a
// sign-in leaves behind, and the sign-in sheet answered.

#include "ui/main/desktopapp.h"
#include "ui/main/mainwindow.h"
#include "ui/session/logindialog.h"
#include "ui/session/tokenstore.h"

#include <QDeadlineTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace parley::testing {

// As main() does with no --hub, --login or password: the settings and the keychain decide.
inline std::unique_ptr<ui::DesktopApp> startDesktop()
{
    auto app = std::make_unique<ui::DesktopApp>(ui::DesktopApp::Options{});
    app->start();
    return app;
}

// The answer (readFinished's, writeFinished's or removeFinished's arguments) to one request of
// a TokenStore of the test's own; empty when none came within 10 s.
inline QList<QVariant> keychainAnswer(const std::function<void(ui::TokenStore &)> &ask)
{
    ui::TokenStore store;
    QSignalSpy read(&store, &ui::TokenStore::readFinished);
    QSignalSpy written(&store, &ui::TokenStore::writeFinished);
    QSignalSpy removed(&store, &ui::TokenStore::removeFinished);
    ask(store);
    const QDeadlineTimer deadline(10000);
    while (read.isEmpty() && written.isEmpty() && removed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(20);
    return !read.isEmpty()      ? read.first()
           : !written.isEmpty() ? written.first()
           : !removed.isEmpty() ? removed.first()
                                : QList<QVariant>();
}

inline ui::TokenStore::Outcome outcomeOf(const QList<QVariant> &answer)
{
    return answer.size() > 2 ? answer.at(2).value<ui::TokenStore::Outcome>()
                             : ui::TokenStore::Outcome::Failed;
}

// The token the keychain holds for `login` on `hub`; empty when none.
inline QString storedToken(const QUrl &hub, const QString &login)
{
    const QList<QVariant> answer =
        keychainAnswer([&](ui::TokenStore &store) { store.read(hub, login); });
    return outcomeOf(answer) == ui::TokenStore::Outcome::Ok ? answer.at(3).toString() : QString();
}

// A session signed in before the story, as the login dialog leaves it: the token in the
// keychain, the hub and the login in the settings. False when the keychain did not keep it.
inline bool rememberSignIn(const QUrl &hub, const QString &login, const QString &token)
{
    if (outcomeOf(keychainAnswer([&](ui::TokenStore &store) { store.write(hub, login, token); })) !=
        ui::TokenStore::Outcome::Ok)
        return false;
    QSettings settings;
    settings.setValue(QStringLiteral("session/hub"), hub);
    settings.setValue(QStringLiteral("session/login"), login);
    return true;
}

// The sign-in sheet over `window` once it is shown; null when none came within 10 s.
inline ui::LoginDialog *shownSignInSheet(ui::MainWindow *window)
{
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        auto *sheet = window->findChild<ui::LoginDialog *>();
        if (sheet && sheet->isVisible())
            return sheet;
        QTest::qWait(20);
    }
    return nullptr;
}

// The agent types the password into the sheet and signs in.
inline void signInOnSheet(ui::LoginDialog *sheet, const QString &password)
{
    sheet->findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    sheet->findChild<QPushButton *>(QStringLiteral("logIn"))->click();
}

} // namespace parley::testing
