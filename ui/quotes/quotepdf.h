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
// numbers and money as QLocale() writes them; money through moneyDisplay, ui/admin/
// creditformat.h, like every other amount), with the Noto Sans CJK face of the locale's script:
// Qt embeds the subset of the font it used, so Japanese or Chinese line items read the same on
// the customer's phone. Rendered on the desktop rather than the hub: see docs/desktop.md
// "Quotes".
QByteArray renderQuotePdf(const QuoteDocument &document);

// "Quote Q-2026-0001.pdf" in the user's language: the file name the customer sees in WhatsApp.
// Only letters, digits and '-' of the number are kept, so a number can never name a path.
QString quotePdfFileName(const Quote &quote);

// "Draft", "Sent", "Accepted", "Declined" in the user's language.
QString quoteStatusText(QuoteStatus status);
// A quantity in thousandths as the locale writes a number (1500 → "1.5", "1,5" in pt_BR).
QString quoteQuantityText(qint64 quantityMilli);
// Basis points as a percentage ("7.5%" as the locale writes it).
QString quotePercentText(int basisPoints);

} // namespace parley::ui
