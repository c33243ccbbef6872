#pragma once

#include "core/domain/ids.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace parley {

// R3.6 help-desk tickets (docs/api.md "Tickets"): a conversation turned into a ticket for the
// help-desk team, linked to the conversation and its contact. The statuses and priorities are
// Zoho Desk's.
enum class TicketStatus { Open, OnHold, Escalated, Closed };
enum class TicketPriority { Low, Medium, High, Urgent };

QString ticketStatusName(TicketStatus status);
bool ticketStatusFromName(const QString &name, TicketStatus *status);
QString ticketPriorityName(TicketPriority priority);
bool ticketPriorityFromName(const QString &name, TicketPriority *priority);

struct Ticket {
    Id id = 0;
    Id conversationId = 0;
    Id recordId = 0; // the conversation's lead or contact when it had one; 0 otherwise
    QString subject;
    TicketStatus status = TicketStatus::Open;
    TicketPriority priority = TicketPriority::Medium;
    Id assigneeId = 0;  // 0: unassigned
    QString department; // the team the ticket is for; scope as a conversation's
    Id createdBy = 0;
    TimestampMs createdAt = 0;
    TimestampMs updatedAt = 0;
};

struct TicketComment {
    Id id = 0;
    Id ticketId = 0;
    Id authorId = 0;
    QString text;
    TimestampMs createdAt = 0;
};

// The body of POST /api/v1/conversations/{id}/ticket ("Convert to ticket"). An empty
// department keeps the conversation's.
struct NewTicket {
    QString subject;
    TicketStatus status = TicketStatus::Open;
    TicketPriority priority = TicketPriority::Medium;
    Id assigneeId = 0;
    QString department;
};

// The body of POST /api/v1/tickets/{id}: only the fields set change; assigneeId 0 unassigns.
struct TicketChange {
    std::optional<QString> subject;
    std::optional<TicketStatus> status;
    std::optional<TicketPriority> priority;
    std::optional<Id> assigneeId;
    std::optional<QString> department;
    bool isEmpty() const { return !subject && !status && !priority && !assigneeId && !department; }
};

// Limits of what a ticket carries, checked by the hub before anything is stored.
namespace TicketLimits {
constexpr int maxSubjectLength = 255;
constexpr int maxCommentLength = 10000;
} // namespace TicketLimits

QJsonObject toJson(const Ticket &ticket);
bool fromJson(const QJsonObject &json, Ticket *ticket, QString *error);
QJsonObject toJson(const TicketComment &comment);
bool fromJson(const QJsonObject &json, TicketComment *comment, QString *error);
QJsonObject toJson(const NewTicket &ticket);
bool fromJson(const QJsonObject &json, NewTicket *ticket, QString *error);
QJsonObject toJson(const TicketChange &change);
bool fromJson(const QJsonObject &json, TicketChange *change, QString *error);

} // namespace parley
