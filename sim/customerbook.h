#pragma once

#include "core/domain/ids.h"

#include <QHash>
#include <QJsonArray>
#include <QString>

namespace parley::sim {

// What WhatsApp knows about each customer who wrote to the business number: the profile name
// and when they last wrote, which opens the 24-hour window (core/rules/servicewindow.h).
struct Customer {
    QString waId;
    QString profileName;
    TimestampMs lastInboundAt = 0; // 0: never wrote
    int messagesIn = 0;
    int messagesOut = 0; // accepted sends to them, delivered or not
};

class CustomerBook {
public:
    // Records a customer message; an older timestamp (a backdated test message) never moves
    // the window backwards.
    void customerWrote(const QString &waId, const QString &profileName, TimestampMs at,
                       const QString &wamid);
    void businessWrote(const QString &waId);

    // The window as Meta judges a free-form send at `now`.
    bool windowOpen(const QString &waId, TimestampMs now) const;
    TimestampMs lastInboundAt(const QString &waId) const;
    QString profileName(const QString &waId) const;
    // Mark-as-read names an inbound message; Graph refuses ids it never delivered.
    bool isInboundWamid(const QString &wamid) const { return m_inboundWamids.contains(wamid); }
    // Who wrote the inbound message `wamid`; empty when it is not one.
    QString writerOf(const QString &wamid) const { return m_inboundWamids.value(wamid); }

    QJsonArray toJson(TimestampMs now) const;

private:
    QHash<QString, Customer> m_customers;
    QHash<QString, QString> m_inboundWamids; // wamid → the customer's wa_id
};

} // namespace parley::sim
