#pragma once

#include "core/protocol/quotetypes.h"
#include "hub/service/conversationservice.h"
#include "hub/store/quoterepository.h"

namespace parley::hub {

// R4.7 quotes of leads, contacts and deals (docs/api.md "Quotes"). A quote is seen by whoever
// sees its record (core/rules/scoperules.h): a record outside the agent's scope, and its
// quotes, answer as ones that do not exist. Everything a request carries is checked by
// core/rules/quoterules.h before anything is stored; view-only agents read but never change.
class QuoteService {
public:
    explicit QuoteService(HubContext &context) : m_ctx(context), m_quotes(context.db) {}

    CommandResult listForRecord(const Agent &agent, Id recordId);
    // 201 with the new draft, numbered Q-<year of today, UTC>-<next>.
    CommandResult create(const Agent &agent, Id recordId, const QuoteDraft &draft);
    CommandResult get(const Agent &agent, Id quoteId);
    // Content changes while a draft (409 quote_not_draft after); status moves by
    // quoteStatusChangeAllowed (409 quote_status_change_invalid otherwise).
    CommandResult update(const Agent &agent, Id quoteId, const QuoteChange &change);

    // A record keeps at most this many quotes: the list of a record is one bounded read.
    static constexpr int maxQuotesPerRecord = 500;

private:
    std::optional<Quote> quoteFor(const Agent &agent, Id quoteId);
    // The 400 for a draft that breaks a rule: the first problem as the error, every problem
    // in "errors" (code, message and, for a line item, its 1-based "item").
    static std::optional<CommandResult> refuseDraft(const QuoteDraft &draft, const QDate &issuedOn);

    HubContext &m_ctx;
    QuoteRepository m_quotes;
};

} // namespace parley::hub
