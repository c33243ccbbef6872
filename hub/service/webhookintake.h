#pragma once

#include "core/whatsapp/webhooktypes.h"
#include "hub/api/httptypes.h"
#include "hub/service/billingservice.h"
#include "hub/service/conversationservice.h"
#include "hub/service/hubmetrics.h"

namespace parley::hub {

// /webhooks/whatsapp: Meta's verification handshake and its signed POSTs. A POST is durable
// before it is acknowledged: every message, status and template change of the body is written
// with its events in one transaction, and only then does Meta get its 200. A retried delivery
// finds each wamid already stored and changes nothing.
class WebhookIntake {
public:
    WebhookIntake(HubContext &context, ConversationService &conversations, BillingService &billing,
                  HubMetrics &metrics)
        : m_ctx(context), m_conversations(conversations), m_billing(billing), m_metrics(metrics)
    {}

    HttpResponse verify(const HttpRequest &request);
    HttpResponse receive(const HttpRequest &request);

private:
    bool storeMessage(const ChannelConfig &channel, const whatsapp::InboundMessage &inbound);
    bool storeStatus(const whatsapp::StatusUpdate &status);
    bool storeTemplateStatus(const whatsapp::TemplateStatusUpdate &update);
    std::optional<Conversation> conversationFor(const ChannelConfig &channel,
                                                const whatsapp::InboundMessage &inbound,
                                                bool *created);
    HttpResponse reject(int status, const QString &reason, const QString &message);

    HubContext &m_ctx;
    ConversationService &m_conversations;
    BillingService &m_billing;
    HubMetrics &m_metrics;
};

} // namespace parley::hub
