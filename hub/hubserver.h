#pragma once

#include "hub/api/apisupport.h"
#include "hub/service/adminservice.h"
#include "hub/service/attachmentservice.h"
#include "hub/service/automationrunner.h"
#include "hub/service/automationservice.h"
#include "hub/service/billingservice.h"
#include "hub/service/conversationservice.h"
#include "hub/service/csatservice.h"
#include "hub/service/hubmetrics.h"
#include "hub/service/profileservice.h"
#include "hub/service/quoteservice.h"
#include "hub/service/recordservice.h"
#include "hub/service/registrationservice.h"
#include "hub/service/reportservice.h"
#include "hub/service/savedviewservice.h"
#include "hub/service/snoozewaker.h"
#include "hub/service/streamhub.h"
#include "hub/service/templateservice.h"
#include "hub/service/ticketservice.h"
#include "hub/service/triageservice.h"
#include "hub/service/unattendedcloser.h"
#include "hub/store/commitnotices.h"
#include "hub/store/leadership.h"

#include <QHostAddress>
#include <QObject>

#include <deque>
#include <memory>

namespace parley::hub {

class WebhookIntake;
class GroupCommit;
class WebhookIntakeReader;
class OutgoingWorker;
class NotificationSettingsService;
class LoginService;
class PasswordChecker;

// parley-hub serve: the store, the HTTP and WebSocket API, the webhook intake and the outgoing
// queue's worker, wired together on one event loop.
class HubServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDir;
        QString databaseUrl; // empty: SQLite in dataDir (HubDatabase::open)
        // Meta sends webhooks up to 3 MB; the cap leaves room and refuses anything larger.
        qint64 maxBodyBytes = 4 * 1024 * 1024;
        bool logRequests = true;
        // Reverse proxies whose X-Forwarded-For names the client the login limits count.
        QList<QHostAddress> trustedProxies;
        http::HttpLimits httpLimits;
        StreamHub::Limits streamLimits;
        // Of the password hashes the hub makes (--insecure-fast-password-hashing: tests only).
        PasswordCost passwordCost = PasswordCost::Interactive;
    };

    explicit HubServer(const Options &options, QObject *parent = nullptr);
    ~HubServer() override;

    bool open(QString *error);
    // Returns the bound port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    HubContext &context() { return *m_context; }
    HubMetrics &metrics() { return m_metrics; }

private:
    void addOperationsRoutes();
    QByteArray prometheusText();

    Options m_options;
    HubDatabase m_db;
    std::unique_ptr<HubContext> m_context;
    // Several hubs on one PostgreSQL store: which one runs the timers, and the others' commits.
    std::unique_ptr<Leadership> m_leadership;
    std::unique_ptr<CommitNotices> m_notices;
    std::unique_ptr<ApiSupport> m_api;
    std::unique_ptr<LoginService> m_logins;
    LedgerPaymentProvider m_payments;
    std::unique_ptr<BillingService> m_billing;
    std::unique_ptr<ConversationService> m_conversations;
    std::unique_ptr<AdminService> m_admin;
    std::unique_ptr<TemplateService> m_templates;
    std::unique_ptr<ProfileService> m_profiles;
    std::unique_ptr<RegistrationService> m_registration;
    std::unique_ptr<TicketService> m_tickets;
    std::unique_ptr<QuoteService> m_quotes;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<RecordService> m_records;
    std::unique_ptr<AutomationService> m_automations;
    std::unique_ptr<AutomationRunner> m_automationRunner;
    std::unique_ptr<CsatService> m_csat;
    std::unique_ptr<UnattendedCloser> m_closer;
    std::unique_ptr<TriageService> m_triage;
    std::unique_ptr<SavedViewService> m_savedViews;
    std::unique_ptr<NotificationSettingsService> m_notificationSettings;
    std::unique_ptr<SnoozeWaker> m_snoozes;
    std::unique_ptr<AttachmentService> m_attachments;
    std::unique_ptr<StreamHub> m_stream;
    std::unique_ptr<WebhookIntake> m_intake;
    std::unique_ptr<OutgoingWorker> m_outgoing;
    std::unique_ptr<GroupCommit> m_group; // webhooks: durable acknowledgements, one flush per group
    // Webhook POSTs whose signature and JSON the reader's thread is reading, oldest first: it
    // hands them back in this order. Declared after m_group: goes first, delivering nothing more.
    std::deque<HttpRespond> m_readingWebhooks;
    std::unique_ptr<WebhookIntakeReader> m_webhookReader;
    // Declared after the services that use it, so it goes first: its answers still queued are
    // dropped with it instead of reaching a service already gone.
    std::unique_ptr<PasswordChecker> m_passwords;
    HttpServer m_http;
    HubMetrics m_metrics;
};

} // namespace parley::hub
