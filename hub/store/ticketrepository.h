#pragma once

#include "core/protocol/tickettypes.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// The hub's tickets and their comments (R3.6). Only this file holds their SQL.
class TicketRepository {
public:
    explicit TicketRepository(HubDatabase &db) : m_db(db) {}

    // 0 on a store failure, or when the conversation already has a ticket (one per
    // conversation: the UNIQUE key answers a race between two desktops).
    Id insert(const Ticket &ticket);
    bool save(const Ticket &ticket);
    std::optional<Ticket> byId(Id id);
    std::optional<Ticket> byConversation(Id conversationId);

    // What the Tickets list asks for; unset filters match everything.
    struct Filter {
        std::optional<TicketStatus> status;
        std::optional<TicketPriority> priority;
        std::optional<Id> assigneeId; // 0: unassigned
    };
    // Newest first, `limit` tickets with ids below `beforeId` (0: from the newest).
    QList<Ticket> list(const Filter &filter, int limit, Id beforeId);

    Id insertComment(const TicketComment &comment);
    qint64 commentCount(Id ticketId);
    // Oldest first, at most `limit`.
    QList<TicketComment> comments(Id ticketId, int limit);

    // Whether an admin made a department of that name (a ticket goes only to a real team).
    bool departmentExists(const QString &name);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
