#pragma once

#include "core/protocol/tickettypes.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace parley {

// What the Tickets module and the conversation's ticket bar read from the mirror (R3.6). Small
// indexed queries for the UI thread; on a database error the result is empty and
// errorString() says why.
class TicketReads {
public:
    explicit TicketReads(QSqlDatabase db) : m_db(std::move(db)) {}

    // The list's filters; unset ones match everything.
    struct Filter {
        std::optional<TicketStatus> status;
        std::optional<TicketPriority> priority;
        std::optional<Id> assigneeId; // 0: unassigned
    };
    // One page, newest first: `limit` tickets after skipping `offset`.
    QList<Ticket> tickets(const Filter &filter, int limit, int offset);
    int count(const Filter &filter);
    std::optional<Ticket> ticket(Id id);
    std::optional<Ticket> ofConversation(Id conversationId);
    // Oldest first.
    QList<TicketComment> comments(Id ticketId);

    QString errorString() const { return m_error; }

private:
    QList<Ticket> readTickets(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace parley
