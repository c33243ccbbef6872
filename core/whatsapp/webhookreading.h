#pragma once

// Shared by the webhook parser's translation units; not part of the public API.

#include "core/whatsapp/webhooktypes.h"
#include "core/whatsapp/wirereader.h"

namespace parley::whatsapp::detail {

QList<WebhookError> readWebhookErrors(WireReader &parent, const QString &key);
WebhookError readWebhookError(WireReader &item);

// One element of value.messages; `contacts` is value.contacts, where the sender's profile name
// is. `now` > 0: a timestamp further ahead than webhookClockSkewMs is an error.
InboundMessage readInboundMessage(WireReader &message, const WebhookOrigin &origin,
                                  const QJsonArray &contacts, TimestampMs now);

// Checks of signed values before they become data; each fails `reader` at `key` with a reason.
// A text over `maxLength` code points, or one holding a lone UTF-16 surrogate.
void checkText(WireReader &reader, const QString &key, const QString &text, int maxLength);
// A wamid longer than Meta's 128 characters, or holding control characters.
void checkWamid(WireReader &reader, const QString &key, const QString &wamid);
// A phone (wa_id) that is not 1–20 digits, a user id not shaped like "US.1349…".
void checkCustomerIds(WireReader &reader, const QString &key, const QString &phone,
                      const QString &userId);
void checkTimestamp(WireReader &reader, const QString &key, TimestampMs at, TimestampMs now);

// How far ahead of the hub's clock a webhook timestamp may be (clocks drift).
constexpr TimestampMs webhookClockSkewMs = 5 * 60 * 1000;

} // namespace parley::whatsapp::detail
