#pragma once

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

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
