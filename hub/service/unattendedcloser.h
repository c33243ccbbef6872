#pragma once

#include "hub/service/conversationservice.h"

#include <QObject>
#include <QTimer>

namespace parley::hub {

// R2.6: a chat whose customer has waited longer than its channel's limit with no answer is
// closed. Runs every minute (PARLEY_HUB_HOUSEKEEPING_MS overrides it, for tests).
class UnattendedCloser : public QObject {
    Q_OBJECT
public:
    UnattendedCloser(HubContext &context, ConversationService &conversations,
                     QObject *parent = nullptr);

    void start();
    // Closes what is due now; returns how many were closed.
    int closeDue();

private:
    HubContext &m_ctx;
    ConversationService &m_conversations;
    QTimer m_timer;
};

} // namespace parley::hub
