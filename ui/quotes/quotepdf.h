#pragma once

#include "core/domain/quote.h"

#include <QByteArray>
#include <QLocale>
#include <QString>

namespace parley::ui {

// What a quote's PDF shows besides the quote: who sends it and to whom.
struct QuoteDocument {
    Quote quote;
    QString businessName; // the team's WhatsApp business name
    QString customerName; // the record's name
};

// R4.7: the quote as a one-or-more-page A4 PDF in the user's language and locale (dates,
// numbers and money as QLocale() writes them), with the fonts the desktop has: Qt embeds the
// subset of each font it used, so Japanese or Chinese line items read the same on the
// customer's phone. Rendered on the desktop rather than the hub: see docs/desktop.md "Quotes".
QByteArray renderQuotePdf(const QuoteDocument &document);

// "Quote Q-2026-0001.pdf": the file name the customer sees in WhatsApp.
QString quotePdfFileName(const Quote &quote);

// An amount in minor units of `currency` as the user's locale writes money, with the currency's
// own decimals (¥5,000, US$12.34, "US$ 12,34" in pt_BR).
QString quoteMoneyText(qint64 minorUnits, const QString &currency);

// A quantity in thousandths as the locale writes a number (1500 → "1.5", "1,5" in pt_BR).
QString quoteQuantityText(qint64 quantityMilli);
// Basis points as a percentage ("7.5 %" as the locale writes it).
QString quotePercentText(int basisPoints);

} // namespace parley::ui
