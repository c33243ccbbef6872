#pragma once

#include "core/domain/ids.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace parley::sim {

// A mark-as-read Graph accepted: the inbound message the business marked read, which turns the
// customer's ticks blue up to and including it.
struct ReadReceipt {
    QString wamid;
    QString waId; // the customer who wrote it
    bool typingIndicator = false;
    TimestampMs at = 0;

    QJsonObject toJson() const;
};

// Every accepted mark-as-read, repeats included (Graph answers a repeat with success too), so
// tests can count what the business sent: what GET /sim/read shows.
class ReadLedger {
public:
    void add(const ReadReceipt &receipt) { m_receipts.append(receipt); }
    // Oldest first; `waId` non-empty: only those of that customer's messages.
    QJsonArray toJson(const QString &waId = QString()) const;
    int count() const { return int(m_receipts.size()); }

private:
    QList<ReadReceipt> m_receipts;
};

} // namespace parley::sim
