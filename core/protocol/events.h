#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace parley {

// Event types of the hub's log (docs/api.md). "*.deleted" events carry only {"id": …}.
namespace EventType {
inline const QString ConversationCreated = QStringLiteral("conversation.created");
inline const QString ConversationUpdated = QStringLiteral("conversation.updated");
inline const QString MessageCreated = QStringLiteral("message.created");
inline const QString MessageUpdated = QStringLiteral("message.updated");
// {"id", "department"}: the conversation moved out of `department`; its agents' desktops drop
// it with its messages (issue #12). Sent only to that department.
inline const QString ConversationLeft = QStringLiteral("conversation.left");
inline const QString AgentUpdated = QStringLiteral("agent.updated");
inline const QString ChannelUpdated = QStringLiteral("channel.updated");
inline const QString RecordUpdated = QStringLiteral("record.updated");
inline const QString RecordDeleted = QStringLiteral("record.deleted");
// {"kept_id", "merged_id"}: after the merged record's record.deleted (R9.2).
inline const QString RecordMerged = QStringLiteral("record.merged");
inline const QString PredefinedTextUpdated = QStringLiteral("predefined_text.updated");
inline const QString PredefinedTextDeleted = QStringLiteral("predefined_text.deleted");
inline const QString TemplateUpdated = QStringLiteral("template.updated");
// {"id"}: an admin deleted the template (R6.2); it leaves every list.
inline const QString TemplateDeleted = QStringLiteral("template.deleted");
inline const QString CreditsUpdated = QStringLiteral("credits.updated");
inline const QString ActivityUpdated = QStringLiteral("activity.updated");
// R3.6: a ticket's full state (core/protocol/tickettypes.h), and one comment on a ticket. Both
// reach only the agents who see the ticket (its department, its assignee; hub/service/agentfeed).
inline const QString TicketUpdated = QStringLiteral("ticket.updated");
inline const QString TicketCommentCreated = QStringLiteral("ticket_comment.created");
// {"agent_id", "conversation_id", "message_id", "by"}: a note names the agent with "@" (issue
// #12); sent only to that agent, and only while the conversation is in its scope.
inline const QString MentionCreated = QStringLiteral("mention.created");
// Issue #12 triage: a label admins defined ({"id", "name", "color"}) and its removal.
inline const QString LabelUpdated = QStringLiteral("label.updated");
inline const QString LabelDeleted = QStringLiteral("label.deleted");
// Issue #12 saved views on the hub: a view's full state (core/protocol/savedviewtypes.h) and
// its removal ({"id", "owner_id", "shared"[, "unshared"]}); each reaches only the agents who may
// see the view (core/rules/savedviewrules.h).
inline const QString SavedViewUpdated = QStringLiteral("saved_view.updated");
inline const QString SavedViewDeleted = QStringLiteral("saved_view.deleted");
} // namespace EventType

// One entry of the hub's event log: a strictly increasing sequence number, a type, and the
// entity's full current state (not a diff), so applying an event again changes nothing.
struct Event {
    qint64 seq = 0;
    QString type;
    QJsonObject data;
};

// The reply of GET /api/v1/sync and one WebSocket frame: the events after `since`, in order,
// and the seq to ask for next.
struct SyncBatch {
    QList<Event> events;
    qint64 next = 0;
};

QJsonObject toJson(const Event &event);
bool fromJson(const QJsonObject &json, Event *event, QString *error);

QJsonObject toJson(const SyncBatch &batch);
// Also checks the order: seqs strictly increase and `next` is not behind the last one.
bool fromJson(const QJsonObject &json, SyncBatch *batch, QString *error);

// One frame of the stream's snapshot (GET /api/v1/stream?since=0&snapshot=1, docs/api.md):
// {"snapshot": {"events": [{"type", "data"}…], "older_history": [ids]}}, entities as they were
// at one seq of the log, in event form without a seq. The last frame carries that seq
// ({"snapshot": {"events": [], "seq": S}}); the stream's SyncBatch frames then continue after it.
struct SnapshotFrame {
    QList<Event> events;
    // Conversations of this frame whose older messages were left out (fetched later).
    QList<qint64> olderHistory;
    qint64 seq = -1; // ≥ 0 on the last frame only
    bool isLast() const { return seq >= 0; }
};

QJsonObject toJson(const SnapshotFrame &frame);
// `json` is the whole frame; false when it is not a snapshot frame or cannot be read.
bool fromJson(const QJsonObject &json, SnapshotFrame *frame, QString *error);

} // namespace parley
