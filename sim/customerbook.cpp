#include "sim/customerbook.h"

#include "core/rules/servicewindow.h"

#include <QJsonObject>

#include <algorithm>

namespace parley::sim {

void CustomerBook::customerWrote(const QString &waId, const QString &profileName, TimestampMs at,
                                 const QString &wamid)
{
    Customer &customer = m_customers[waId];
    customer.waId = waId;
    if (!profileName.isEmpty())
        customer.profileName = profileName;
    customer.lastInboundAt = qMax(customer.lastInboundAt, at);
    ++customer.messagesIn;
    m_inboundWamids.insert(wamid, waId);
}

void CustomerBook::businessWrote(const QString &waId)
{
    Customer &customer = m_customers[waId];
    customer.waId = waId;
    ++customer.messagesOut;
}

bool CustomerBook::windowOpen(const QString &waId, TimestampMs now) const
{
    return serviceWindowAt(lastInboundAt(waId), now).open;
}

TimestampMs CustomerBook::lastInboundAt(const QString &waId) const
{
    return m_customers.value(waId).lastInboundAt;
}

QString CustomerBook::profileName(const QString &waId) const
{
    return m_customers.value(waId).profileName;
}

QJsonArray CustomerBook::toJson(TimestampMs now) const
{
    QList<Customer> customers = m_customers.values();
    std::sort(customers.begin(), customers.end(),
              [](const Customer &a, const Customer &b) { return a.waId < b.waId; });
    QJsonArray list;
    for (const Customer &customer : customers) {
        const ServiceWindow window = serviceWindowAt(customer.lastInboundAt, now);
        list.append(QJsonObject{{QStringLiteral("wa_id"), customer.waId},
                                {QStringLiteral("name"), customer.profileName},
                                {QStringLiteral("last_inbound_at"), customer.lastInboundAt},
                                {QStringLiteral("window_open"), window.open},
                                {QStringLiteral("window_closes_at"), window.closesAt},
                                {QStringLiteral("messages_in"), customer.messagesIn},
                                {QStringLiteral("messages_out"), customer.messagesOut}});
    }
    return list;
}

} // namespace parley::sim
