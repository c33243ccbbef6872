// The hub's schema steps for messages in and out: every kind of WhatsApp message kept whole
// (issue #10), sends claimed by one hub of several (issue #13), webhooks held for an inactive
// channel (R1.4).
#include "hub/store/hubschemasteps.h"

namespace parley::hub::schema {

// Issue #10: every kind of WhatsApp message kept whole. Additive only: older rows read as
// messages without extra content, older hubs never see the new columns.
QStringList conversationContentStep()
{
    return {
        // Meta's type as received, the kind's whole content (docs/api.md "Message content"),
        // the message it quotes, forwarded (1) or frequently forwarded (2), the customer's
        // reaction to it, and what the customer did to it afterwards.
        "ALTER TABLE messages ADD COLUMN whatsapp_type TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN details TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE messages ADD COLUMN reply_to TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN forwarded INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE messages ADD COLUMN reaction TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE messages ADD COLUMN edited_at BIGINT NOT NULL DEFAULT 0",
        "ALTER TABLE messages ADD COLUMN earlier_versions TEXT NOT NULL DEFAULT '[]'",
        "ALTER TABLE messages ADD COLUMN deleted_at BIGINT NOT NULL DEFAULT 0",
        // A customer known by a business-scoped user id (Graph v25), with or without a phone;
        // customer_number holds the phone when known, else the user id.
        "ALTER TABLE conversations ADD COLUMN customer_user_id TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX conversations_by_user_id ON conversations (channel_id, customer_user_id)"
        " WHERE customer_user_id <> ''",
        // user_preferences: when the customer stopped marketing messages; 0 when they did not
        // (or resumed).
        "ALTER TABLE conversations ADD COLUMN marketing_stopped_at BIGINT NOT NULL DEFAULT 0",
        // Every webhook item as received, once: a message, reaction, edit or deletion by its
        // wamid, a status by wamid and status, a preference by customer and time. A retried
        // delivery finds its key and changes nothing; a later version can re-read `raw`.
        "CREATE TABLE webhook_items (id INTEGER PRIMARY KEY, channel_id BIGINT NOT NULL,"
        " kind TEXT NOT NULL, item_key TEXT NOT NULL, raw TEXT NOT NULL,"
        " received_at BIGINT NOT NULL, UNIQUE (channel_id, kind, item_key))",
        // Items of signed bodies the hub could not read, kept for admins (GET
        // /api/v1/admin/webhook-dead-letters); the rest of their body was stored.
        "CREATE TABLE webhook_dead_letters (id INTEGER PRIMARY KEY,"
        " field TEXT NOT NULL DEFAULT '', phone_number_id TEXT NOT NULL DEFAULT '',"
        " reason TEXT NOT NULL, raw TEXT NOT NULL, received_at BIGINT NOT NULL)",
    };
}

// Issue #13, several hubs on one store: the hub that claimed a send (its instance key,
// Leadership), so that only the claims of a hub that died are settled as interrupted.
QStringList severalHubsStep()
{
    return {
        "ALTER TABLE outgoing ADD COLUMN claimed_by BIGINT NOT NULL DEFAULT 0",
    };
}

// Issue #14, R1.4: signed webhook bodies that arrived for a deactivated channel, kept whole
// until it is activated again (WebhookIntake::releaseHeld).
QStringList heldWebhooksStep()
{
    return {
        "CREATE TABLE held_webhooks (id INTEGER PRIMARY KEY, channel_id BIGINT NOT NULL,"
        " body TEXT NOT NULL, received_at BIGINT NOT NULL)",
        "CREATE INDEX held_webhooks_by_channel ON held_webhooks (channel_id, id)",
    };
}

} // namespace parley::hub::schema
