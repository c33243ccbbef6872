#pragma once

#include "core/domain/predefinedtext.h"
#include "core/sync/hubapi.h"

namespace parley {

// The predefined text endpoints (docs/api.md "Predefined texts", R5.x), typed. The texts
// themselves reach the desktop through the sync stream; these calls only change them.
class PredefinedTextsApi {
public:
    explicit PredefinedTextsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    // Creates `text` when its id is 0, else replaces its name, module and body; answers with the
    // text as the hub stored it.
    void save(const PredefinedText &text, HubCallback<PredefinedText> done) const;
    void remove(Id textId, HubCallback<Done> done) const;

private:
    HubApi m_api;
};

} // namespace parley
