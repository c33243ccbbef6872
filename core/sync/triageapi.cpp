#include "core/sync/triageapi.h"

#include "core/protocol/listcodec.h"

namespace parley {

void TriageApi::change(const BulkChangeRequest &request, HubCallback<BulkChangeResult> done) const
{
    m_api.post<BulkChangeResult>(
        QStringLiteral("/conversations/bulk"), toJson(request), HubSubject::Conversation,
        [](const QJsonObject &json, BulkChangeResult *result, QString *problem) {
            return fromJson(json, result, problem);
        },
        std::move(done));
}

void TriageApi::labels(HubCallback<QList<Label>> done) const
{
    m_api.get<QList<Label>>(QStringLiteral("/labels"), HubSubject::Conversation,
                            listDecoder<Label>(QStringLiteral("labels")), std::move(done));
}

void TriageApi::addLabel(const Label &label, HubCallback<Label> done) const
{
    m_api.post<Label>(QStringLiteral("/labels"), toJson(label), HubSubject::Conversation,
                      entityDecoder<Label>(QStringLiteral("label")), std::move(done));
}

} // namespace parley
