#pragma once

#include "core/protocol/commands.h"
#include "core/sync/hubclient.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace parley::ui {

// First run, or a session the hub no longer accepts: asks for the hub's address, the login and
// the password, and logs in without ever waiting on the network in the UI thread. While the
// hub is asked the form is busy; a refusal or an unreachable hub is said plainly, and the
// agent can try again.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    // Pre-fills the form, e.g. from --hub or the last session.
    void setHubUrl(const QString &hubUrl);
    void setLogin(const QString &login);
    // A line above the form, e.g. why the agent is asked again.
    void setNotice(const QString &notice);

    bool isBusy() const { return m_busy; }
    QString errorText() const;

    // What the agent typed as a hub URL; https is assumed when no scheme is given. Invalid
    // when it is not an http(s) address with a host.
    static QUrl hubUrlFromInput(const QString &input);

public slots:
    // Cancel while the hub is being asked: its late answer is ignored.
    void reject() override;

signals:
    // The hub accepted the login; the dialog closes itself (accepted) right after.
    void loggedIn(const QUrl &hubUrl, const parley::LoginReply &session);

protected:
    // A repeat sign-in has the hub and login filled: the cursor waits in the password, so a
    // password typed at once never lands in the hub's address.
    void showEvent(QShowEvent *event) override;

private:
    void logIn();
    void loginAnswered(const QUrl &hub, const HubClient::Reply &reply, const LoginReply &session);
    void setBusy(bool busy);
    void showError(const QString &text);
    void updateButton();

    HubClient *m_client;
    QLabel *m_notice;
    QLineEdit *m_hubUrl;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_logIn;
    bool m_busy = false;
    int m_attempt = 0; // answers to an earlier, abandoned attempt are ignored
};

} // namespace parley::ui
