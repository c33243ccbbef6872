#pragma once

#include "core/domain/agent.h"
#include "core/protocol/olderhistory.h"
#include "hub/service/hubcontext.h"

namespace parley::hub {

// The older messages of many conversations in one answer (docs/api.md, "Older history in
// bulk"), for a desktop completing its first sync after the snapshot. Each conversation is
// checked against the agent's scope as a single read of it is (HubContext::conversationFor):
// one outside it answers as one that does not exist. Conversations are answered in the order
// asked, each with its messages below its `before_id`, newest first up to what is left of
// `limit` (at most olderhistory::maxMessages); the first that does not fit whole ends the answer.
OlderHistoryPage readOlderHistory(HubContext &context, const Agent &agent,
                                  const QList<OlderHistoryCursor> &cursors, int limit);

} // namespace parley::hub
