#include "hub/hubserver.h"

#include "core/whatsapp/limits.h"
#include "core/whatsapp/signature.h"
#include "hub/api/adminroutes.h"
#include "hub/api/agentroutes.h"
#include "hub/api/attachmentroutes.h"
#include "hub/api/automationroutes.h"
#include "hub/api/creditroutes.h"
#include "hub/api/csatroutes.h"
#include "hub/api/notificationroutes.h"
#include "hub/api/profileroutes.h"
#include "hub/api/quoteroutes.h"
#include "hub/api/recordroutes.h"
#include "hub/api/registrationroutes.h"
#include "hub/api/reportroutes.h"
#include "hub/api/savedviewroutes.h"
#include "hub/api/templateroutes.h"
#include "hub/api/ticketroutes.h"
#include "hub/api/triageroutes.h"
#include "hub/auth/loginservice.h"
#include "hub/auth/passwordchecker.h"
#include "hub/service/outgoingworker.h"
#include "hub/service/webhookintake.h"
#include "hub/store/groupcommit.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace parley::hub {
namespace {

// Tests only: PARLEY_HUB_TEST_CLOCK_FILE names a file holding a number of milliseconds the
// hub's clock runs ahead of the real one, read at every look at the clock, so that a test
// moves time forward (a snooze of an hour ends) without waiting. Never set in production.
void useTestClock(HubContext &context)
{
    const QString file = qEnvironmentVariable("PARLEY_HUB_TEST_CLOCK_FILE");
    if (file.isEmpty())
        return;
    std::fprintf(stderr, "warning: PARLEY_HUB_TEST_CLOCK_FILE: the hub's clock is moved for "
                         "tests\n");
    context.clock = [file] {
        QFile offset(file);
        const qint64 ahead =
            offset.open(QIODevice::ReadOnly) ? offset.readAll().trimmed().toLongLong() : 0;
        return QDateTime::currentMSecsSinceEpoch() + ahead;
    };
}

} // namespace

HubServer::HubServer(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_http(options.maxBodyBytes, nullptr, options.httpLimits)
{}

HubServer::~HubServer() = default;

bool HubServer::open(QString *error)
{
    if (!m_db.open(m_options.dataDir, m_options.databaseUrl)) {
        *error = m_db.errorString();
        return false;
    }
    m_context = std::make_unique<HubContext>(m_db);
    m_leadership = std::make_unique<Leadership>(m_db);
    m_leadership->start();
    m_context->leads = [this] {
        return m_leadership->isLeader();
    };
    m_context->instanceKey = [this] {
        return m_leadership->instanceKey();
    };
    m_context->liveInstancesSql = [this] {
        return m_leadership->liveInstancesSql();
    };
    m_context->events.setNoticePayload(QString::number(m_leadership->instanceKey()));
    useTestClock(*m_context);
    m_api = std::make_unique<ApiSupport>(*m_context);
    m_billing = std::make_unique<BillingService>(*m_context, m_payments);
    m_conversations = std::make_unique<ConversationService>(*m_context, *m_billing);
    // Two Argon2id computations at a time, logins and admins' new passwords alike.
    m_passwords = std::make_unique<PasswordChecker>(2, m_options.passwordCost);
    m_admin = std::make_unique<AdminService>(*m_context, m_passwords.get());
    m_records = std::make_unique<RecordService>(*m_context);
    m_templates = std::make_unique<TemplateService>(*m_context, *m_conversations, *m_billing);
    m_profiles = std::make_unique<ProfileService>(*m_context);
    m_registration = std::make_unique<RegistrationService>(*m_context);
    m_tickets = std::make_unique<TicketService>(*m_context);
    m_reports = std::make_unique<ReportService>(m_db);
    m_stream = std::make_unique<StreamHub>(
        *m_context, [this](const QString &token) { return m_api->agentForToken(token); },
        m_options.streamLimits);
    m_stream->setSnapshotSource([this](QString *why) {
        // The snapshot's connection sees every commit, flushed or not: none may be missing
        // from the disk when a desktop starts from it (GroupCommit).
        if (!m_group->flushToDisk()) {
            *why = QStringLiteral("the store's write-ahead log could not be flushed");
            return std::unique_ptr<SnapshotReads>();
        }
        return SnapshotReads::open(m_options.dataDir, m_options.databaseUrl,
                                   StreamHub::snapshotMessages, why);
    });
    m_attachments = std::make_unique<AttachmentService>(
        *m_context, *m_conversations, *m_billing,
        QDir(m_options.dataDir).filePath(QStringLiteral("media")));
    m_intake = std::make_unique<WebhookIntake>(*m_context, *m_conversations, *m_billing, m_metrics);
    m_outgoing = std::make_unique<OutgoingWorker>(*m_context, *m_conversations, *m_billing,
                                                  m_attachments->store(), m_metrics);
    m_group = std::make_unique<GroupCommit>(m_db, &m_context->events);
    m_context->eventsCommitted = [this] {
        // A webhook's events are not committed until its group is: published after it.
        if (m_db.inGroupWork())
            return;
        m_stream->publish();
        m_attachments->poke();
        if (m_automationRunner)
            m_automationRunner->poke();
    };
    m_group->setCommitted(m_context->eventsCommitted);
    m_context->outgoingQueued = [this] {
        m_outgoing->poke();
    };
    m_context->channelActivated = [this](Id channelId) {
        m_intake->releaseHeld(channelId);
        m_outgoing->poke();
    };

    m_logins = std::make_unique<LoginService>(*m_context, *m_passwords);
    m_logins->setTrustedProxies(m_options.trustedProxies);
    addSessionRoutes(m_http, *m_context, *m_api, *m_logins);
    addConversationRoutes(m_http, *m_context, *m_api, *m_conversations);
    addAdminRoutes(m_http, *m_api, *m_admin);
    addCreditRoutes(m_http, *m_api, *m_billing);
    addTemplateRoutes(m_http, *m_api, *m_templates);
    addProfileRoutes(m_http, *m_api, *m_profiles);
    addRegistrationRoutes(m_http, *m_api, *m_registration);
    addRecordRoutes(m_http, *m_api, *m_records);
    addReportRoutes(m_http, *m_api, *m_reports);
    addAttachmentRoutes(m_http, *m_api, *m_attachments);
    addTicketRoutes(m_http, *m_api, *m_tickets);
    m_quotes = std::make_unique<QuoteService>(*m_context);
    addQuoteRoutes(m_http, *m_api, *m_quotes);
    m_triage = std::make_unique<TriageService>(*m_context, *m_conversations);
    addTriageRoutes(m_http, *m_api, *m_triage);
    m_automations = std::make_unique<AutomationService>(*m_context, *m_templates);
    m_automationRunner = std::make_unique<AutomationRunner>(*m_context, *m_templates, *m_triage);
    addAutomationRoutes(m_http, *m_api, *m_automations, *m_automationRunner, *m_records);
    m_csat = std::make_unique<CsatService>(*m_context, *m_templates);
    addCsatRoutes(m_http, *m_api, *m_csat);
    m_automationRunner->setClosedHook(
        [this](const Conversation &conversation, const QString &closingKey) {
            m_csat->conversationClosed(conversation, closingKey);
        });
    m_context->csatAnswered = [this](const Conversation &conversation,
                                     const HubContext::ButtonPress &press, TimestampMs at) {
        return m_csat->recordAnswer(conversation, press.repliedTo, press.payload, press.title, at);
    };
    addReadReceiptRoutes(m_http, *m_context, *m_api);
    m_savedViews = std::make_unique<SavedViewService>(*m_context);
    addSavedViewRoutes(m_http, *m_api, *m_savedViews);
    m_notificationSettings = std::make_unique<NotificationSettingsService>(*m_context);
    addNotificationRoutes(m_http, *m_api, *m_notificationSettings);
    m_http.route("GET", QStringLiteral("/webhooks/whatsapp"),
                 [this](const HttpRequest &request) { return m_intake->verify(request); });
    // Meta's payloads are at most 3 MB (whatsapp-cloud-api.md §2); anything larger is refused
    // before it is parsed.
    // The signature check and the JSON parse run on the reader's thread; this thread stores
    // what it hands back, in the order the bodies arrived (WebhookIntakeReader), each answer
    // waiting for the durable group commit holding it (GroupCommit).
    m_webhookReader = std::make_unique<WebhookIntakeReader>([this](ReadWebhook read) {
        HttpRespond respond = std::move(m_readingWebhooks.front());
        m_readingWebhooks.pop_front();
        auto answer = std::make_shared<HttpResponse>();
        m_group->run(
            [&] {
                *answer = m_intake->store(read);
                return answer->status == 200;
            },
            [this, answer, respond](bool durable) {
                if (durable || answer->status != 200) {
                    respond(*answer);
                    return;
                }
                --m_metrics.webhooksAccepted;
                ++m_metrics.webhooksRejected[QStringLiteral("store_failed")];
                respond(HttpResponse::error(
                    500, QStringLiteral("store_failed"),
                    QStringLiteral("The hub could not store the webhook; Meta will retry.")));
            });
        m_group->release();
    });
    m_http.routeAsync(
        "POST", QStringLiteral("/webhooks/whatsapp"),
        [this](const HttpRequest &request, HttpRespond respond) {
            m_group->hold(); // the group waits for it (at most GroupCommit::maxHoldMs)
            m_readingWebhooks.push_back(std::move(respond));
            m_webhookReader->submit(request.body, request.header(whatsapp::signatureHeader),
                                    m_intake->secrets(), m_context->now());
        },
        whatsapp::maxWebhookPayloadBytes);
    m_http.route("GET", QStringLiteral("/api/v1/admin/webhook-dead-letters"),
                 m_api->authed(
                     [this](const HttpRequest &request, const Agent &) {
                         bool ok = false;
                         int limit =
                             request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
                         if (!ok || limit <= 0 || limit > 500)
                             limit = 100;
                         return HttpResponse::json(
                             {{QStringLiteral("dead_letters"), m_intake->deadLetters(limit)}});
                     },
                     true));
    addOperationsRoutes();
    if (m_options.logRequests) {
        m_http.setRequestLog([](const QJsonObject &line) {
            QJsonObject entry = line;
            entry.insert(QStringLiteral("ts"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            std::fprintf(stderr, "%s\n",
                         QJsonDocument(entry).toJson(QJsonDocument::Compact).constData());
        });
    }
    connect(&m_http, &HttpServer::newWebSocketConnection, this, [this] {
        while (m_http.hasPendingWebSocketConnections())
            m_stream->accept(m_http.nextPendingWebSocketConnection());
    });
    m_outgoing->start();
    m_closer = std::make_unique<UnattendedCloser>(*m_context, *m_conversations);
    m_closer->start();
    // Another hub on the store committed: its events go to this hub's streams too, and the
    // leader fetches the media its webhooks brought.
    m_notices = std::make_unique<CommitNotices>(m_db, QString::number(m_leadership->instanceKey()));
    connect(m_notices.get(), &CommitNotices::committedElsewhere, this, [this] {
        m_stream->publish();
        m_attachments->poke();
        m_automationRunner->poke();
    });
    connect(m_leadership.get(), &Leadership::leadershipChanged, this, [this](bool leader) {
        if (!leader)
            return;
        m_attachments->poke();
        m_outgoing->poke();
        m_automationRunner->poke();
    });
    m_notices->start();
    m_snoozes = std::make_unique<SnoozeWaker>(*m_context, *m_triage);
    m_snoozes->start();
    m_automationRunner->start();
    return true;
}

quint16 HubServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

void HubServer::addOperationsRoutes()
{
    m_http.route("GET", QStringLiteral("/healthz"), [this](const HttpRequest &) {
        // Answering reads is not enough: a store that cannot write loses every webhook.
        QString reason;
        bool storeOk = m_db.checkWritable(&reason);
        if (storeOk && !m_group->healthy()) {
            storeOk = false;
            reason = QStringLiteral("a flush of the write-ahead log failed; restart the hub");
        }
        QJsonObject health{
            {QStringLiteral("status"), storeOk ? QStringLiteral("ok") : QStringLiteral("degraded")},
            {QStringLiteral("store"), storeOk}};
        if (!storeOk)
            health.insert(QStringLiteral("reason"),
                          QStringLiteral("the store cannot write: %1").arg(reason));
        return HttpResponse::json(health, storeOk ? 200 : 503);
    });
    m_http.route("GET", QStringLiteral("/metrics"), [this](const HttpRequest &) {
        return HttpResponse::text(prometheusText(), 200, "text/plain; version=0.0.4");
    });
}

QByteArray HubServer::prometheusText()
{
    QByteArray out;
    QTextStream s(&out);
    s << "# HELP parley_store_group_commits_total Commits that acknowledged webhooks together.\n"
      << "# TYPE parley_store_group_commits_total counter\n"
      << "parley_store_group_commits_total " << m_group->groups() << "\n"
      << "# HELP parley_store_grouped_webhooks_total Webhooks acknowledged by those commits.\n"
      << "# TYPE parley_store_grouped_webhooks_total counter\n"
      << "parley_store_grouped_webhooks_total " << m_group->grouped() << "\n";
    s << "# HELP parley_webhooks_accepted_total Webhook POSTs stored and acknowledged.\n"
      << "# TYPE parley_webhooks_accepted_total counter\n"
      << "parley_webhooks_accepted_total " << m_metrics.webhooksAccepted << "\n"
      << "# HELP parley_webhooks_rejected_total Webhook POSTs refused, by reason.\n"
      << "# TYPE parley_webhooks_rejected_total counter\n";
    for (auto it = m_metrics.webhooksRejected.cbegin(); it != m_metrics.webhooksRejected.cend();
         ++it)
        s << "parley_webhooks_rejected_total{reason=\"" << it.key() << "\"} " << it.value() << "\n";
    s << "# HELP parley_webhook_dead_letters Webhook items kept unread (admin list).\n"
      << "# TYPE parley_webhook_dead_letters gauge\n"
      << "parley_webhook_dead_letters " << m_intake->deadLetterCount() << "\n"
      << "# HELP parley_sends_total Graph API sends, by outcome.\n"
      << "# TYPE parley_sends_total counter\n";
    for (auto it = m_metrics.sends.cbegin(); it != m_metrics.sends.cend(); ++it)
        s << "parley_sends_total{outcome=\"" << it.key() << "\"} " << it.value() << "\n";
    s << "# HELP parley_outgoing_queue_depth Messages waiting to be sent.\n"
      << "# TYPE parley_outgoing_queue_depth gauge\n"
      << "parley_outgoing_queue_depth " << m_outgoing->queueDepth() << "\n"
      << "# HELP parley_connected_agents WebSocket streams open.\n"
      << "# TYPE parley_connected_agents gauge\n"
      << "parley_connected_agents " << m_stream->connectedAgents() << "\n"
      << "# HELP parley_leader 1 when this hub runs the timers (several hubs on one store).\n"
      << "# TYPE parley_leader gauge\n"
      << "parley_leader " << (m_leadership->isLeader() ? 1 : 0) << "\n"
      << "# HELP parley_password_checks_total Argon2id password verifications (logins).\n"
      << "# TYPE parley_password_checks_total counter\n"
      << "parley_password_checks_total " << m_logins->passwordChecks() << "\n"
      << "# HELP parley_logins_rate_limited_total Login attempts refused with 429.\n"
      << "# TYPE parley_logins_rate_limited_total counter\n"
      << "parley_logins_rate_limited_total " << m_logins->rateLimited() << "\n"
      << "# HELP parley_stream_dropped_total Streams ended because the client stopped answering "
         "pings or reading.\n"
      << "# TYPE parley_stream_dropped_total counter\n"
      << "parley_stream_dropped_total " << m_stream->droppedUnresponsive() << "\n";
    const http::HttpServerStats &http = m_http.stats();
    s << "# HELP parley_http_connections_open HTTP connections and WebSocket streams open.\n"
      << "# TYPE parley_http_connections_open gauge\n"
      << "parley_http_connections_open " << m_http.openConnections() << "\n"
      << "# HELP parley_http_connections_shed_total Idle connections closed to make room.\n"
      << "# TYPE parley_http_connections_shed_total counter\n"
      << "parley_http_connections_shed_total " << http.connectionsShed << "\n"
      << "# HELP parley_http_connections_refused_total Connections closed at once: full, none "
         "idle.\n"
      << "# TYPE parley_http_connections_refused_total counter\n"
      << "parley_http_connections_refused_total " << http.connectionsRefused << "\n"
      << "# HELP parley_http_timeouts_total Connections closed by the idle, head or body "
         "timeout.\n"
      << "# TYPE parley_http_timeouts_total counter\n"
      << "parley_http_timeouts_total " << http.timeouts << "\n"
      << "# HELP parley_http_requests_refused_total Requests refused before routing (400, 408, "
         "411, 413, 414, 431, 501, 505).\n"
      << "# TYPE parley_http_requests_refused_total counter\n"
      << "parley_http_requests_refused_total " << http.requestsRefused << "\n";
    s.flush();
    return out;
}

} // namespace parley::hub
