#include "core/sync/automationsapi.h"

#include "core/protocol/listcodec.h"

namespace parley {

void AutomationsApi::list(HubCallback<QList<Automation>> done) const
{
    m_api.get<QList<Automation>>(QStringLiteral("/automations"), HubSubject::Automation,
                                 listDecoder<Automation>(QStringLiteral("automations")),
                                 std::move(done));
}

void AutomationsApi::create(const Automation &automation, HubCallback<Automation> done) const
{
    m_api.post<Automation>(
        QStringLiteral("/automations"), toJson(automation), HubSubject::Automation,
        entityDecoder<Automation>(QStringLiteral("automation")), std::move(done));
}

void AutomationsApi::remove(Id automationId, HubCallback<Done> done) const
{
    m_api.remove<Done>(QStringLiteral("/automations/%1").arg(automationId), HubSubject::Automation,
                       &HubApi::nothing, std::move(done));
}

void AutomationsApi::runs(int limit, Id beforeId, HubCallback<QList<AutomationRun>> done) const
{
    QString path = QStringLiteral("/automations/runs?limit=%1").arg(limit);
    if (beforeId > 0)
        path += QStringLiteral("&before=%1").arg(beforeId);
    m_api.get<QList<AutomationRun>>(path, HubSubject::Automation,
                                    listDecoder<AutomationRun>(QStringLiteral("runs")),
                                    std::move(done));
}

} // namespace parley
