#pragma once

#include "core/domain/ids.h"
#include "core/domain/message.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace parley::whatsapp {

// The typed updates a Cloud API webhook carries (whatsapp-cloud-api.md §2, §3). The hub reads
// them with parseWebhook(); the simulator writes them with webhookBody(). Strings keep Meta's
// spelling; only timestamps are converted (unix seconds → TimestampMs).

// Which account and business number a change belongs to.
struct WebhookOrigin {
    QString wabaId;             // entry.id
    QString phoneNumberId;      // value.metadata.phone_number_id
    QString displayPhoneNumber; // value.metadata.display_phone_number
};

// An error object as webhooks carry it: statuses[].errors, value.errors, messages[].errors.
struct WebhookError {
    int code = 0;
    QString title;
    QString message;
    QString details; // error_data.details
    QString href;
};

struct InboundMedia {
    QString id; // valid for 7 days (§7)
    QString mimeType;
    QString sha256;
    QString filename; // documents only
    QString caption;  // image, video, document
    QString url;      // newer webhooks only; still needs the bearer token
    bool voice = false;
    bool animated = false;
};

struct InboundLocation {
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
    QString url;
};

// The customer's answer to buttons or a list: interactive button_reply / list_reply / nfm_reply,
// or a template quick-reply ("button", where id is the payload and title the button text).
struct InboundReply {
    QString type; // "button_reply", "list_reply", "nfm_reply" or "button"
    QString id;   // nfm_reply: the flow's name
    QString title;
    QString description;
    QString responseJson; // nfm_reply only
};

struct InboundReaction {
    QString messageId; // the wamid reacted to
    QString emoji;     // empty: the reaction was removed
};

struct MessageContext {
    QString from;
    QString messageId; // the wamid replied to (a template message for quick-reply buttons)
    bool forwarded = false;
    bool frequentlyForwarded = false;
};

struct InboundMessage {
    WebhookOrigin origin;
    QString from;        // the customer's wa_id (phone); empty for a username-only customer
    QString fromUserId;  // from_user_id, the business-scoped user id (Graph v25), may be empty
    QString profileName; // contacts[].profile.name of the contact who sent it
    QString username;    // contacts[].profile.username, e.g. "@name"
    QString wamid;
    TimestampMs timestamp = 0;
    QString type; // Meta's type, e.g. "text", "order", "system", "edit"

    // What an agent reads: text.body; a media caption; location "name\naddress"; contact names
    // joined by ", "; the reply/button title; the reaction emoji; order.text; system.body.
    QString text;
    InboundMedia media;
    InboundLocation location;
    InboundReply reply;
    InboundReaction reaction;
    QStringList contactNames; // formatted_name of each shared contact
    QList<WebhookError> errors;
    MessageContext context;
    // The kind's whole content as Parley serves it (docs/api.md "Message content"): coordinates,
    // contact cards, order items, Flow answers, referral, errors, … Filled by parseWebhook().
    QJsonObject details;
    // edit / revoke: the message changed; edit: `text`, `media` and `details` are its new
    // content and editedType its type.
    QString originalMessageId;
    QString editedType;
    // smb_message_echoes: a message the business sent from the WhatsApp Business app on the same
    // number; `from` is the business number and the customer is `to` / `toUserId`.
    bool echo = false;
    QString to;
    QString toUserId;
    QJsonObject raw; // the message as received, for what this codec does not model

    MessageKind kind() const;
    // The customer's phone and user id (the recipient's for an echo); customerId() is the phone
    // when known, else the user id.
    QString customerPhone() const { return echo ? to : from; }
    QString customerUserId() const { return echo ? toUserId : fromUserId; }
    QString customerId() const
    {
        return customerPhone().isEmpty() ? customerUserId() : customerPhone();
    }
    // Something a person wrote (not a reaction, edit, deletion or WhatsApp's own notice).
    bool isWrittenByCustomer() const;
};

struct StatusPricing {
    std::optional<bool> billable; // "will be deprecated" (§2.2)
    QString pricingModel;         // "CBP" (before July 2025) or "PMP"
    QString type;                 // "regular", "free_customer_service", … (absent in CBP era)
    QString category;
};

struct StatusConversation {
    QString id;
    QString originType;
    TimestampMs expiresAt = 0; // only with "sent"
};

struct StatusUpdate {
    WebhookOrigin origin;
    QString wamid;
    QString status; // "sent", "delivered", "read", "failed", "played" or anything newer
    TimestampMs timestamp = 0;
    QString recipientId;            // phone; empty when only the user id is given
    QString recipientUserId;        // recipient_user_id (Graph v25)
    QString recipientType;          // "group" for groups, else empty
    QString recipientParticipantId; // groups only
    QString bizOpaqueCallbackData;
    std::optional<StatusPricing> pricing;
    std::optional<StatusConversation> conversation;
    QList<WebhookError> errors;
    QJsonObject raw; // the status as received

    // Sent/Delivered/Read/Failed; none for "played" (a voice note heard, not a delivery step)
    // or a status Meta adds later.
    std::optional<DeliveryState> deliveryState() const;
};

struct TemplateStatusUpdate {
    QString wabaId;            // entry.id
    TimestampMs eventTime = 0; // entry.time
    QString event;             // "APPROVED", "REJECTED", "PAUSED", …
    QString templateId;        // an integer in JSON; kept as its digits
    QString name;
    QString language;
    QString reason; // "NONE", "INVALID_FORMAT", …; empty when Meta sends null
    QString category;
    QString rejectionReason;         // rejection_info.reason
    QString rejectionRecommendation; // rejection_info.recommendation
};

// value.errors[]: a problem not tied to one message, e.g. 130429 throughput reached.
struct SystemError {
    WebhookOrigin origin;
    WebhookError error;
};

// A change this codec does not model (message_template_quality_update, user_preferences, …),
// reported so the hub can log it and still answer 200.
struct OtherUpdate {
    QString wabaId;
    QString field;
    QJsonObject value;
};

// user_preferences: a customer stopped or resumed marketing messages.
struct UserPreference {
    WebhookOrigin origin;
    QString waId;
    QString userId;
    QString category; // "marketing_messages"
    QString value;    // "stop" or "resume"
    QString detail;
    TimestampMs timestamp = 0;
    QJsonObject raw;
};

// A WhatsApp call on the business number (field "calls"): one per connect / terminate event.
struct CallEvent {
    WebhookOrigin origin;
    QString callId; // "wacid.…"
    QString from;
    QString to;
    QString event;     // "connect", "terminate"
    QString direction; // "USER_INITIATED", "BUSINESS_INITIATED"
    QString status;    // terminate: "COMPLETED", "FAILED", …
    TimestampMs timestamp = 0;
    qint64 durationSeconds = 0;
    QJsonObject raw;

    bool userInitiated() const { return direction == QLatin1String("USER_INITIATED"); }
    QString customer() const { return userInitiated() ? from : to; }
};

// An item of a signed body that cannot be read (a message without any sender id, a broken
// change, a text over Meta's limit, …): kept raw with the reason, so one bad item never costs the
// good ones next to it.
struct RejectedItem {
    WebhookOrigin origin; // as far as it could be read
    QString field;        // the change's field, when known
    QString reason;       // "entry[0].changes[0].value.messages[1].from: missing"
    QJsonValue raw;       // the item (or change, or entry) as received
};

using WebhookUpdate = std::variant<InboundMessage, StatusUpdate, TemplateStatusUpdate, SystemError,
                                   OtherUpdate, UserPreference, CallEvent, RejectedItem>;
using WebhookUpdates = QList<WebhookUpdate>;

// Meta's message type → Parley's kind. Types Parley cannot show (order, system, edit, revoke,
// anything new) are Unsupported; the raw type stays on the message.
MessageKind messageKindForType(const QString &type);
std::optional<DeliveryState> deliveryStateForStatus(const QString &status);

} // namespace parley::whatsapp
