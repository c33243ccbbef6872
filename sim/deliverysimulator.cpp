#include "sim/deliverysimulator.h"

#include "core/whatsapp/grapherrors.h"
#include "core/whatsapp/webhookbuilder.h"
#include "sim/webhooksender.h"

#include <QTimer>

namespace parley::sim {
namespace {

const QString errorCodesHref =
    QStringLiteral("https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/");

} // namespace

DeliverySimulator::DeliverySimulator(SimContext &context, QObject *parent)
    : QObject(parent), m_ctx(context)
{}

int DeliverySimulator::between(int minMs, int maxMs)
{
    return maxMs <= minMs ? minMs
                          : minMs + int(QRandomGenerator::global()->bounded(maxMs - minMs + 1));
}

whatsapp::StatusUpdate DeliverySimulator::status(const SentMessage &message,
                                                 const QString &name) const
{
    whatsapp::StatusUpdate update;
    update.origin = m_ctx.origin();
    update.wamid = message.wamid;
    update.status = name;
    update.timestamp = m_ctx.now();
    update.recipientId = message.waId;
    update.bizOpaqueCallbackData = message.request.bizOpaqueCallbackData;
    return update;
}

void DeliverySimulator::report(const whatsapp::StatusUpdate &update, int errorCode)
{
    m_ctx.sent.setStatus(update.wamid, update.status, errorCode, update.timestamp);
    m_ctx.webhooks->enqueue(update);
    if (update.status == QLatin1String("read"))
        emit readByCustomer(update.wamid, update.recipientId);
}

void DeliverySimulator::deliver(const SentMessage &message, bool billable)
{
    // Each step is scheduled by the one before, so they cannot fire out of order whatever the
    // timers' precision.
    const StatusDelays &delays = m_ctx.options.statusDelays;
    QTimer::singleShot(
        between(delays.sentMinMs, delays.sentMaxMs), this, [this, message, billable, delays] {
            whatsapp::StatusUpdate sent = status(message, QStringLiteral("sent"));
            sent.pricing = whatsapp::perMessagePricing(message.pricingCategory, billable);
            report(sent, 0);
            QTimer::singleShot(
                between(delays.deliveredMinMs, delays.deliveredMaxMs), this,
                [this, message, delays] {
                    report(status(message, QStringLiteral("delivered")), 0);
                    QTimer::singleShot(
                        between(delays.readMinMs, delays.readMaxMs), this,
                        [this, message] { report(status(message, QStringLiteral("read")), 0); });
                });
        });
}

void DeliverySimulator::fail(const SentMessage &message, int code, const QString &details)
{
    const StatusDelays &delays = m_ctx.options.statusDelays;
    QTimer::singleShot(
        between(delays.sentMinMs, delays.sentMaxMs), this, [this, message, code, details] {
            whatsapp::StatusUpdate failed = status(message, QStringLiteral("failed"));
            const QString title = whatsapp::graphErrorTitle(code);
            failed.errors.append({code, title, title, details, errorCodesHref});
            report(failed, code);
        });
}

} // namespace parley::sim
