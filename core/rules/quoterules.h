#pragma once

#include "core/domain/quote.h"
#include "core/rules/ruleerror.h"

#include <QStringList>

namespace parley {

// The one place for what a quote may hold and what it adds up to (R4.7, docs/api.md
// "Quotes"). The hub refuses with these codes before it stores anything; the desktop's editor
// shows the same errors and totals while the agent types.
namespace QuoteLimits {
constexpr int maxItems = 100;
constexpr int maxTitleLength = 200;
constexpr int maxDescriptionLength = 200;
constexpr int maxNotesLength = 2000;
constexpr qint64 maxQuantityMilli = 1000000LL * 1000; // 1,000,000 units
// 10^10 minor units: US$100,000,000.00 a unit, ¥10,000,000,000. With the quantity bound a line
// stays below 10^16 and 100 lines below 10^18, inside 64 bits.
constexpr qint64 maxUnitPriceMinor = 10000000000LL;
constexpr int maxBasisPoints = 10000; // 100 %
// How far ahead a quote may be valid: ten years.
constexpr int maxValidityDays = 3660;
} // namespace QuoteLimits

// The record modules a quote may belong to: leads, contacts and deals (not companies).
bool quoteModuleAllowed(Module module);

// The ISO 4217 codes a quote may be written in, and how many decimals each has (USD 2, JPY 0,
// KWD 3); -1 for a code not in the list.
const QStringList &quoteCurrencies();
int currencyMinorDigits(const QString &currency);

// Every problem of `draft` for a quote dated `issuedOn` (codes quote_*; an item's problems carry
// its 1-based "item" number).
RuleErrors checkQuoteDraft(const QuoteDraft &draft, const QDate &issuedOn);

// Which status changes an agent may make: draft → sent; sent → sent again (the same quote
// sent once more, e.g. to another chat); sent, accepted or declined → accepted or declined (the
// customer's answer, which they may change). Nothing goes back to draft; a quote's content
// changes only while it is a draft.
bool quoteStatusChangeAllowed(QuoteStatus from, QuoteStatus to);

// One line's figures in minor units. Rounding rule, applied per line and at each step: half away
// from zero to the nearest minor unit — gross = quantity × unit price, discount = gross ×
// discount %, net = gross − discount, tax = net × tax % (tax on the discounted amount), total
// = net + tax. The quote's totals are the sums of its lines' rounded figures, so the lines on
// the PDF always add up to its total.
struct QuoteLineTotals {
    qint64 gross = 0;
    qint64 discount = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 total = 0;
};

struct QuoteTotals {
    qint64 subtotal = 0; // the sum of gross amounts
    qint64 discount = 0;
    qint64 tax = 0;
    qint64 total = 0; // subtotal − discount + tax
    QList<QuoteLineTotals> lines = {};
};

// The items are assumed within QuoteLimits (checkQuoteDraft); out-of-range values are clamped
// so the arithmetic never overflows.
QuoteLineTotals quoteLineTotals(const QuoteItem &item);
QuoteTotals quoteTotals(const QList<QuoteItem> &items);

// `numerator / denominator` rounded half away from zero (denominator > 0).
qint64 roundedQuotient(qint64 numerator, qint64 denominator);

// "Q-2026-0001": the team's `sequence`-th quote of `year` (at least four digits).
QString quoteNumber(int year, qint64 sequence);

} // namespace parley
