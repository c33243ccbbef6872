#pragma once

#include "core/protocol/csattypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The CSAT survey settings (docs/api.md "CSAT surveys", issue #14 item 5), typed; admins only.
class CsatApi {
public:
    explicit CsatApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    // Every setting the hub holds: every channel's (channel 0) and each channel's own.
    void settings(HubCallback<QList<CsatSetting>> done) const;
    // Sets one; template 0 removes it. Answers with the setting as the hub stored it.
    void save(const CsatSetting &setting, HubCallback<CsatSetting> done) const;

private:
    HubApi m_api;
};

} // namespace parley
