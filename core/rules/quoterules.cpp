#include "core/rules/quoterules.h"

#include "core/rules/rulemessages.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace parley {
namespace {

const RuleMessage quoteMessages[] = {
    {"quote_module_invalid",
     QT_TRANSLATE_NOOP("RuleError", "Quotes belong to leads, contacts and deals only.")},
    {"quote_title_invalid",
     QT_TRANSLATE_NOOP("RuleError", "Give the quote a title of 1 to {max} characters.")},
    {"quote_currency_unknown",
     QT_TRANSLATE_NOOP("RuleError", "Choose one of the listed currencies for the quote.")},
    {"quote_items_count", QT_TRANSLATE_NOOP("RuleError", "A quote has 1 to {max} line items.")},
    {"quote_item_description_invalid",
     QT_TRANSLATE_NOOP("RuleError", "Line {item}: describe the item in 1 to {max} characters.")},
    {"quote_item_quantity_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "Line {item}: the quantity is more than 0 and at most 1,000,000.")},
    {"quote_item_price_invalid",
     QT_TRANSLATE_NOOP("RuleError", "Line {item}: the unit price is 0 or more, within bounds.")},
    {"quote_item_percent_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "Line {item}: discount and tax are percentages from 0 to 100.")},
    {"quote_validity_invalid",
     QT_TRANSLATE_NOOP("RuleError",
                       "The quote must be valid until a day on or after its date, at most ten "
                       "years ahead.")},
    {"quote_notes_too_long",
     QT_TRANSLATE_NOOP("RuleError", "The quote's notes have at most {max} characters.")},
    {"quote_not_draft",
     QT_TRANSLATE_NOOP("RuleError", "Only a draft quote can be edited; this one was sent.")},
    {"quote_status_change_invalid",
     QT_TRANSLATE_NOOP("RuleError", "A quote cannot change from {from} to {to}.")},
};

// ISO 4217 codes with their minor-unit digits: the currencies of the markets Parley's teams
// sell in. The digits decide how a minor-unit amount is written (1234 USD is 12.34, 1234 JPY
// is 1,234).
const std::pair<const char *, int> quoteCurrencyTable[] = {
    {"USD", 2}, {"EUR", 2}, {"GBP", 2}, {"BRL", 2}, {"JPY", 0}, {"CNY", 2}, {"HKD", 2}, {"TWD", 2},
    {"KRW", 0}, {"INR", 2}, {"IDR", 2}, {"MXN", 2}, {"ARS", 2}, {"CLP", 0}, {"COP", 2}, {"PEN", 2},
    {"CAD", 2}, {"AUD", 2}, {"NZD", 2}, {"CHF", 2}, {"SEK", 2}, {"NOK", 2}, {"DKK", 2}, {"PLN", 2},
    {"TRY", 2}, {"ZAR", 2}, {"NGN", 2}, {"EGP", 2}, {"AED", 2}, {"SAR", 2}, {"KWD", 3}, {"BHD", 3},
    {"SGD", 2}, {"MYR", 2}, {"THB", 2}, {"PHP", 2}, {"VND", 0}, {"ILS", 2}, {"RUB", 2}, {"PKR", 2},
};

} // namespace

RuleMessageTable quoteRuleMessages()
{
    return ruleMessageTable(quoteMessages);
}

bool quoteModuleAllowed(Module module)
{
    return module == Module::Leads || module == Module::Contacts || module == Module::Deals;
}

const QStringList &quoteCurrencies()
{
    static const QStringList codes = [] {
        QStringList list;
        for (const auto &entry : quoteCurrencyTable)
            list.append(QString::fromLatin1(entry.first));
        return list;
    }();
    return codes;
}

int currencyMinorDigits(const QString &currency)
{
    for (const auto &entry : quoteCurrencyTable) {
        if (currency == QLatin1String(entry.first))
            return entry.second;
    }
    return -1;
}

RuleErrors checkQuoteDraft(const QuoteDraft &draft, const QDate &issuedOn)
{
    RuleErrors errors;
    const QString title = draft.title.trimmed();
    if (title.isEmpty() || title.size() > QuoteLimits::maxTitleLength)
        errors.append(ruleError("quote_title_invalid", {{"max", QuoteLimits::maxTitleLength}}));
    if (currencyMinorDigits(draft.currency) < 0)
        errors.append(ruleError("quote_currency_unknown", {{"currency", draft.currency}}));
    if (!draft.validUntil.isValid() || !issuedOn.isValid() || draft.validUntil < issuedOn ||
        issuedOn.daysTo(draft.validUntil) > QuoteLimits::maxValidityDays)
        errors.append(ruleError("quote_validity_invalid"));
    if (draft.notes.size() > QuoteLimits::maxNotesLength)
        errors.append(ruleError("quote_notes_too_long", {{"max", QuoteLimits::maxNotesLength}}));
    if (draft.items.isEmpty() || draft.items.size() > QuoteLimits::maxItems) {
        errors.append(ruleError("quote_items_count", {{"max", QuoteLimits::maxItems}}));
        if (!draft.items.isEmpty())
            return errors; // too many: the items themselves are not looked at
    }
    for (qsizetype i = 0; i < draft.items.size(); ++i) {
        const QuoteItem &item = draft.items.at(i);
        const QVariantMap line{{"item", int(i + 1)}};
        const QString description = item.description.trimmed();
        if (description.isEmpty() || description.size() > QuoteLimits::maxDescriptionLength) {
            QVariantMap args = line;
            args.insert(QStringLiteral("max"), QuoteLimits::maxDescriptionLength);
            errors.append(ruleError("quote_item_description_invalid", args));
        }
        if (item.quantityMilli <= 0 || item.quantityMilli > QuoteLimits::maxQuantityMilli)
            errors.append(ruleError("quote_item_quantity_invalid", line));
        if (item.unitPriceMinor < 0 || item.unitPriceMinor > QuoteLimits::maxUnitPriceMinor)
            errors.append(ruleError("quote_item_price_invalid", line));
        if (item.discountBasisPoints < 0 ||
            item.discountBasisPoints > QuoteLimits::maxBasisPoints || item.taxBasisPoints < 0 ||
            item.taxBasisPoints > QuoteLimits::maxBasisPoints)
            errors.append(ruleError("quote_item_percent_invalid", line));
    }
    return errors;
}

bool quoteStatusChangeAllowed(QuoteStatus from, QuoteStatus to)
{
    switch (to) {
    case QuoteStatus::Draft:
        return false;
    case QuoteStatus::Sent:
        return from == QuoteStatus::Draft || from == QuoteStatus::Sent;
    case QuoteStatus::Accepted:
    case QuoteStatus::Declined:
        return from != QuoteStatus::Draft;
    }
    return false;
}

qint64 roundedQuotient(qint64 numerator, qint64 denominator)
{
    const qint64 magnitude = numerator < 0 ? -numerator : numerator;
    const qint64 rounded =
        (magnitude / denominator) + ((magnitude % denominator) * 2 >= denominator ? 1 : 0);
    return numerator < 0 ? -rounded : rounded;
}

QuoteLineTotals quoteLineTotals(const QuoteItem &item)
{
    const qint64 quantity =
        std::clamp<qint64>(item.quantityMilli, 0, QuoteLimits::maxQuantityMilli);
    const qint64 price = std::clamp<qint64>(item.unitPriceMinor, 0, QuoteLimits::maxUnitPriceMinor);
    const qint64 discountBp = std::clamp(item.discountBasisPoints, 0, QuoteLimits::maxBasisPoints);
    const qint64 taxBp = std::clamp(item.taxBasisPoints, 0, QuoteLimits::maxBasisPoints);
    // quantity × price reaches 10^9 × 10^10 = 10^19, past 64 bits: split the quantity into whole
    // units and thousandths, so each product stays below 10^16 before the division.
    const qint64 wholeUnits = quantity / 1000;
    const qint64 thousandths = quantity % 1000;
    QuoteLineTotals line;
    line.gross = wholeUnits * price + roundedQuotient(thousandths * price, 1000);
    // gross < 10^16 and basis points ≤ 10^4: split the same way for the percentages.
    const auto percentOf = [](qint64 amount, qint64 basisPoints) {
        const qint64 high = amount / 10000;
        const qint64 low = amount % 10000;
        return high * basisPoints + roundedQuotient(low * basisPoints, 10000);
    };
    line.discount = percentOf(line.gross, discountBp);
    line.net = line.gross - line.discount;
    line.tax = percentOf(line.net, taxBp);
    line.total = line.net + line.tax;
    return line;
}

QuoteTotals quoteTotals(const QList<QuoteItem> &items)
{
    QuoteTotals totals;
    for (const QuoteItem &item : items) {
        const QuoteLineTotals line = quoteLineTotals(item);
        totals.subtotal += line.gross;
        totals.discount += line.discount;
        totals.tax += line.tax;
        totals.total += line.total;
        totals.lines.append(line);
    }
    return totals;
}

QString quoteNumber(int year, qint64 sequence)
{
    return QStringLiteral("Q-%1-%2").arg(year).arg(sequence, 4, 10, QLatin1Char('0'));
}

} // namespace parley
