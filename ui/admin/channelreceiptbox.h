#pragma once

#include "core/sync/triageapi.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace parley::ui {

// Issue #12: on the Channels page, who sends the customer the read receipt (the blue ticks) for
// the chosen channel: the conversation's owner (anyone while it is unassigned), or any agent
// who reads it. Read from the hub when a channel is chosen; a choice is saved at once.
class ChannelReceiptBox : public QWidget {
    Q_OBJECT
public:
    explicit ChannelReceiptBox(HubClient *hub, QWidget *parent = nullptr);

    // 0: no channel chosen (the box is disabled).
    void setChannel(Id channelId);
    Id channel() const { return m_channel; }
    // The rule shown; meaningful once loaded() or saved() came.
    ReadReceiptRule rule() const;

signals:
    void loaded();
    void saved(bool ok);

private:
    void choose(int index);
    void showRule(ReadReceiptRule rule);

    TriageApi m_api;
    Id m_channel = 0;
    QComboBox *m_choice;
    QLabel *m_error;
};

} // namespace parley::ui
