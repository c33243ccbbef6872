#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// R3.5, R7.3: what an agent plans around a record: a task, a meeting, a call or an appointment.
enum class ActivityKind { Task, Meeting, Call, Appointment };

QString activityKindName(ActivityKind kind);
bool activityKindFromName(const QString &name, ActivityKind *kind);

struct Activity {
    Id id = 0;
    ActivityKind kind = ActivityKind::Task;
    QString title;
    TimestampMs dueAt = 0; // 0: no due time
    bool done = false;
    Id recordId = 0;       // the lead, contact, company or deal it belongs to
    Id conversationId = 0; // 0: not created from a conversation
    Id ownerId = 0;
    Id createdBy = 0;
    TimestampMs createdAt = 0;
    TimestampMs updatedAt = 0;
};

} // namespace parley
