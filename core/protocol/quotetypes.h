#pragma once

#include "core/domain/quote.h"

#include <QJsonObject>

#include <optional>

namespace parley {

// The wire form of quotes (docs/api.md "Quotes", R4.7). Amounts are integers in the currency's
// minor units ("unit_price": 1234 is US$12.34); "quantity" is a number with at most three
// decimals, "discount_percent" and "tax_percent" numbers with at most two; dates are
// "YYYY-MM-DD". A quote's JSON carries its totals as the hub computed them
// (core/rules/quoterules.h); a reader recomputes them rather than trusting them.

// The body of POST /api/v1/quotes/{id}: only the fields given change. Content fields change a
// draft only; "status" moves it on (quoteStatusChangeAllowed).
struct QuoteChange {
    std::optional<QString> title;
    std::optional<QString> currency;
    std::optional<QDate> validUntil;
    std::optional<QString> notes;
    std::optional<QList<QuoteItem>> items;
    std::optional<QuoteStatus> status;

    bool changesContent() const { return title || currency || validUntil || notes || items; }
    bool isEmpty() const { return !changesContent() && !status; }
    void applyTo(QuoteDraft *draft) const;
};

QJsonObject toJson(const QuoteItem &item);
QJsonObject toJson(const QuoteDraft &draft); // the body of POST /records/{id}/quotes
bool fromJson(const QJsonObject &json, QuoteDraft *draft, QString *error);
QJsonObject toJson(const Quote &quote); // with its totals
bool fromJson(const QJsonObject &json, Quote *quote, QString *error);
QJsonObject toJson(const QuoteChange &change);
bool fromJson(const QJsonObject &json, QuoteChange *change, QString *error);

} // namespace parley
