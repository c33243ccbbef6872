#pragma once

#include "core/domain/channel.h"
#include "core/sync/channelsapi.h"
#include "core/sync/peopleapi.h"
#include "ui/admin/adminmirror.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QInputDialog;
class QLabel;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace parley::ui {

class ChannelEditor;
class ChannelReceiptBox;
class ChannelProfileDialog;
class ChannelRegistrationDialog;

// R1: the team's WhatsApp numbers with their status; connect one, edit its preferences,
// deactivate or activate it (after a confirmation; conversations stay), or disconnect the
// integration ("Yes, delete"; every stored message stays). The list is read from the mirror,
// refreshed from the hub, and updated from each command's reply; a mirror answer never replaces
// a hub answer shown after it was asked (AnswerOrder).
class ChannelsPage : public QWidget {
    Q_OBJECT
public:
    ChannelsPage(AdminMirror mirror, HubClient *hub, QWidget *parent = nullptr);

    QList<Channel> channels() const { return m_channels; }
    std::optional<Channel> currentChannel() const;
    // What an admin must do about the selected channel (pending, needs attention); empty if
    // nothing.
    QString attentionText() const;
    void selectChannel(Id id);
    // Who sends read receipts on the chosen channel (issue #12).
    ChannelReceiptBox *receipts() const { return m_receipts; }

public slots:
    void refresh(); // from the hub
    void reload();  // from the mirror, after a sync batch changed channels
    ChannelEditor *addChannel();
    ChannelEditor *editCurrent();
    ChannelProfileDialog *profileOfCurrent(); // R1.9
    // Each asks first and acts when confirmed; returns the question (null when nothing is
    // selected or the action does not apply).
    QMessageBox *toggleActiveCurrent();
    QMessageBox *disconnectCurrent();
    // R1.10: for a channel pending verification; R1.3: for one that needs attention.
    ChannelRegistrationDialog *registerCurrent();
    QInputDialog *renewTokenOfCurrent();

signals:
    void channelsShown();
    void commandFinished(bool ok);

private:
    void show(const QList<Channel> &channels);
    void upsert(const Channel &channel);
    void fillRow(int row, const Channel &channel);
    void command(const Channel &channel, const QString &action);
    void fetchIcon(Id channelId);
    void updateButtons();
    void showError(const QString &message);

    AdminMirror m_mirror;
    AnswerOrder m_order;
    QPointer<HubClient> m_hub;
    ChannelsApi m_channelsApi;
    PeopleApi m_people;
    QList<Channel> m_channels;
    QHash<Id, QIcon> m_icons;
    int m_departmentCount = 0;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_profile;
    QPushButton *m_toggle;
    QPushButton *m_disconnect;
    QPushButton *m_register;
    QPushButton *m_renewToken;
    QLabel *m_attention;
    QLabel *m_error;
    ChannelReceiptBox *m_receipts;
};

} // namespace parley::ui
