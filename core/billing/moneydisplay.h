#pragma once

#include "core/billing/money.h"

#include <QLocale>
#include <QString>

namespace parley {

// Money as `locale` writes it, for every screen (R8.x; issue #14 item 7): the locale's own
// pattern, grouping and decimal sign, as many decimals as the amount needs (at least 2), and the
// symbol CLDR gives the currency in that language: "$50.00" in en_US and ja, "US$ 50,00" in pt_BR
// (a no-break space), "US$50.00" in zh_CN, where a bare "$" would not say which dollar. The C
// locale (no LANG) has no currency pattern of its own ("50.00US$"), so it writes as en_US does.
QString localMoneyText(const Money &money, const QLocale &locale = QLocale());

// The locale money and other figures are written in: `locale`, except the C locale, which writes
// as en_US (above). Quotes write their quantities, percents and dates in it too.
QLocale figureLocale(const QLocale &locale = QLocale());

// The same rule for an amount counted in a currency's minor units with `minorDigits` decimals
// (R4.7 quotes: ¥429,000, $4,799.88, "US$ 4.799,88" in pt_BR, KWD with 3): exactly the
// currency's decimals rather than "at least 2", so yen never read "¥429,000.00".
QString localMinorUnitsText(qint64 minorUnits, int minorDigits, const QString &currency,
                            const QLocale &locale = QLocale());

// Reads back what an admin types for a price in `locale`'s way (issue #14 item 7): "$0.07" or
// "0.07" in en_US, "US$ 0,07" or "0,07" in pt_BR. The currency's symbol or code may stand around
// the number; the decimal sign is the locale's; group separators are taken only between groups
// of three digits, so that "0.07" in pt_BR (where "." groups thousands) is refused rather than
// read as 7. Exact: no floating point. False, *money unchanged, for anything else (parseMoney's
// limits: no sign, at most six decimals).
bool parseLocalMoney(const QString &text, const QString &currency, Money *money,
                     const QLocale &locale = QLocale());

// The same reading for a plain figure with at most `decimals` (0 to 6) decimals, scaled to an
// integer: "1,5" in pt_BR with 3 decimals is 1500 (a quote's quantity in thousandths), "12,5"
// with 2 is 1250 (a percent in basis points). Exact; false, *scaled unchanged, for a sign, more
// decimals than `decimals`, more than 12 whole digits, or anything else.
bool parseLocalDecimal(const QString &text, int decimals, qint64 *scaled,
                       const QLocale &locale = QLocale());

} // namespace parley
