#include "hub/hublogging.h"

namespace parley::hub {

Q_LOGGING_CATEGORY(lcHubWebhook, "parley.hub.webhook")
Q_LOGGING_CATEGORY(lcHubStore, "parley.hub.store")
Q_LOGGING_CATEGORY(lcHubOutgoing, "parley.hub.outgoing")
Q_LOGGING_CATEGORY(lcHubApi, "parley.hub.api")

} // namespace parley::hub
