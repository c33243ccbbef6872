#include "sim/cloudsim.h"

#include "sim/controlroutes.h"
#include "sim/deliverysimulator.h"
#include "sim/demoscenario.h"
#include "sim/graphroutes.h"
#include "sim/templatereviewer.h"
#include "sim/webhooksender.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>

namespace parley::sim {
namespace {

// Documents may be 100 MB (whatsapp-cloud-api.md §7); the multipart framing comes on top.
constexpr qint64 maxRequestBytes = 101LL * 1024 * 1024;

} // namespace

CloudSim::CloudSim(const SimOptions &options, QObject *parent)
    : QObject(parent), m_ctx(options), m_http(new http::HttpServer(maxRequestBytes, this))
{
    m_ctx.webhooks = new WebhookSender(options.webhookUrl, options.appSecret.toUtf8(),
                                       options.webhookRetry, this);
    m_ctx.delivery = new DeliverySimulator(m_ctx, this);
    m_ctx.reviewer = new TemplateReviewer(m_ctx, this);
    if (options.logRequests) {
        const auto logLine = [this](const QJsonObject &line) {
            log(line);
        };
        m_http->setRequestLog(logLine);
        m_ctx.webhooks->setLog(logLine);
    }
    // The control routes go first: the router takes the first pattern that matches.
    addControlRoutes(*m_http, m_ctx);
    addMessageRoutes(*m_http, m_ctx);
    addMediaRoutes(*m_http, m_ctx);
    addTemplateRoutes(*m_http, m_ctx);
    addProfileRoutes(*m_http, m_ctx);
    addRegistrationRoutes(*m_http, m_ctx);
    addUnversionedRefusal(*m_http, m_ctx);
    if (options.demoScenario) {
        const quint32 seed = options.seed ? *options.seed : QRandomGenerator::global()->generate();
        m_demo = new DemoScenario(m_ctx, seed, this);
        connect(m_ctx.delivery, &DeliverySimulator::readByCustomer, m_demo,
                &DemoScenario::customerRead);
    }
}

CloudSim::~CloudSim()
{
    // The children (server, sender, timers) refer to m_ctx, which goes before QObject would
    // delete them.
    const QObjectList owned = children(); // a copy: each delete shrinks children()
    qDeleteAll(owned);
}

quint16 CloudSim::listen()
{
    const quint16 port = m_http->listen(m_ctx.options.listenAddress, m_ctx.options.listenPort);
    if (port == 0)
        return 0;
    // Listening on every interface, the sim still hands out URLs a local client can open.
    const QHostAddress address = m_ctx.options.listenAddress;
    const bool anyAddress = address == QHostAddress::Any || address == QHostAddress::AnyIPv4;
    m_ctx.baseUrl = QStringLiteral("http://%1:%2")
                        .arg(anyAddress ? QStringLiteral("127.0.0.1") : address.toString())
                        .arg(port);
    if (m_demo)
        m_demo->start();
    return port;
}

void CloudSim::log(const QJsonObject &line) const
{
    QJsonObject entry = line;
    entry.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    std::fprintf(stderr, "%s\n", QJsonDocument(entry).toJson(QJsonDocument::Compact).constData());
}

} // namespace parley::sim
