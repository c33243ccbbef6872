#include "ui/session/logindialog.h"

#include "core/sync/hubclient.h"
#include "ui/theme/tone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent), m_client(new HubClient(this)), m_notice(new QLabel(this)),
      m_hubUrl(new QLineEdit(this)), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_error(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Log in to Parley"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_hubUrl->setObjectName(QStringLiteral("hubUrl"));
    m_hubUrl->setPlaceholderText(tr("https://hub.example.com"));
    // Wide enough for a whole address with a port, not a clipped one.
    m_hubUrl->setMinimumWidth(m_hubUrl->fontMetrics().horizontalAdvance(
                                  QStringLiteral("https://parley-hub.example.com:8443")) +
                              24);
    m_login->setObjectName(QStringLiteral("login"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTone(m_error, Tone::Error);
    m_error->hide();

    m_progress->setRange(0, 0); // busy, not a percentage
    m_progress->setTextVisible(false);
    m_progress->hide();

    m_logIn = m_buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_logIn->setObjectName(QStringLiteral("logIn"));
    m_logIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Hub address:"), m_hubUrl);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    // The dialog closes only on the hub's yes, not on the button.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_hubUrl, m_login, m_password})
        connect(field, &QLineEdit::textChanged, this, &LoginDialog::updateButton);
    updateButton();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    for (QLineEdit *field : {m_hubUrl, m_login, m_password}) {
        if (field->text().trimmed().isEmpty()) {
            field->setFocus();
            return;
        }
    }
    m_password->setFocus();
}

void LoginDialog::setHubUrl(const QString &hubUrl)
{
    m_hubUrl->setText(hubUrl);
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
}

void LoginDialog::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

QUrl LoginDialog::hubUrlFromInput(const QString &input)
{
    QString text = input.trimmed();
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl url(text, QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !web || url.host().isEmpty())
        return {};
    return url;
}

void LoginDialog::logIn()
{
    if (m_busy)
        return;
    const QUrl hub = hubUrlFromInput(m_hubUrl->text());
    if (!hub.isValid()) {
        showError(tr("“%1” is not a hub address. Enter it like https://hub.example.com.")
                      .arg(m_hubUrl->text().trimmed()));
        m_hubUrl->setFocus();
        return;
    }
    showError({});
    setBusy(true);
    const int attempt = ++m_attempt;
    m_client->setHub(hub);
    m_client->login(m_login->text().trimmed(), m_password->text(),
                    [this, hub, attempt](const HubClient::Reply &reply, const LoginReply &session) {
                        if (attempt == m_attempt)
                            loginAnswered(hub, reply, session);
                    });
}

void LoginDialog::reject()
{
    ++m_attempt;
    setBusy(false);
    QDialog::reject();
}

void LoginDialog::loginAnswered(const QUrl &hub, const HubClient::Reply &reply,
                                const LoginReply &session)
{
    const int status = reply.status;
    const QString &errorCode = reply.error.code;
    const QString &errorMessage = reply.error.message;
    setBusy(false);
    if (status >= 200 && status < 300 && !session.token.isEmpty()) {
        emit loggedIn(hub, session);
        accept();
        return;
    }
    if (status == 401 || errorCode == QLatin1String("login_failed")) {
        showError(tr("Wrong login or password."));
        m_password->clear();
        m_password->setFocus();
    } else if (status == 429) {
        // The hub's login limits (docs/api.md): say when, not just that it failed.
        showError(reply.retryAfterSeconds > 0
                      ? tr("Too many attempts, try again in %1 s.").arg(reply.retryAfterSeconds)
                      : tr("Too many attempts, try again later."));
    } else if (status == 0) {
        showError(tr("Cannot reach the hub at %1. Check the address and your network. (%2)")
                      .arg(hub.toDisplayString(), errorMessage));
    } else if ((status >= 200 && status < 300) || status == 404 || status == 405) {
        showError(tr("%1 does not answer like a Parley hub. Check the address.")
                      .arg(hub.toDisplayString()));
    } else {
        showError(tr("The hub could not log you in: %1 (%2, HTTP %3)")
                      .arg(errorMessage, errorCode)
                      .arg(status));
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *field : {m_hubUrl, m_login, m_password})
        field->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_logIn->setText(busy ? tr("Logging in…") : tr("Log in"));
    updateButton();
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LoginDialog::updateButton()
{
    m_logIn->setEnabled(!m_busy && !m_hubUrl->text().trimmed().isEmpty() &&
                        !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

} // namespace parley::ui
