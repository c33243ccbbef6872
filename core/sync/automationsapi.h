#pragma once

#include "core/protocol/automationtypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The automation endpoints (docs/api.md "Automations", R6.5), typed; admins only.
class AutomationsApi {
public:
    explicit AutomationsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    void list(HubCallback<QList<Automation>> done) const;
    // Creates an automation of `automation`'s module, template and channel.
    void create(const Automation &automation, HubCallback<Automation> done) const;
    void remove(Id automationId, HubCallback<Done> done) const;
    // The run log, newest first: `limit` runs older than `beforeId` (0: the newest).
    void runs(int limit, Id beforeId, HubCallback<QList<AutomationRun>> done) const;

private:
    HubApi m_api;
};

} // namespace parley
