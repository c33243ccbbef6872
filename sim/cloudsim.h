#pragma once

#include "core/http/httpserver.h"
#include "sim/simcontext.h"
#include "sim/simoptions.h"

#include <QObject>

// parley-cloudsim: a local stand-in for Meta's WhatsApp Cloud API with simulated customers, so
// the hub runs and is tested offline. It speaks the wire format of core/whatsapp and keeps all of
// WhatsApp's state (customers, windows, media, templates, sends) in memory.
//
// Graph (graphroutes.h), every call with the bearer token or 190/HTTP 401:
// - sends are parsed by whatsapp::parseSendMessageRequest and refused synchronously as Graph
//   does (131008/131009/100; a template that does not exist in the language or is not approved
//   132001; a body parameter count other than its placeholders' 132000). Accepted ones get a
//   wamid, then status webhooks: sent (PMP pricing, "service"/free inside the window the
//   customer opened, the template's category/billable for templates; no conversation object),
//   delivered, read — or one failed status: 131047 for free-form outside the 24-hour window
//   (core/rules/servicewindow.h), 131026 for an implausible number, 131053 for an unknown
//   media id. Sending never opens a window; only customer messages do.
// - media upload (multipart) / URL / download with a signed 5-minute URL / delete.
// - message_templates create (name rule 100, duplicate name+language 100/2388024) and list;
//   a template is PENDING, then reviewed after SimOptions::templateReview* (templatereview.h)
//   with a message_template_status_update webhook.
// Webhooks (webhooksender.h): signed, retried like Meta, one at a time in order, batched.
// Control API for tests and demos: controlroutes.h. Demo customers: demoscenario.h.
namespace parley::sim {

class DeliverySimulator;
class DemoScenario;
class TemplateReviewer;
class WebhookSender;

class CloudSim : public QObject {
    Q_OBJECT
public:
    explicit CloudSim(const SimOptions &options, QObject *parent = nullptr);
    ~CloudSim() override;

    // Binds the HTTP server and starts the demo when asked for; returns the port, 0 on failure.
    quint16 listen();
    QString baseUrl() const { return m_ctx.baseUrl; }

private:
    void log(const QJsonObject &line) const;

    SimContext m_ctx;
    http::HttpServer *m_http;
    DemoScenario *m_demo = nullptr;
};

} // namespace parley::sim
