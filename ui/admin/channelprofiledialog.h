#pragma once

#include "core/domain/channel.h"
#include "core/sync/channelsapi.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace parley::ui {

// R1.9: the WhatsApp business profile customers see, read from and saved to Meta through the
// hub. Counters follow Meta's limits (core/rules/profilerules.h) and Save stays off while any
// field breaks one. The display name is only shown: Meta changes it after its own review.
class ChannelProfileDialog : public QDialog {
    Q_OBJECT
public:
    ChannelProfileDialog(HubClient *hub, const Channel &channel, QWidget *parent = nullptr);

    QLineEdit *aboutEdit() const { return m_about; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *verticalCombo() const { return m_vertical; }
    QPushButton *saveButton() const;
    QString errorText() const;

public slots:
    void load();
    void save();

signals:
    void loaded();
    void saved();
    void failed(const QString &message);

private:
    void show(const whatsapp::BusinessProfile &profile);
    whatsapp::BusinessProfile profile() const;
    void updateCounters();
    void showError(const QString &message);

    ChannelsApi m_channels;
    Channel m_channel;
    bool m_loaded = false;
    QLineEdit *m_about;
    QPlainTextEdit *m_description;
    QLineEdit *m_address;
    QLineEdit *m_email;
    QLineEdit *m_website1;
    QLineEdit *m_website2;
    QComboBox *m_vertical;
    QLabel *m_aboutCount;
    QLabel *m_descriptionCount;
    QLabel *m_addressCount;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace parley::ui
