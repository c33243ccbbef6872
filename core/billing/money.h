#pragma once

#include <QString>

namespace parley {

// An amount of money as a whole number of micro-units (millionths) of an ISO 4217 currency:
// US$2 is 2,000,000 micro-dollars, US$0.005 is 5,000 and Meta's US$0.0625 is 62,500. Every price
// of R8.5 is a whole number of micro-units, and 64 bits hold 9.2 trillion currency units, so
// integer arithmetic stays exact. Amounts of different currencies never mix: adding them is a
// programming error (asserted) and the rate plan gives all its prices one currency.
struct Money {
    static constexpr qint64 microsPerUnit = 1000000;

    QString currency; // ISO 4217, e.g. "USD"
    qint64 micros = 0;

    bool operator==(const Money &other) const
    {
        return currency == other.currency && micros == other.micros;
    }
    bool operator!=(const Money &other) const { return !(*this == other); }
};

inline Money usd(qint64 micros)
{
    return {QStringLiteral("USD"), micros};
}

Money operator+(const Money &a, const Money &b);
Money operator-(const Money &a, const Money &b);
Money operator*(const Money &money, qint64 times);

// Exact decimal text without a currency: 28 → "28.00", 0.005 → "0.005", 0.0625 → "0.0625".
// At least two decimals, no more than the amount needs. No locale: the UI formats for display.
QString moneyDecimalText(const Money &money);

// "USD 28.00": for error messages and logs, where the code is clearer than a symbol.
QString moneyText(const Money &money);

// Reads what an admin types for a price: "0.005", "2", "28.00", ".5". At most six decimals (a
// seventh would be a fraction of a micro-unit), no sign, no grouping, at most 9 trillion.
// Returns false and leaves *money unchanged otherwise.
bool parseMoney(const QString &text, const QString &currency, Money *money);

} // namespace parley
