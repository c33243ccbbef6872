#pragma once

#include "sim/simcontext.h"

#include <QObject>
#include <QRandomGenerator>

namespace parley::sim {

// The customer's phone after Graph accepted a send: the status webhooks Meta reports, each step
// after a random delay from SimOptions::statusDelays.
class DeliverySimulator : public QObject {
    Q_OBJECT
public:
    DeliverySimulator(SimContext &context, QObject *parent = nullptr);

    // sent (with per-message pricing: `billable` templates are "regular", free-form replies in a
    // customer-opened window "free_customer_service"; no conversation object, as from v24.0),
    // then delivered, then read.
    void deliver(const SentMessage &message, bool billable);
    // A single failed status with `code` after the "sent" delay, as Meta reports 131047 and
    // 131026 only after having taken the request.
    void fail(const SentMessage &message, int code, const QString &details);

signals:
    // The customer has the message on screen: the demo's customers may answer.
    void readByCustomer(const QString &wamid, const QString &waId);

private:
    int between(int minMs, int maxMs);
    whatsapp::StatusUpdate status(const SentMessage &message, const QString &name) const;
    void report(const whatsapp::StatusUpdate &update, int errorCode);

    SimContext &m_ctx;
};

} // namespace parley::sim
