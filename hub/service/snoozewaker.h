#pragma once

#include "hub/service/hubcontext.h"
#include "hub/service/triageservice.h"

#include <QObject>
#include <QTimer>

namespace parley::hub {

// Issue #12: the one timer that reopens snoozed conversations whose time has come. Keep it the
// only one: with several hubs on one store it is the part to run under an advisory lock.
// Runs every 15 s (PARLEY_HUB_HOUSEKEEPING_MS overrides it, for tests).
class SnoozeWaker : public QObject {
    Q_OBJECT
public:
    SnoozeWaker(HubContext &ctx, TriageService &triage, QObject *parent = nullptr);

    void start();

private:
    HubContext &m_ctx;
    TriageService &m_triage;
    QTimer m_timer;
};

} // namespace parley::hub
