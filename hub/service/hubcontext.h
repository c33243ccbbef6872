#pragma once

#include "core/domain/ids.h"
#include "hub/store/agentrepository.h"
#include "hub/store/channelrepository.h"
#include "hub/store/conversationrepository.h"
#include "hub/store/eventlog.h"
#include "hub/store/hubdatabase.h"
#include "hub/store/recordrepository.h"
#include "hub/store/templaterepository.h"

#include <QDateTime>

#include <functional>

namespace parley::hub {

// What every part of the hub shares: the store and its repositories, the clock, and the hook
// that tells the event stream new events were committed.
struct HubContext {
    explicit HubContext(HubDatabase &database)
        : db(database), events(database), agents(database), channels(database),
          conversations(database), records(database), templates(database)
    {}

    HubDatabase &db;
    EventLog events;
    AgentRepository agents;
    ChannelRepository channels;
    ConversationRepository conversations;
    RecordRepository records;
    TemplateRepository templates;

    std::function<TimestampMs()> clock = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
    std::function<void()> eventsCommitted = [] {
    };
    std::function<void()> outgoingQueued = [] {
    };

    TimestampMs now() const { return clock(); }
};

} // namespace parley::hub
