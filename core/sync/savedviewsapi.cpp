#include "core/sync/savedviewsapi.h"

#include "core/protocol/listcodec.h"

namespace parley {

void SavedViewsApi::list(HubCallback<QList<SavedView>> done) const
{
    m_api.get<QList<SavedView>>(QStringLiteral("/saved-views"), HubSubject::Change,
                                listDecoder<SavedView>(QStringLiteral("saved_views")),
                                std::move(done));
}

void SavedViewsApi::create(const SavedViewChange &change, HubCallback<SavedView> done) const
{
    m_api.post<SavedView>(QStringLiteral("/saved-views"), toJson(change), HubSubject::Change,
                          entityDecoder<SavedView>(QStringLiteral("saved_view")), std::move(done));
}

void SavedViewsApi::update(Id id, const SavedViewChange &change, HubCallback<SavedView> done) const
{
    m_api.post<SavedView>(QStringLiteral("/saved-views/%1").arg(id), toJson(change),
                          HubSubject::Change,
                          entityDecoder<SavedView>(QStringLiteral("saved_view")), std::move(done));
}

void SavedViewsApi::remove(Id id, HubCallback<Done> done) const
{
    m_api.remove<Done>(QStringLiteral("/saved-views/%1").arg(id), HubSubject::Change,
                       &HubApi::nothing, std::move(done));
}

} // namespace parley
