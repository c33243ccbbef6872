#include "hub/store/quoterepository.h"

#include "core/protocol/quotetypes.h"
#include "core/rules/quoterules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace parley::hub {
namespace {

const QString quoteColumns = QStringLiteral(
    "id, record_id, module, number, issued_on, status, title, currency, valid_until, notes,"
    " items, created_by, created_at, updated_at, sent_at");

QString quoteItemsText(const QList<QuoteItem> &items)
{
    QJsonArray array;
    for (const QuoteItem &item : items)
        array.append(toJson(item));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Quote readQuote(const QSqlQuery &q)
{
    Quote quote;
    quote.id = q.value(0).toLongLong();
    quote.recordId = q.value(1).toLongLong();
    moduleFromName(q.value(2).toString(), &quote.module);
    quote.number = q.value(3).toString();
    quote.issuedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    quoteStatusFromName(q.value(5).toString(), &quote.status);
    // The stored content was validated before it was written; it is read back through the
    // same codec as a request body.
    QJsonObject content{{QStringLiteral("title"), q.value(6).toString()},
                        {QStringLiteral("currency"), q.value(7).toString()},
                        {QStringLiteral("valid_until"), q.value(8).toString()},
                        {QStringLiteral("notes"), q.value(9).toString()},
                        {QStringLiteral("items"),
                         QJsonDocument::fromJson(q.value(10).toString().toUtf8()).array()}};
    fromJson(content, &quote.content, nullptr);
    quote.createdBy = q.value(11).toLongLong();
    quote.createdAt = q.value(12).toLongLong();
    quote.updatedAt = q.value(13).toLongLong();
    quote.sentAt = q.value(14).toLongLong();
    return quote;
}

} // namespace

Id QuoteRepository::insert(Quote *quote, int year)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QVariant last =
            m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number_sequence), 0) FROM quotes"
                                       " WHERE number_year = ?"),
                        {year});
        if (!last.isValid())
            return 0;
        const qint64 sequence = last.toLongLong() + 1;
        quote->number = quoteNumber(year, sequence);
        const QuoteDraft &c = quote->content;
        QSqlQuery q = m_db.exec(
            QStringLiteral(
                "INSERT INTO quotes (record_id, module, number, number_year, number_sequence,"
                " issued_on, status, title, currency, valid_until, notes, items, created_by,"
                " created_at, updated_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                " ?, ?, ?, ?) ON CONFLICT (number) DO NOTHING RETURNING id"),
            {quote->recordId, moduleName(quote->module), quote->number, year, sequence,
             quote->issuedOn.toString(Qt::ISODate), quoteStatusName(quote->status), c.title,
             c.currency, c.validUntil.toString(Qt::ISODate), c.notes, quoteItemsText(c.items),
             quote->createdBy, quote->createdAt, quote->updatedAt, quote->sentAt});
        if (!q.isActive())
            return 0;
        if (q.next())
            return q.value(0).toLongLong();
    }
    return 0;
}

bool QuoteRepository::save(const Quote &quote)
{
    const QuoteDraft &c = quote.content;
    return m_db.run(QStringLiteral("UPDATE quotes SET status = ?, title = ?, currency = ?,"
                                   " valid_until = ?, notes = ?, items = ?, updated_at = ?,"
                                   " sent_at = ? WHERE id = ?"),
                    {quoteStatusName(quote.status), c.title, c.currency,
                     c.validUntil.toString(Qt::ISODate), c.notes, quoteItemsText(c.items),
                     quote.updatedAt, quote.sentAt, quote.id});
}

std::optional<Quote> QuoteRepository::byId(Id id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM quotes WHERE id = ?").arg(quoteColumns), {id});
    if (!q.next())
        return std::nullopt;
    return readQuote(q);
}

QList<Quote> QuoteRepository::ofRecord(Id recordId, int limit)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM quotes WHERE record_id = ? ORDER BY id DESC LIMIT ?")
            .arg(quoteColumns),
        {recordId, limit});
    QList<Quote> out;
    while (q.next())
        out.append(readQuote(q));
    return out;
}

qint64 QuoteRepository::countOfRecord(Id recordId)
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM quotes WHERE record_id = ?"), {recordId})
        .toLongLong();
}

} // namespace parley::hub
