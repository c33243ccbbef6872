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

} // namespace parley
