#pragma once

#include "core/domain/agent.h"
#include "core/sync/hubapi.h"

namespace parley {

// The session endpoints (docs/api.md "Sessions"), typed: who the token belongs to, and signing
// out. Signing in is the login dialog's LoginRequest/LoginReply.
class SessionApi {
public:
    explicit SessionApi(HubApi api) : m_api(api) {}

    // The agent the token belongs to; a revoked token answers 401 (error().status).
    void me(HubCallback<Agent> done) const;
    // Revokes the token on the hub; nobody waits for the answer.
    void logOut() const;

private:
    HubApi m_api;
};

} // namespace parley
