#pragma once

#include "core/billing/rateplan.h"
#include "core/domain/ids.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// The rate table (R8.5, issue #14 item 7): each plan's template prices per calling code, as
// admins set them (seeded from core/billing's presets by the schema), and the log of changes.
// Prices are micro-units of the plan's currency; the empty prefix is every other country.
class RateRepository {
public:
    explicit RateRepository(HubDatabase &db) : m_db(db) {}

    // The plan's rows, ordered by prefix (the other-countries row first); nullopt when the
    // store failed. `currency` is the plan's.
    std::optional<QList<CountryRate>> rates(const QString &planId, const QString &currency);
    // Sets `row`'s price of `category` (and its name when `rename`), inserting the row whole when
    // its prefix is new: one statement, so that two admins changing two prices of one row at
    // once (two hubs on one store) both keep theirs.
    bool setPrice(const QString &planId, const CountryRate &row, PricingCategory category,
                  bool rename);
    // Writes one row whole (inserting it when the prefix is new).
    bool saveRow(const QString &planId, const CountryRate &row);
    // Replaces the plan's rows.
    bool replacePlan(const QString &planId, const QList<CountryRate> &rows);

    struct Change {
        Id id = 0;
        QString planId;
        QString prefix;
        QString category;
        qint64 oldMicros = 0;
        qint64 newMicros = 0;
        Id agentId = 0;
        TimestampMs at = 0;
    };
    bool logChange(const Change &change);
    // Newest first.
    std::optional<QList<Change>> changes(int limit);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
