#pragma once

#include "core/protocol/quotetypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The quote calls (docs/api.md "Quotes", R4.7), typed. Quotes are not mirrored: a screen asks
// for a record's quotes when it shows them, and each reply carries the quote as the hub stored
// it.
class QuotesApi {
public:
    explicit QuotesApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    // Newest first.
    void listForRecord(Id recordId, HubCallback<QList<Quote>> done) const;
    void create(Id recordId, const QuoteDraft &draft, HubCallback<Quote> done) const;
    void get(Id quoteId, HubCallback<Quote> done) const;
    void update(Id quoteId, const QuoteChange &change, HubCallback<Quote> done) const;

private:
    HubApi m_api;
};

} // namespace parley
