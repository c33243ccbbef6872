#include "core/protocol/tickettypes.h"

#include "core/domain/enumnames.h"

#include "core/protocol/isotime.h"
#include "core/protocol/jsonreader.h"

#include <array>
#include <utility>

namespace parley {
namespace {

const std::array<std::pair<TicketStatus, const char *>, 4> statusNames = {{
    {TicketStatus::Open, "open"},
    {TicketStatus::OnHold, "on_hold"},
    {TicketStatus::Escalated, "escalated"},
    {TicketStatus::Closed, "closed"},
}};

const std::array<std::pair<TicketPriority, const char *>, 4> priorityNames = {{
    {TicketPriority::Low, "low"},
    {TicketPriority::Medium, "medium"},
    {TicketPriority::High, "high"},
    {TicketPriority::Urgent, "urgent"},
}};

} // namespace

QString ticketStatusName(TicketStatus status)
{
    return nameOf(statusNames, status);
}

bool ticketStatusFromName(const QString &name, TicketStatus *status)
{
    return valueOf(statusNames, name, status);
}

QString ticketPriorityName(TicketPriority priority)
{
    return nameOf(priorityNames, priority);
}

bool ticketPriorityFromName(const QString &name, TicketPriority *priority)
{
    return valueOf(priorityNames, name, priority);
}

QJsonObject toJson(const Ticket &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("conversation_id"), t.conversationId},
            {QStringLiteral("record_id"), t.recordId},
            {QStringLiteral("subject"), t.subject},
            {QStringLiteral("status"), ticketStatusName(t.status)},
            {QStringLiteral("priority"), ticketPriorityName(t.priority)},
            {QStringLiteral("assignee_id"), t.assigneeId},
            {QStringLiteral("department"), t.department},
            {QStringLiteral("created_by"), t.createdBy},
            {QStringLiteral("created_at"), toIsoUtc(t.createdAt)},
            {QStringLiteral("updated_at"), toIsoUtc(t.updatedAt)}};
}

bool fromJson(const QJsonObject &json, Ticket *t, QString *error)
{
    JsonReader r(json);
    t->id = r.id(QStringLiteral("id"), true);
    t->conversationId = r.id(QStringLiteral("conversation_id"), true);
    t->recordId = r.id(QStringLiteral("record_id"));
    t->subject = r.string(QStringLiteral("subject"), true);
    t->status = r.enumValue(QStringLiteral("status"), ticketStatusFromName, TicketStatus::Open);
    t->priority =
        r.enumValue(QStringLiteral("priority"), ticketPriorityFromName, TicketPriority::Medium);
    t->assigneeId = r.id(QStringLiteral("assignee_id"));
    t->department = r.string(QStringLiteral("department"));
    t->createdBy = r.id(QStringLiteral("created_by"));
    t->createdAt = r.time(QStringLiteral("created_at"));
    t->updatedAt = r.time(QStringLiteral("updated_at"));
    return finish(r, error);
}

QJsonObject toJson(const TicketComment &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("ticket_id"), c.ticketId},
            {QStringLiteral("author_id"), c.authorId},
            {QStringLiteral("text"), c.text},
            {QStringLiteral("created_at"), toIsoUtc(c.createdAt)}};
}

bool fromJson(const QJsonObject &json, TicketComment *c, QString *error)
{
    JsonReader r(json);
    c->id = r.id(QStringLiteral("id"), true);
    c->ticketId = r.id(QStringLiteral("ticket_id"), true);
    c->authorId = r.id(QStringLiteral("author_id"));
    c->text = r.string(QStringLiteral("text"), true);
    c->createdAt = r.time(QStringLiteral("created_at"));
    return finish(r, error);
}

QJsonObject toJson(const NewTicket &t)
{
    QJsonObject json{{QStringLiteral("subject"), t.subject},
                     {QStringLiteral("status"), ticketStatusName(t.status)},
                     {QStringLiteral("priority"), ticketPriorityName(t.priority)},
                     {QStringLiteral("assignee_id"), t.assigneeId}};
    if (!t.department.isEmpty())
        json.insert(QStringLiteral("department"), t.department);
    return json;
}

bool fromJson(const QJsonObject &json, NewTicket *t, QString *error)
{
    JsonReader r(json);
    t->subject = r.string(QStringLiteral("subject"), true);
    t->status = r.enumValue(QStringLiteral("status"), ticketStatusFromName, TicketStatus::Open);
    t->priority =
        r.enumValue(QStringLiteral("priority"), ticketPriorityFromName, TicketPriority::Medium);
    t->assigneeId = r.id(QStringLiteral("assignee_id"));
    t->department = r.string(QStringLiteral("department"));
    return finish(r, error);
}

QJsonObject toJson(const TicketChange &c)
{
    QJsonObject json;
    if (c.subject)
        json.insert(QStringLiteral("subject"), *c.subject);
    if (c.status)
        json.insert(QStringLiteral("status"), ticketStatusName(*c.status));
    if (c.priority)
        json.insert(QStringLiteral("priority"), ticketPriorityName(*c.priority));
    if (c.assigneeId)
        json.insert(QStringLiteral("assignee_id"), *c.assigneeId);
    if (c.department)
        json.insert(QStringLiteral("department"), *c.department);
    return json;
}

bool fromJson(const QJsonObject &json, TicketChange *c, QString *error)
{
    JsonReader r(json);
    if (r.has(QStringLiteral("subject")))
        c->subject = r.string(QStringLiteral("subject"));
    if (r.has(QStringLiteral("status")))
        c->status = r.enumValue(QStringLiteral("status"), ticketStatusFromName, TicketStatus::Open);
    if (r.has(QStringLiteral("priority")))
        c->priority =
            r.enumValue(QStringLiteral("priority"), ticketPriorityFromName, TicketPriority::Medium);
    if (r.has(QStringLiteral("assignee_id")))
        c->assigneeId = r.id(QStringLiteral("assignee_id"));
    if (r.has(QStringLiteral("department")))
        c->department = r.string(QStringLiteral("department"));
    return finish(r, error);
}

} // namespace parley
