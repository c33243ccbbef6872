#pragma once

// The hub's log categories, one per subsystem. Turn one up or down with QT_LOGGING_RULES, e.g.
// QT_LOGGING_RULES="parley.hub.outgoing.debug=true" (docs/operations.md).

#include <QLoggingCategory>

namespace parley::hub {

Q_DECLARE_LOGGING_CATEGORY(lcHubWebhook)  // "parley.hub.webhook": webhook intake
Q_DECLARE_LOGGING_CATEGORY(lcHubStore)    // "parley.hub.store": the store and its SQL
Q_DECLARE_LOGGING_CATEGORY(lcHubOutgoing) // "parley.hub.outgoing": the queue of Graph calls
Q_DECLARE_LOGGING_CATEGORY(lcHubApi)      // "parley.hub.api": the agent API and stream

} // namespace parley::hub
