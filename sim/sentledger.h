#pragma once

#include "core/domain/ids.h"
#include "core/whatsapp/graphmessages.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace parley::sim {

// Every send Graph accepted (a 200 with a wamid), with where it got to on the customer's phone:
// what /sim/sent shows tests and what the demo's customers answer.
struct SentMessage {
    QString wamid;
    QString waId;
    whatsapp::SendMessageRequest request;
    QString pricingCategory; // "service", "marketing", "utility", "authentication"
    TimestampMs acceptedAt = 0;
    QString status = QStringLiteral("accepted"); // then sent, delivered, read or failed
    TimestampMs statusAt = 0;
    int errorCode = 0; // failed only

    QJsonObject toJson() const;
};

class SentLedger {
public:
    void add(const SentMessage &message) { m_messages.append(message); }
    void setStatus(const QString &wamid, const QString &status, int errorCode, TimestampMs at);
    const SentMessage *find(const QString &wamid) const;
    // Oldest first; `waId` non-empty: only those to that customer.
    QJsonArray toJson(const QString &waId = QString()) const;
    int count() const { return int(m_messages.size()); }

private:
    QList<SentMessage> m_messages;
};

} // namespace parley::sim
