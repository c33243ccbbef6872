#pragma once

#include "core/whatsapp/webhooktypes.h"
#include "sim/simcontext.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace parley::sim {

struct CustomerWrite;

// --scenario demo: a steady stream of customers writing in English, Portuguese, Chinese and
// Japanese (democast.h), one message every SimOptions::demoMin/MaxIntervalMs: mostly text, now
// and then a photo, a PDF, a voice note, a location or a contact card, and a text is sometimes
// edited or deleted a few seconds later. When a customer reads what the business sent, they often
// answer it (as a reply to that message) or react to it, a few seconds later.
//
// With a seed, who writes what and when repeats run to run; answers still depend on when the
// business writes.
class DemoScenario : public QObject {
    Q_OBJECT
public:
    DemoScenario(SimContext &context, quint32 seed, QObject *parent = nullptr);

    void start();
    // Connected to DeliverySimulator::readByCustomer.
    void customerRead(const QString &wamid, const QString &waId);

private:
    void nextCustomerWrites();
    int between(int minMs, int maxMs);
    std::optional<whatsapp::InboundMessage> say(const CustomerWrite &write);

    SimContext &m_ctx;
    QRandomGenerator m_random;
    QTimer m_timer;
    QHash<QString, int> m_linesSaid; // per customer, how far into their script they are
};

} // namespace parley::sim
