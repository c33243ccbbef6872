#pragma once

#include "core/domain/agent.h"

#include <QString>

namespace parley {

// Issue #12: which events of its scope pop a desktop notification for an agent. The choice is
// the agent's own, kept on the hub (every desktop of the agent follows it); mutes are per
// conversation and per agent.
enum class NotifyChoice {
    Default,  // my conversations and the unassigned ones of my department
    All,      // every customer message in my scope
    Mine,     // only conversations I own
    Mentions, // only notes that name me
};

QString notifyChoiceName(NotifyChoice choice);
bool notifyChoiceFromName(const QString &name, NotifyChoice *choice);

// What happened: a customer wrote, or a colleague named the agent in a note.
enum class NotifyCause { CustomerMessage, Mention };

// The conversation the event belongs to, as the agent's mirror (or the hub) has it now.
struct NotifyTarget {
    QString department;
    Id ownerId = 0; // 0: unassigned
    bool muted = false;
};

// Whether `cause` in `target` notifies `agent` under `choice`. The event is already in the
// agent's scope (the hub sends nothing else). A mention always notifies, also in a muted
// conversation and under every choice: a colleague called the agent by name (docs/desktop.md
// "Notification choices"). A customer's message never notifies in a muted conversation.
bool shouldNotify(const Agent &agent, NotifyChoice choice, NotifyCause cause,
                  const NotifyTarget &target);

// An agent mutes at most this many conversations (the hub refuses more): the whole list
// travels in each notification_settings.updated event.
constexpr int maxMutedConversations = 1000;

} // namespace parley
