#pragma once

#include "core/domain/ids.h"
#include "core/rules/scoperules.h"
#include "hub/store/agentrepository.h"
#include "hub/store/agentviews.h"
#include "hub/store/channelrepository.h"
#include "hub/store/conversationrepository.h"
#include "hub/store/eventlog.h"
#include "hub/store/hubdatabase.h"
#include "hub/store/outgoingrepository.h"
#include "hub/store/recordrepository.h"
#include "hub/store/templaterepository.h"
#include "hub/store/ticketrepository.h"

#include <QDateTime>

#include <functional>

namespace parley::hub {

// What every part of the hub shares: the store and its repositories, the clock, and the hook
// that tells the event stream new events were committed.
struct HubContext {
    explicit HubContext(HubDatabase &database)
        : db(database), events(database), agents(database), channels(database),
          conversations(database), records(database), templates(database), views(database),
          tickets(database), outgoing(database)
    {}

    HubDatabase &db;
    EventLog events;
    AgentRepository agents;
    ChannelRepository channels;
    ConversationRepository conversations;
    RecordRepository records;
    TemplateRepository templates;
    AgentViews views;
    TicketRepository tickets;
    OutgoingRepository outgoing;

    std::function<TimestampMs()> clock = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };
    std::function<void()> eventsCommitted = [] {
    };
    std::function<void()> outgoingQueued = [] {
    };
    // Several hubs on one store (Leadership): whether this one runs the timers, which every
    // timer's work checks first; this hub's key among them; the SQL listing those alive.
    std::function<bool()> leads = [] {
        return true;
    };
    std::function<qint64()> instanceKey = [] {
        return qint64(1);
    };
    std::function<QString()> liveInstancesSql = [] {
        return QStringLiteral("1");
    };
    // R1.4: a deactivated channel was activated again (WebhookIntake takes in what it held).
    std::function<void(Id)> channelActivated = [](Id) {
    };

    // A customer's press of a template's button: the wamid of the message it replies to, and
    // the button's payload and title.
    struct ButtonPress {
        QString repliedTo;
        QString payload;
        QString title;
    };
    // Issue #14 CSAT: inside the webhook's transaction, whether a customer's button press (at
    // `at`) is their rating of a survey, now recorded (CsatService).
    std::function<bool(const Conversation &, const ButtonPress &, TimestampMs at)> csatAnswered =
        [](const Conversation &, const ButtonPress &, TimestampMs) {
            return false;
        };

    TimestampMs now() const { return clock(); }

    // The conversation `id` when it exists and is in `agent`'s scope (core/rules/scoperules.h):
    // every command and read of one conversation goes through here, so a conversation outside
    // the scope answers exactly as one that does not exist.
    std::optional<Conversation> conversationFor(const Agent &agent, Id id)
    {
        std::optional<Conversation> found = conversations.byId(id);
        if (found && !conversationInScope(agent, found->department, found->ownerId))
            return std::nullopt;
        return found;
    }
    // The record `id` when it exists and is in `agent`'s scope (recordInScope).
    std::optional<Record> recordFor(const Agent &agent, Id id)
    {
        std::optional<Record> found = records.byId(id);
        if (!found || seesEverything(agent))
            return found;
        const AgentViews::RecordView view = views.records({id}).value(id);
        if (!recordInScope(agent, found->ownerId, view.departments, view.owners))
            return std::nullopt;
        return found;
    }
};

} // namespace parley::hub
