#pragma once

#include "core/domain/messagetemplate.h"
#include "core/sync/hubapi.h"

namespace parley {

// The template submission endpoint (docs/api.md "Templates", R6.x), typed. Templates themselves
// reach the desktop through the sync stream.
class TemplatesApi {
public:
    explicit TemplatesApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    // Submits a new template (id 0) or a changed one to Meta for review, with the examples of
    // its variables; answers with the template as the hub stored it.
    void submit(const MessageTemplate &t, const QStringList &examples,
                HubCallback<MessageTemplate> done) const;
    // R6.2: deletes the template on WhatsApp and on the hub (its place among the 200 frees).
    void remove(Id templateId, HubCallback<Done> done) const;

private:
    HubApi m_api;
};

} // namespace parley
