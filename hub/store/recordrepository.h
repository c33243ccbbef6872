#pragma once

#include "core/domain/activity.h"
#include "core/domain/record.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

class RecordRepository {
public:
    explicit RecordRepository(HubDatabase &db) : m_db(db) {}

    // `phone` is kept as the record's lookup number, E.164-normalised (normalizedPhoneNumber)
    // when it is a number.
    Id insert(const Record &record, const QString &phone);
    bool save(const Record &record);
    std::optional<Record> byId(Id id);
    // Newest first; `search` matches any field value (substring).
    QList<Record> list(std::optional<Module> module, const QString &search, int limit, Id beforeId);
    bool remove(Id id);

    // R9.2: the lead or contact a customer already has, whichever channel they wrote on: by
    // its number (normalised; a contact before a lead, the oldest first) or by a conversation
    // with that number or WhatsApp user id. 0 when the customer is new.
    Id customerRecord(const QString &phone, const QString &userId);
    // The records whose link field to a `target` record (core/domain/recordlinks.h) names `id`.
    QList<Record> linkingTo(Module target, Id id);
    // Moves every activity of `from` to `to`; returns the moved ones as they are now.
    std::optional<QList<Activity>> moveActivities(Id from, Id to);

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
