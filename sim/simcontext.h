#pragma once

#include "core/domain/ids.h"
#include "core/whatsapp/grapherrors.h"
#include "core/whatsapp/graphprofile.h"
#include "core/whatsapp/webhooktypes.h"
#include "sim/customerbook.h"
#include "sim/mediastore.h"
#include "sim/numberregistration.h"
#include "sim/readledger.h"
#include "sim/sentledger.h"
#include "sim/simoptions.h"
#include "sim/templatestore.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace parley::sim {

class DeliverySimulator;
class TemplateReviewer;
class WebhookSender;

// A Graph failure armed through POST /sim/fail-next: the next `remaining` requests to the
// endpoint `endpoint` are answered with it instead of being handled.
struct InjectedFailure {
    whatsapp::GraphError error;
    int httpStatus = 500;
    int remaining = 0;
    // "messages" (default), "message_templates", "whatsapp_business_profile" or "registration"
    QString endpoint = QStringLiteral("messages");
};

struct GraphCounters {
    qint64 requests = 0;
    qint64 refused = 0;  // answered with a Graph error envelope, injected ones included
    qint64 injected = 0; // answered with an armed /sim/fail-next failure
};

// Everything the route handlers share: the options, WhatsApp's in-memory state, and the
// services that act later (webhooks, statuses, template reviews). CloudSim owns it.
struct SimContext {
    explicit SimContext(const SimOptions &simOptions) : options(simOptions) {}

    SimOptions options;
    QString baseUrl; // http://host:port of the running sim, for URLs it hands out

    CustomerBook customers;
    MediaStore media;
    TemplateStore templates;
    SentLedger sent;
    ReadLedger reads;
    QHash<QString, whatsapp::BusinessProfile> profiles; // by phone number id; empty until set
    NumberRegistration registration; // R1.10: verified, registered, the last code sent
    // The token POST /sim/token replaced: Graph answers it with 190 "Session has expired".
    QString expiredToken;
    std::optional<InjectedFailure> failure;
    GraphCounters counters;

    WebhookSender *webhooks = nullptr;
    DeliverySimulator *delivery = nullptr;
    TemplateReviewer *reviewer = nullptr;

    whatsapp::WebhookOrigin origin() const
    {
        return {options.wabaId, options.phoneNumberId, options.displayNumber};
    }
    TimestampMs now() const { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace parley::sim
