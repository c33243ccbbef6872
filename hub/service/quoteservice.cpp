#include "hub/service/quoteservice.h"

#include "core/rules/quoterules.h"

#include <QJsonArray>

namespace parley::hub {
namespace {

CommandResult quoteNotFound(const char *what, Id id)
{
    return CommandResult::failure(
        404, QStringLiteral("not_found"),
        QStringLiteral("There is no %1 %2.").arg(QLatin1String(what)).arg(id));
}

std::optional<CommandResult> refuseQuoteViewer(const Agent &agent)
{
    if (canSend(agent.role))
        return std::nullopt;
    return CommandResult::failure(403, QStringLiteral("forbidden_view_only"),
                                  QStringLiteral("View-only agents cannot change quotes."));
}

// What is stored: titles and descriptions without surrounding blanks.
QuoteDraft trimmedDraft(QuoteDraft draft)
{
    draft.title = draft.title.trimmed();
    draft.notes = draft.notes.trimmed();
    for (QuoteItem &item : draft.items)
        item.description = item.description.trimmed();
    return draft;
}

} // namespace

std::optional<CommandResult> QuoteService::refuseDraft(const QuoteDraft &draft,
                                                       const QDate &issuedOn)
{
    const RuleErrors errors = checkQuoteDraft(draft, issuedOn);
    if (errors.isEmpty())
        return std::nullopt;
    CommandResult refused = CommandResult::failure(400, errors.first());
    QJsonArray all;
    for (const RuleError &error : errors) {
        QJsonObject entry{{QStringLiteral("code"), error.code},
                          {QStringLiteral("message"), error.message()}};
        if (error.args.contains(QStringLiteral("item")))
            entry.insert(QStringLiteral("item"), error.args.value(QStringLiteral("item")).toInt());
        all.append(entry);
    }
    refused.body.insert(QStringLiteral("errors"), all);
    return refused;
}

std::optional<Quote> QuoteService::quoteFor(const Agent &agent, Id quoteId)
{
    std::optional<Quote> quote = m_quotes.byId(quoteId);
    if (!quote || !m_ctx.recordFor(agent, quote->recordId))
        return std::nullopt;
    return quote;
}

CommandResult QuoteService::listForRecord(const Agent &agent, Id recordId)
{
    if (!m_ctx.recordFor(agent, recordId))
        return quoteNotFound("record", recordId);
    QJsonArray quotes;
    for (const Quote &quote : m_quotes.ofRecord(recordId, maxQuotesPerRecord))
        quotes.append(toJson(quote));
    return CommandResult::success({{QStringLiteral("quotes"), quotes}});
}

CommandResult QuoteService::create(const Agent &agent, Id recordId, const QuoteDraft &input)
{
    if (const auto refused = refuseQuoteViewer(agent))
        return *refused;
    const std::optional<Record> record = m_ctx.recordFor(agent, recordId);
    if (!record)
        return quoteNotFound("record", recordId);
    if (!quoteModuleAllowed(record->module))
        return CommandResult::failure(400, ruleError("quote_module_invalid"));
    Quote quote;
    quote.recordId = recordId;
    quote.module = record->module;
    quote.createdBy = agent.id;
    quote.createdAt = quote.updatedAt = m_ctx.now();
    const QDate today = QDateTime::fromMSecsSinceEpoch(quote.createdAt, Qt::UTC).date();
    quote.issuedOn = today;
    quote.content = trimmedDraft(input);
    if (const auto refused = refuseDraft(quote.content, today))
        return *refused;
    if (m_quotes.countOfRecord(recordId) >= maxQuotesPerRecord)
        return CommandResult::failure(
            409, QStringLiteral("quotes_full"),
            QStringLiteral("Record %1 has %2 quotes, the most one record keeps.")
                .arg(recordId)
                .arg(maxQuotesPerRecord));
    Transaction transaction(m_ctx.db);
    quote.id = m_quotes.insert(&quote, today.year());
    if (quote.id == 0 || !transaction.commit())
        return storeFailure();
    return CommandResult::success({{QStringLiteral("quote"), toJson(quote)}}, 201);
}

CommandResult QuoteService::get(const Agent &agent, Id quoteId)
{
    const std::optional<Quote> quote = quoteFor(agent, quoteId);
    if (!quote)
        return quoteNotFound("quote", quoteId);
    return CommandResult::success({{QStringLiteral("quote"), toJson(*quote)}});
}

CommandResult QuoteService::update(const Agent &agent, Id quoteId, const QuoteChange &change)
{
    if (const auto refused = refuseQuoteViewer(agent))
        return *refused;
    std::optional<Quote> quote = quoteFor(agent, quoteId);
    if (!quote)
        return quoteNotFound("quote", quoteId);
    if (change.changesContent()) {
        if (quote->status != QuoteStatus::Draft)
            return CommandResult::failure(409, ruleError("quote_not_draft"));
        change.applyTo(&quote->content);
        quote->content = trimmedDraft(quote->content);
        if (const auto refused = refuseDraft(quote->content, quote->issuedOn))
            return *refused;
    }
    const TimestampMs now = m_ctx.now();
    if (change.status) {
        if (!quoteStatusChangeAllowed(quote->status, *change.status))
            return CommandResult::failure(409,
                                          ruleError("quote_status_change_invalid",
                                                    {{"from", quoteStatusName(quote->status)},
                                                     {"to", quoteStatusName(*change.status)}}));
        quote->status = *change.status;
        if (*change.status == QuoteStatus::Sent)
            quote->sentAt = now;
    }
    quote->updatedAt = now;
    if (!m_quotes.save(*quote))
        return storeFailure();
    return CommandResult::success({{QStringLiteral("quote"), toJson(*quote)}});
}

} // namespace parley::hub
