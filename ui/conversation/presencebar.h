#pragma once

#include "core/protocol/presencetypes.h"

#include <QLabel>

namespace parley::ui {

// A line above the composer saying who else is in the open conversation (issue #12): "Ana is
// viewing", "Ana is typing…", "Ana and Bruno are viewing", "3 agents are viewing". Fed by the
// hub's relayed presence (SyncController::presenceChanged); hidden while nobody else is there.
class PresenceBar : public QLabel {
    Q_OBJECT
public:
    explicit PresenceBar(QWidget *parent = nullptr);

    // The conversation now open (0: none): what was shown for another one goes.
    void setConversation(Id conversationId);
    // The hub's word on one conversation; ignored unless it is the open one.
    void showPresence(const parley::PresenceUpdate &update);

    // The line for these agents (typing ones first); empty for nobody.
    static QString describe(const QList<PresentAgent> &agents);

private:
    Id m_conversation = 0;
};

} // namespace parley::ui
