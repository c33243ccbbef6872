#pragma once

#include "core/protocol/triagetypes.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// The labels admins define (issue #12 triage), and the conversations carrying one.
class LabelRepository {
public:
    explicit LabelRepository(HubDatabase &db) : m_db(db) {}

    QList<Label> all(); // by name
    std::optional<Label> byId(Id id);
    std::optional<Label> byName(const QString &name);
    Id add(const Label &label); // 0 when the name is taken or the store fails
    bool save(const Label &label);
    bool remove(Id id);
    // The conversations labelled `id`.
    QList<Id> conversationsWith(Id id);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
