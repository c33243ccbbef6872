#include "core/protocol/quotetypes.h"

#include "core/protocol/isotime.h"
#include "core/protocol/jsonreader.h"
#include "core/rules/quoterules.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace parley {
namespace {

// A JSON number with at most `decimals` decimals as an integer scaled by 10^decimals (1.5 with 3
// → 1500). Values far outside any quote's bounds read as `outOfRange`, for the rules to refuse
// with their own code; a string, or more decimals, is an error of the wire form.
bool readScaledNumber(JsonReader &reader, const QJsonObject &object, const QString &key,
                      int decimals, qint64 fallback, qint64 *value)
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined() || json.isNull()) {
        *value = fallback;
        return true;
    }
    if (!json.isDouble()) {
        reader.fail(key, QStringLiteral("not a number"));
        return false;
    }
    const double scale = std::pow(10.0, decimals);
    const double scaled = json.toDouble() * scale;
    if (!std::isfinite(scaled) || std::fabs(scaled) > 1e15) {
        *value = std::signbit(scaled) ? -1 : std::numeric_limits<qint64>::max() / 2;
        return true;
    }
    const double whole = std::round(scaled);
    if (std::fabs(scaled - whole) > 1e-6 * std::max(1.0, std::fabs(scaled))) {
        reader.fail(key, QStringLiteral("more than %1 decimals").arg(decimals));
        return false;
    }
    *value = qint64(whole);
    return true;
}

QJsonValue scaledNumber(qint64 value, int decimals)
{
    if (value % qint64(std::pow(10, decimals)) == 0)
        return value / qint64(std::pow(10, decimals));
    return double(value) / std::pow(10.0, decimals);
}

QDate readQuoteDate(JsonReader &reader, const QString &key, bool required)
{
    const QString text = reader.string(key, required);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10)
        reader.fail(key, QStringLiteral("not a date YYYY-MM-DD"));
    return date;
}

bool readQuoteItems(JsonReader &reader, const QJsonObject &object, QList<QuoteItem> *items)
{
    const QJsonValue value = object.value(QStringLiteral("items"));
    if (!value.isArray()) {
        reader.fail(QStringLiteral("items"), QStringLiteral("not a list"));
        return false;
    }
    const QJsonArray array = value.toArray();
    // One more than the limit is read, so that the rules refuse the count with their own code
    // without the reader working through an unbounded list.
    const qsizetype count = std::min<qsizetype>(array.size(), QuoteLimits::maxItems + 1);
    for (qsizetype i = 0; i < count; ++i) {
        if (!array.at(i).isObject()) {
            reader.fail(QStringLiteral("items[%1]").arg(i), QStringLiteral("not an object"));
            return false;
        }
        const QJsonObject entry = array.at(i).toObject();
        JsonReader line(entry);
        QuoteItem item;
        item.description = line.string(QStringLiteral("description"), true);
        item.unitPriceMinor = line.integer(QStringLiteral("unit_price"), true);
        qint64 discount = 0;
        qint64 tax = 0;
        readScaledNumber(line, entry, QStringLiteral("quantity"), 3, 1000, &item.quantityMilli);
        readScaledNumber(line, entry, QStringLiteral("discount_percent"), 2, 0, &discount);
        readScaledNumber(line, entry, QStringLiteral("tax_percent"), 2, 0, &tax);
        // Percent values beyond an int read as out of range for the rules.
        item.discountBasisPoints = int(std::clamp<qint64>(discount, -1, 1000000));
        item.taxBasisPoints = int(std::clamp<qint64>(tax, -1, 1000000));
        if (!line.ok()) {
            reader.fail(QStringLiteral("items[%1]").arg(i), line.error());
            return false;
        }
        items->append(item);
    }
    return true;
}

} // namespace

void QuoteChange::applyTo(QuoteDraft *draft) const
{
    if (title)
        draft->title = *title;
    if (currency)
        draft->currency = *currency;
    if (validUntil)
        draft->validUntil = *validUntil;
    if (notes)
        draft->notes = *notes;
    if (items)
        draft->items = *items;
}

QJsonObject toJson(const QuoteItem &item)
{
    return {{QStringLiteral("description"), item.description},
            {QStringLiteral("quantity"), scaledNumber(item.quantityMilli, 3)},
            {QStringLiteral("unit_price"), item.unitPriceMinor},
            {QStringLiteral("discount_percent"), scaledNumber(item.discountBasisPoints, 2)},
            {QStringLiteral("tax_percent"), scaledNumber(item.taxBasisPoints, 2)}};
}

QJsonObject toJson(const QuoteDraft &draft)
{
    QJsonArray items;
    for (const QuoteItem &item : draft.items)
        items.append(toJson(item));
    return {{QStringLiteral("title"), draft.title},
            {QStringLiteral("currency"), draft.currency},
            {QStringLiteral("valid_until"), draft.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("notes"), draft.notes},
            {QStringLiteral("items"), items}};
}

bool fromJson(const QJsonObject &json, QuoteDraft *draft, QString *error)
{
    JsonReader r(json);
    draft->title = r.string(QStringLiteral("title"), true);
    draft->currency = r.string(QStringLiteral("currency"), true);
    draft->validUntil = readQuoteDate(r, QStringLiteral("valid_until"), true);
    draft->notes = r.string(QStringLiteral("notes"));
    if (r.ok())
        readQuoteItems(r, json, &draft->items);
    return finish(r, error);
}

QJsonObject toJson(const Quote &quote)
{
    QJsonObject json = toJson(quote.content);
    const QuoteTotals totals = quoteTotals(quote.content.items);
    QJsonArray items = json.value(QStringLiteral("items")).toArray();
    for (qsizetype i = 0; i < items.size() && i < totals.lines.size(); ++i) {
        QJsonObject item = items.at(i).toObject();
        item.insert(QStringLiteral("line_total"), totals.lines.at(i).total);
        items.replace(i, item);
    }
    json.insert(QStringLiteral("items"), items);
    json.insert(QStringLiteral("id"), quote.id);
    json.insert(QStringLiteral("record_id"), quote.recordId);
    json.insert(QStringLiteral("module"), moduleName(quote.module));
    json.insert(QStringLiteral("number"), quote.number);
    json.insert(QStringLiteral("issued_on"), quote.issuedOn.toString(Qt::ISODate));
    json.insert(QStringLiteral("status"), quoteStatusName(quote.status));
    json.insert(QStringLiteral("totals"), QJsonObject{{QStringLiteral("subtotal"), totals.subtotal},
                                                      {QStringLiteral("discount"), totals.discount},
                                                      {QStringLiteral("tax"), totals.tax},
                                                      {QStringLiteral("total"), totals.total}});
    json.insert(QStringLiteral("created_by"), quote.createdBy);
    json.insert(QStringLiteral("created_at"), toIsoUtc(quote.createdAt));
    json.insert(QStringLiteral("updated_at"), toIsoUtc(quote.updatedAt));
    json.insert(QStringLiteral("sent_at"),
                quote.sentAt ? QJsonValue(toIsoUtc(quote.sentAt)) : QJsonValue(QJsonValue::Null));
    return json;
}

bool fromJson(const QJsonObject &json, Quote *quote, QString *error)
{
    if (!fromJson(json, &quote->content, error))
        return false;
    JsonReader r(json);
    quote->id = r.id(QStringLiteral("id"), true);
    quote->recordId = r.id(QStringLiteral("record_id"), true);
    quote->module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    quote->number = r.string(QStringLiteral("number"), true);
    quote->issuedOn = readQuoteDate(r, QStringLiteral("issued_on"), true);
    quote->status = r.enumValue(QStringLiteral("status"), quoteStatusFromName, QuoteStatus::Draft);
    quote->createdBy = r.id(QStringLiteral("created_by"));
    quote->createdAt = r.time(QStringLiteral("created_at"));
    quote->updatedAt = r.time(QStringLiteral("updated_at"));
    quote->sentAt = r.time(QStringLiteral("sent_at"));
    return finish(r, error);
}

QJsonObject toJson(const QuoteChange &change)
{
    QJsonObject json;
    if (change.title)
        json.insert(QStringLiteral("title"), *change.title);
    if (change.currency)
        json.insert(QStringLiteral("currency"), *change.currency);
    if (change.validUntil)
        json.insert(QStringLiteral("valid_until"), change.validUntil->toString(Qt::ISODate));
    if (change.notes)
        json.insert(QStringLiteral("notes"), *change.notes);
    if (change.items) {
        QJsonArray items;
        for (const QuoteItem &item : *change.items)
            items.append(toJson(item));
        json.insert(QStringLiteral("items"), items);
    }
    if (change.status)
        json.insert(QStringLiteral("status"), quoteStatusName(*change.status));
    return json;
}

bool fromJson(const QJsonObject &json, QuoteChange *change, QString *error)
{
    JsonReader r(json);
    if (r.has(QStringLiteral("title")))
        change->title = r.string(QStringLiteral("title"));
    if (r.has(QStringLiteral("currency")))
        change->currency = r.string(QStringLiteral("currency"));
    if (r.has(QStringLiteral("valid_until")))
        change->validUntil = readQuoteDate(r, QStringLiteral("valid_until"), true);
    if (r.has(QStringLiteral("notes")))
        change->notes = r.string(QStringLiteral("notes"));
    if (r.has(QStringLiteral("items")) && r.ok()) {
        QList<QuoteItem> items;
        readQuoteItems(r, json, &items);
        change->items = items;
    }
    if (r.has(QStringLiteral("status")))
        change->status =
            r.enumValue(QStringLiteral("status"), quoteStatusFromName, QuoteStatus::Draft);
    return finish(r, error);
}

} // namespace parley
