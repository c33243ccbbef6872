#pragma once

// Shared by the webhook parser's translation units; not part of the public API.

#include "core/whatsapp/webhooktypes.h"
#include "core/whatsapp/wirereader.h"

namespace parley::whatsapp::detail {

QList<WebhookError> readWebhookErrors(WireReader &parent, const QString &key);

// One element of value.messages; `contacts` is value.contacts, where the sender's profile name is.
InboundMessage readInboundMessage(WireReader &message, const WebhookOrigin &origin,
                                  const QJsonArray &contacts);

} // namespace parley::whatsapp::detail
