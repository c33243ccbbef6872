#pragma once

#include "core/domain/activity.h"
#include "core/domain/record.h"

#include <QJsonObject>
#include <QVariantMap>

namespace parley {

// Bodies of the record and activity commands (docs/api.md "Records", "Activities"). The hub
// reads them field by field in hub/api/recordroutes.cpp.

// POST /api/v1/records
struct NewRecord {
    Module module = Module::Leads;
    QVariantMap fields; // field name → value, as core/domain/record.h names them
};
QJsonObject toJson(const NewRecord &record);

// POST /api/v1/records/{id}: the fields given change; a non-zero owner reassigns the record.
struct RecordChanges {
    QVariantMap fields;
    Id ownerId = 0;
};
QJsonObject toJson(const RecordChanges &changes);

// POST /api/v1/records/{id}/activities
struct NewActivity {
    ActivityKind kind = ActivityKind::Task;
    QString title;
    TimestampMs dueAt = 0; // 0: no due time
    Id conversationId = 0; // 0: not tied to a conversation
};
QJsonObject toJson(const NewActivity &activity);

// The reply of POST /api/v1/records/{kept}/merge (R9.2): the kept record as merged and what
// moved to it.
struct RecordMergeOutcome {
    Record record;
    Id mergedId = 0;
    int conversationsMoved = 0;
    int activitiesMoved = 0;
    int linksMoved = 0;
};
bool fromJson(const QJsonObject &json, RecordMergeOutcome *outcome, QString *error);

} // namespace parley
