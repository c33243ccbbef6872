#pragma once

#include "core/domain/quote.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// The hub's quotes (R4.7). Only this file holds their SQL.
class QuoteRepository {
public:
    explicit QuoteRepository(HubDatabase &db) : m_db(db) {}

    // Inside the caller's transaction: stores `quote` as the next number of `year` and returns
    // its id, with quote->number set; 0 on a store failure. Two hubs numbering at once meet at
    // the UNIQUE number: the loser takes the next one.
    Id insert(Quote *quote, int year);
    bool save(const Quote &quote);
    std::optional<Quote> byId(Id id);
    // Newest first, at most `limit`.
    QList<Quote> ofRecord(Id recordId, int limit);
    qint64 countOfRecord(Id recordId);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
