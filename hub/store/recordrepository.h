#pragma once

#include "core/domain/activity.h"
#include "core/domain/record.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

class RecordRepository {
public:
    explicit RecordRepository(HubDatabase &db) : m_db(db) {}

    Id insert(const Record &record, const QString &phone);
    bool save(const Record &record);
    std::optional<Record> byId(Id id);
    // Newest first; `search` matches any field value (substring).
    QList<Record> list(std::optional<Module> module, const QString &search, int limit, Id beforeId);

    // Activities (tasks, meetings, calls, appointments) belong to a record.
    Id insertActivity(const Activity &activity);
    bool saveActivity(const Activity &activity);
    std::optional<Activity> activityById(Id id);
    // Open ones first, by due time (undated last), then done ones.
    QList<Activity> activitiesOf(Id recordId);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
