#pragma once

#include "core/domain/channel.h"
#include "core/sync/channelsapi.h"
#include "core/sync/peopleapi.h"

#include <QByteArray>
#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace parley::ui {

class ChannelRoutingBox;

// Connects a WhatsApp number (R1.1, R1.2) or edits a channel's preferences (R1.6, R1.8, R2.6).
// A new channel shows the webhook URL and a generated verify token to paste into Meta's
// dashboard, each with a copy button. Credentials are write-only on the hub, so editing shows
// only what can change; a disconnected number is connected again by adding it anew.
class ChannelEditor : public QDialog {
    Q_OBJECT
public:
    // `existing`: every stored channel, for the number and department-limit rules.
    ChannelEditor(HubClient *hub, const QList<Channel> &existing, int departmentCount,
                  const Channel &editing = {}, QWidget *parent = nullptr);

    bool isNew() const { return m_editing.id == 0; }
    // Checks the file with checkChannelIcon; false (and the message shown) when refused.
    bool setIconFile(const QString &path);
    QString errorText() const;
    QString webhookUrl() const;
    QString verifyToken() const;
    ChannelRoutingBox *routingBox() const { return m_routing; }

public slots:
    void save();

signals:
    void saved(const parley::Channel &channel);
    void departmentsLoaded();

private:
    QWidget *credentialsBox();
    QWidget *webhookBox();
    QWidget *preferencesBox();
    QToolButton *copyButton(QLineEdit *source, const char *name);
    ChannelSettings settings() const;
    void saveRouting(const Channel &channel);
    void saveIcon(const Channel &channel);
    void finish(const Channel &channel);
    void fail(const HubError &error);
    void showError(const QString &message);

    QPointer<HubClient> m_hub; // for the routing box
    ChannelsApi m_channels;
    PeopleApi m_people;
    QList<Channel> m_existing;
    int m_departmentCount;
    Channel m_editing;
    QString m_iconName;
    QByteArray m_iconData;

    QToolButton *m_icon = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_wabaId = nullptr;
    QLineEdit *m_phoneNumberId = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QLineEdit *m_appSecret = nullptr;
    QLineEdit *m_graphUrl = nullptr;
    QCheckBox *m_needsRegistration = nullptr;
    QLineEdit *m_webhookUrl = nullptr;
    QLineEdit *m_verifyToken = nullptr;
    QComboBox *m_newCustomers = nullptr;
    QSpinBox *m_autoClose = nullptr;
    ChannelRoutingBox *m_routing = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace parley::ui
