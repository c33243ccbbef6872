#include "ui/admin/channelregistrationdialog.h"

#include "core/whatsapp/graphregistration.h"
#include "ui/theme/tone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

// The languages the code's SMS or call can be in, named in their own words; the desktop's own
// four first.
const QList<QPair<QString, QString>> codeLanguages = {
    {QStringLiteral("en_US"), QStringLiteral("English (US)")},
    {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
    {QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
    {QStringLiteral("ja"), QStringLiteral("日本語")},
    {QStringLiteral("es"), QStringLiteral("Español")},
    {QStringLiteral("fr"), QStringLiteral("Français")},
    {QStringLiteral("de"), QStringLiteral("Deutsch")},
};

QLineEdit *sixDigitsEdit(QWidget *parent, const QString &objectName, bool secret)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(6);
    edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly);
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ChannelRegistrationDialog::ChannelRegistrationDialog(HubClient *hub, const Channel &channel,
                                                     QWidget *parent)
    : QDialog(parent), m_channels(HubApi(hub)), m_channel(channel),
      m_sms(new QRadioButton(tr("Text message (SMS)"), this)),
      m_voice(new QRadioButton(tr("Voice call"), this)), m_language(new QComboBox(this)),
      m_sendCode(new QPushButton(tr("Send code"), this)),
      m_code(sixDigitsEdit(this, QStringLiteral("registrationCode"), false)),
      m_verify(new QPushButton(tr("Verify"), this)),
      m_pin(sixDigitsEdit(this, QStringLiteral("registrationPin"), true)),
      m_pinAgain(sixDigitsEdit(this, QStringLiteral("registrationPinAgain"), true)),
      m_register(new QPushButton(tr("Register"), this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Register %1").arg(u'+' + channel.displayNumber));
    m_sms->setChecked(true);
    m_sendCode->setObjectName(QStringLiteral("sendCode"));
    m_verify->setObjectName(QStringLiteral("verifyCode"));
    m_register->setObjectName(QStringLiteral("registerNumber"));
    m_status->setObjectName(QStringLiteral("registrationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    const QString systemLanguage = QLocale().name();
    for (const auto &[code, name] : codeLanguages) {
        m_language->addItem(name, code);
        if (code == systemLanguage || code == systemLanguage.left(2))
            m_language->setCurrentIndex(m_language->count() - 1);
    }
    m_language->setAccessibleName(tr("Language of the code"));
    m_code->setAccessibleName(tr("Code"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pinAgain->setAccessibleName(tr("PIN again"));

    auto *intro = new QLabel(tr("WhatsApp sends a 6-digit code to +%1. The phone must be able "
                                "to receive a text message or a call on this number.")
                                 .arg(channel.displayNumber),
                             this);
    intro->setWordWrap(true);

    auto *stepCode = new QGroupBox(tr("1. Get a code"), this);
    auto *methods = new QHBoxLayout;
    methods->addWidget(m_sms);
    methods->addWidget(m_voice);
    methods->addStretch();
    auto *codeForm = new QFormLayout(stepCode);
    codeForm->addRow(tr("Send by"), methods);
    codeForm->addRow(tr("Language"), m_language);
    codeForm->addRow(QString(), m_sendCode);

    auto *stepVerify = new QGroupBox(tr("2. Enter the code"), this);
    auto *verifyForm = new QFormLayout(stepVerify);
    verifyForm->addRow(tr("Code"), m_code);
    verifyForm->addRow(QString(), m_verify);

    auto *stepPin = new QGroupBox(tr("3. Choose a PIN"), this);
    // The hint above the form, not a spanning row of it: a form row did not grow with a wrapped
    // label's height, and the two Japanese lines were clipped inside the box.
    auto *pinBox = new QVBoxLayout(stepPin);
    auto *pinHint = new QLabel(tr("Two-step verification: WhatsApp asks for this 6-digit PIN "
                                  "whenever the number is registered again. Keep it safe."),
                               stepPin);
    pinHint->setWordWrap(true);
    pinBox->addWidget(pinHint);
    auto *pinForm = new QFormLayout;
    pinBox->addLayout(pinForm);
    pinForm->addRow(tr("PIN"), m_pin);
    pinForm->addRow(tr("PIN again"), m_pinAgain);
    pinForm->addRow(QString(), m_register);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(stepCode);
    layout->addWidget(stepVerify);
    layout->addWidget(stepPin);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sendCode, &QPushButton::clicked, this, &ChannelRegistrationDialog::sendCode);
    connect(m_verify, &QPushButton::clicked, this, &ChannelRegistrationDialog::verifyCode);
    connect(m_register, &QPushButton::clicked, this, &ChannelRegistrationDialog::registerNumber);
    for (QLineEdit *edit : {m_code, m_pin, m_pinAgain})
        connect(edit, &QLineEdit::textChanged, this, &ChannelRegistrationDialog::updateButtons);
    updateButtons();
}

QString ChannelRegistrationDialog::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void ChannelRegistrationDialog::updateButtons()
{
    const bool pinsMatch =
        whatsapp::isSixDigits(m_pin->text()) && m_pin->text() == m_pinAgain->text();
    m_sendCode->setEnabled(!m_busy && !m_verified);
    m_code->setEnabled(m_codeSent && !m_verified);
    m_verify->setEnabled(!m_busy && m_codeSent && !m_verified &&
                         whatsapp::isSixDigits(m_code->text()));
    m_pin->setEnabled(m_verified);
    m_pinAgain->setEnabled(m_verified);
    m_register->setEnabled(!m_busy && m_verified && pinsMatch);
}

void ChannelRegistrationDialog::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    setTone(m_status, error ? Tone::Error : Tone::Success);
    m_status->show();
    if (error)
        emit failed(message);
}

void ChannelRegistrationDialog::sendCode()
{
    if (!m_channels.isConnected() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    const bool voice = m_voice->isChecked();
    m_channels.requestCode(
        m_channel.id, voice, m_language->currentData().toString(),
        [this, self = QPointer(this), voice](const HubResult<Done> &done) {
            if (!self)
                return;
            m_busy = false;
            if (done.ok()) {
                m_codeSent = true;
                showStatus(
                    voice
                        ? tr("WhatsApp is calling +%1 with the code.").arg(m_channel.displayNumber)
                        : tr("WhatsApp sent the code to +%1 by text "
                             "message.")
                              .arg(m_channel.displayNumber),
                    false);
                m_code->setFocus();
                emit codeSent();
            } else {
                showStatus(done.error().text(), true);
            }
            updateButtons();
        });
}

void ChannelRegistrationDialog::verifyCode()
{
    if (!m_channels.isConnected() || m_busy || !whatsapp::isSixDigits(m_code->text()))
        return;
    m_busy = true;
    updateButtons();
    m_channels.verifyCode(m_channel.id, m_code->text(),
                          [this, self = QPointer(this)](const HubResult<Done> &done) {
                              if (!self)
                                  return;
                              m_busy = false;
                              if (done.ok()) {
                                  m_verified = true;
                                  showStatus(tr("The code is right. Now choose the PIN."), false);
                                  m_pin->setFocus();
                                  emit codeVerified();
                              } else {
                                  m_code->selectAll();
                                  showStatus(done.error().text(), true);
                              }
                              updateButtons();
                          });
}

void ChannelRegistrationDialog::registerNumber()
{
    if (!m_channels.isConnected() || m_busy || !m_register->isEnabled())
        return;
    m_busy = true;
    updateButtons();
    m_channels.registerNumber(m_channel.id, m_pin->text(),
                              [this, self = QPointer(this)](const HubResult<Channel> &channel) {
                                  if (!self)
                                      return;
                                  m_busy = false;
                                  updateButtons();
                                  if (!channel.ok())
                                      return showStatus(channel.error().text(), true);
                                  emit registered(*channel);
                                  accept();
                              });
}

} // namespace parley::ui
