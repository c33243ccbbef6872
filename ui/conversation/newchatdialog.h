#pragma once

#include "core/domain/ids.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace parley {
class HubClient;
}

namespace parley::ui {

// R2.4 "New WhatsApp chat": only a customer can start a free-form conversation, so a chat the
// business starts opens with an approved template; free replies follow once the customer
// answers.
class NewChatDialog : public QDialog {
    Q_OBJECT
public:
    NewChatDialog(QSqlDatabase mirror, HubClient *hub, QWidget *parent = nullptr);

    int templateCount() const;
    bool canSend() const;
    void setNumber(const QString &number);

signals:
    void started(parley::Id conversationId);

private:
    void updateState();
    void send();

    HubClient *m_hub;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_template = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_send = nullptr;
};

} // namespace parley::ui
