#pragma once

#include "core/domain/message.h"

#include <optional>

namespace parley {

// Issue #12, "who did what": a change of a conversation's owner or status, kept in the
// conversation as a line ("Ana assigned this conversation to Rui"). The hub stores it as a note
// authored by the agent who made the change, with what changed in its details; its text is an
// English sentence so that desktops which do not know lines show a readable note. Desktops that
// know them draw a centred line in their own language and leave it out of the notes list.
struct TeamLine {
    enum class Kind { Assigned, Status };
    Kind kind = Kind::Assigned;
    Id ownerId = 0;    // Assigned: the new owner, 0 for nobody
    QString ownerName; // …by the name it had then
    QString status;    // Status: the new status's wire name ("closed")
};

// The note the hub stores for `line`, by `agentId` (its author) at `at`.
Message teamLineNote(Id conversationId, Id agentId, const TeamLine &line, TimestampMs at);
// The line a note stands for; nullopt for every other message.
std::optional<TeamLine> teamLineOf(const Message &message);

} // namespace parley
