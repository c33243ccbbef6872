#pragma once

#include "core/domain/agent.h"

#include <QList>
#include <QStringList>

namespace parley {

// Issue #12: which conversations an agent sees and acts on, enforced by the hub in sync, the
// stream, records and every command. Admins: all of them. Agents and viewers: the
// conversations of their department and the ones they own (a channel's routing may hand a
// customer to an agent of another department it serves). An agent in no department (a hub set
// up before departments) sees all of them, as before.
bool conversationInScope(const Agent &agent, const QString &department, Id ownerId);

// Whether the agent sees everything (admins, agents in no department).
bool seesEverything(const Agent &agent);

// A record (and its activities) is in scope when the agent owns it, when it has no
// conversation yet (a lead typed in, a company, a deal), or when one of its conversations is.
// `departments` and `owners` are its conversations', pairwise.
bool recordInScope(const Agent &agent, Id recordOwnerId, const QStringList &departments,
                   const QList<Id> &owners);

} // namespace parley

namespace parley {

// R3.6: a ticket is in scope as a conversation is, by the ticket's own department (the
// help-desk team it went to) and its assignee, whatever became of its conversation.
bool ticketInScope(const Agent &agent, const QString &ticketDepartment, Id assigneeId);

} // namespace parley
