#include "hub/service/snoozewaker.h"

namespace parley::hub {

SnoozeWaker::SnoozeWaker(HubContext &ctx, TriageService &triage, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_triage(triage)
{
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("PARLEY_HUB_HOUSEKEEPING_MS", &ok);
    m_timer.setInterval(ok && interval > 0 ? interval : 15000);
    // With several hubs on one store only the leader reopens snoozed conversations (Leadership).
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_ctx.leads())
            m_triage.wakeSnoozed();
    });
}

void SnoozeWaker::start()
{
    m_timer.start();
}

} // namespace parley::hub
