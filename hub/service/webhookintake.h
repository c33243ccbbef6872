#pragma once

#include "core/whatsapp/webhooktypes.h"
#include "hub/api/httptypes.h"
#include "hub/service/billingservice.h"
#include "hub/service/conversationservice.h"
#include "hub/service/hubmetrics.h"
#include "hub/service/webhookintakereader.h"
#include "hub/store/webhooklog.h"

namespace parley::hub {

// /webhooks/whatsapp: Meta's verification handshake and its signed POSTs. A POST is durable
// before it is acknowledged: every message, status and template change of the body is written
// with its events in one transaction, and only then does Meta get its 200. Every item is
// recorded once as received (WebhookLog), so a retried delivery changes nothing; an item that
// cannot be read goes to the dead-letter list and costs nothing to the items around it.
//
// An item counts only for the channel that signed it: its metadata.phone_number_id must be a
// channel whose app secret verified the body, and the messages it changes must belong to that
// channel's conversations.
class WebhookIntake {
public:
    WebhookIntake(HubContext &context, ConversationService &conversations, BillingService &billing,
                  HubMetrics &metrics)
        : m_ctx(context), m_conversations(conversations), m_billing(billing), m_metrics(metrics),
          m_log(context.db)
    {}

    HttpResponse verify(const HttpRequest &request);
    // A POST read already (ReadWebhook::read, on WebhookIntakeReader's thread): stores its
    // items, inside the caller's group (GroupCommit). A body read against a list of secrets that
    // has changed since is checked again against the channels as they are now.
    HttpResponse store(const ReadWebhook &read);
    // The channels' app secrets, for ReadWebhook::read on any thread (read once here when
    // nothing has read the channels yet; kept current by store()).
    std::shared_ptr<const WebhookSecrets> secrets();

    // GET /api/v1/admin/webhook-dead-letters: the items the hub could not read, newest first.
    QJsonArray deadLetters(int limit) { return m_log.deadLetters(limit); }
    qint64 deadLetterCount() { return m_log.deadLetterCount(); }

    // R1.4: takes in, in arrival order, what arrived for the channel while it was deactivated;
    // called once it is active again. False when the store failed (the bodies stay held).
    bool releaseHeld(Id channelId);
    qint64 heldCount(Id channelId) { return m_log.heldCount(channelId); }

private:
    // A body as it is taken in: the app secret that signed it, and the channels read once for
    // all its items (on PostgreSQL each read of the channels goes to the server).
    struct SignedBody {
        QString appSecret;
        QList<ChannelConfig> channels;
    };

    bool store(SignedBody &body, const whatsapp::WebhookUpdate &update);
    // The list of secrets as `channels` have them (a new version only when it changed).
    void noteSecrets(const QList<ChannelConfig> &channels);
    std::optional<ChannelConfig> signingChannel(const SignedBody &body,
                                                const whatsapp::WebhookOrigin &origin);
    // signingChannel(), unless the channel is deactivated (then the item waits, held).
    std::optional<ChannelConfig> takingChannel(const SignedBody &body,
                                               const whatsapp::WebhookOrigin &origin);
    bool storeMessage(const ChannelConfig &channel, const whatsapp::InboundMessage &inbound);
    bool storeStatus(const ChannelConfig &channel, const whatsapp::StatusUpdate &status);
    bool storePreference(const ChannelConfig &channel, const whatsapp::UserPreference &preference);
    bool storeCall(const ChannelConfig &channel, const whatsapp::CallEvent &call);
    bool storeEcho(Conversation &conversation, bool created, const whatsapp::InboundMessage &echo,
                   TimestampMs at);
    bool storeTemplateStatus(const whatsapp::TemplateStatusUpdate &update);
    bool storeOther(SignedBody &body, const whatsapp::OtherUpdate &update);
    bool storeAccountUpdate(SignedBody &body, const whatsapp::OtherUpdate &update);
    bool storeTemplateCategory(const whatsapp::OtherUpdate &update);
    bool publishTemplateRow(QSqlQuery &query); // the RETURNING row of a template update
    bool storeDeadLetter(const whatsapp::RejectedItem &item);

    // The customer's conversation on the channel, found by phone or user id (whichever the
    // message names), with the ids it did not know yet filled in; none when there is none.
    std::optional<Conversation> existingConversation(const ChannelConfig &channel,
                                                     const QString &phone, const QString &userId,
                                                     const QString &profileName);
    std::optional<Conversation> newConversation(const ChannelConfig &channel,
                                                const whatsapp::InboundMessage &inbound);
    // A reaction, edit or deletion: changes the customer's earlier message, never adds one.
    bool applyToEarlierMessage(Conversation &conversation, const whatsapp::InboundMessage &inbound);
    // The customer did something at `at`: the 24-hour window (Meta's rule, docs/api.md) and,
    // when `written` (something a person wrote), unread, reopening and the last message.
    bool noteCustomerActivity(Conversation &conversation, TimestampMs at, bool written,
                              const QString &text);
    HttpResponse reject(int status, const QString &reason, const QString &message);
    // ConversationService::publish() on the path every customer message takes, the events'
    // JSON written without QJsonObject (webhookintakeevents.h).
    bool publishEvent(const Conversation &conversation, bool created);
    bool publishEvent(const Message &message);

    HubContext &m_ctx;
    ConversationService &m_conversations;
    BillingService &m_billing;
    HubMetrics &m_metrics;
    WebhookLog m_log;
    std::shared_ptr<const WebhookSecrets> m_secrets;
};

} // namespace parley::hub
