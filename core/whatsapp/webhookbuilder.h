#pragma once

#include "core/whatsapp/webhooktypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace parley::whatsapp {

// The simulator's side of the webhook: Meta's exact JSON for the updates parseWebhook() reads,
// so whatever is built here parses back to the same fields.

// One value.messages[] item. Writes the type-specific object for text, image, video, document,
// audio, sticker, location, contacts (whole cards from details.contacts, else names only),
// reaction, button, interactive (button_reply, list_reply, nfm_reply), edit (the new content of
// editedType) and revoke from the matching fields; order, system, unsupported and any other type
// copy Meta's object of that name from `raw`; details.referral becomes `referral`. `from` and
// `from_user_id` are written when set.
QJsonObject inboundMessageJson(const InboundMessage &message);

// One value.user_preferences[] item (a marketing opt-out or resume).
QJsonObject userPreferenceJson(const UserPreference &preference);

// One value.statuses[] item, holding to §2.2's placement rules whatever the struct says: a
// "failed" status carries errors but no pricing or conversation, other statuses carry no
// errors, and conversation.expiration_timestamp appears only on "sent".
QJsonObject statusJson(const StatusUpdate &status);

// The value of a message_template_status_update change (message_template_id as an integer,
// reason null when empty, rejection_info only when there is a rejection reason).
QJsonObject templateStatusValueJson(const TemplateStatusUpdate &update);

// The whole POST body. Consecutive updates for the same account share an entry, and consecutive
// messages/statuses/system errors for the same number share one "messages" change with a
// contacts[] entry per sender that has a profile name, as Meta batches them. Template updates get
// an entry of their own with entry.time, as Meta sends them.
QByteArray webhookBody(const WebhookUpdates &updates);
QByteArray webhookBody(const WebhookUpdate &update);

// Per-message pricing (§2.2, §9) for a status the simulator sends on "sent": billable messages
// are type "regular", free ones "free_customer_service".
StatusPricing perMessagePricing(const QString &category, bool billable);

} // namespace parley::whatsapp
