#include "core/sync/quotesapi.h"

#include "core/protocol/listcodec.h"

namespace parley {

void QuotesApi::listForRecord(Id recordId, HubCallback<QList<Quote>> done) const
{
    m_api.get<QList<Quote>>(QStringLiteral("/records/%1/quotes").arg(recordId), HubSubject::Quote,
                            listDecoder<Quote>(QStringLiteral("quotes")), std::move(done));
}

void QuotesApi::create(Id recordId, const QuoteDraft &draft, HubCallback<Quote> done) const
{
    m_api.post<Quote>(QStringLiteral("/records/%1/quotes").arg(recordId), toJson(draft),
                      HubSubject::Quote, entityDecoder<Quote>(QStringLiteral("quote")),
                      std::move(done));
}

void QuotesApi::get(Id quoteId, HubCallback<Quote> done) const
{
    m_api.get<Quote>(QStringLiteral("/quotes/%1").arg(quoteId), HubSubject::Quote,
                     entityDecoder<Quote>(QStringLiteral("quote")), std::move(done));
}

void QuotesApi::update(Id quoteId, const QuoteChange &change, HubCallback<Quote> done) const
{
    m_api.post<Quote>(QStringLiteral("/quotes/%1").arg(quoteId), toJson(change), HubSubject::Quote,
                      entityDecoder<Quote>(QStringLiteral("quote")), std::move(done));
}

} // namespace parley
