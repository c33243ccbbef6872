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

void TriageApi::updateLabel(Id id, const Label &label, HubCallback<Label> done) const
{
    m_api.post<Label>(QStringLiteral("/labels/%1").arg(id), toJson(label), HubSubject::Change,
                      entityDecoder<Label>(QStringLiteral("label")), std::move(done));
}

void TriageApi::removeLabel(Id id, HubCallback<Done> done) const
{
    m_api.remove<Done>(QStringLiteral("/labels/%1").arg(id), HubSubject::Change, &HubApi::nothing,
                       std::move(done));
}

void TriageApi::labelUsage(Id id, HubCallback<LabelUsage> done) const
{
    m_api.get<LabelUsage>(
        QStringLiteral("/labels/%1/usage").arg(id), HubSubject::Change,
        [](const QJsonObject &json, LabelUsage *usage, QString *problem) {
            return fromJson(json, usage, problem);
        },
        std::move(done));
}

namespace {

bool decodeRule(const QJsonObject &json, ReadReceiptRule *rule, QString *problem)
{
    return fromJson(json, rule, problem);
}

} // namespace

void TriageApi::readReceipts(Id channelId, HubCallback<ReadReceiptRule> done) const
{
    m_api.get<ReadReceiptRule>(QStringLiteral("/channels/%1/read-receipts").arg(channelId),
                               HubSubject::Change, &decodeRule, std::move(done));
}

void TriageApi::setReadReceipts(Id channelId, ReadReceiptRule rule,
                                HubCallback<ReadReceiptRule> done) const
{
    m_api.post<ReadReceiptRule>(QStringLiteral("/channels/%1/read-receipts").arg(channelId),
                                toJson(rule), HubSubject::Change, &decodeRule, std::move(done));
}

} // namespace parley
