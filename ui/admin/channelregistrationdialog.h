#pragma once

#include "core/domain/channel.h"
#include "core/sync/channelsapi.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace parley::ui {

// R1.10: registering a channel's number, in Meta's three steps: a code by SMS or voice call
// in a chosen language, its six digits, then a six-digit two-step verification PIN, typed
// twice. Each step opens when the one before succeeded; WhatsApp's refusals (a wrong code, too
// many tries) are shown as the hub words them. Registered, the channel is connected.
class ChannelRegistrationDialog : public QDialog {
    Q_OBJECT
public:
    ChannelRegistrationDialog(HubClient *hub, const Channel &channel, QWidget *parent = nullptr);

    QRadioButton *voiceButton() const { return m_voice; }
    QComboBox *languageCombo() const { return m_language; }
    QPushButton *sendCodeButton() const { return m_sendCode; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *verifyButton() const { return m_verify; }
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *pinAgainEdit() const { return m_pinAgain; }
    QPushButton *registerButton() const { return m_register; }
    QString statusText() const;

public slots:
    void sendCode();
    void verifyCode();
    void registerNumber();

signals:
    void codeSent();
    void codeVerified();
    void registered(const Channel &channel);
    void failed(const QString &message);

private:
    void updateButtons();
    void showStatus(const QString &message, bool error);

    ChannelsApi m_channels;
    Channel m_channel;
    bool m_busy = false;
    bool m_codeSent = false;
    bool m_verified = false;
    QRadioButton *m_sms;
    QRadioButton *m_voice;
    QComboBox *m_language;
    QPushButton *m_sendCode;
    QLineEdit *m_code;
    QPushButton *m_verify;
    QLineEdit *m_pin;
    QLineEdit *m_pinAgain;
    QPushButton *m_register;
    QLabel *m_status;
};

} // namespace parley::ui
