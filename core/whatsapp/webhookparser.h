#pragma once

#include "core/whatsapp/webhooktypes.h"

#include <QByteArray>
#include <QString>

namespace parley::whatsapp {

// Reads a webhook POST body (the raw bytes; verify the signature first) into a flat list of
// updates in payload order: every message, status and value.errors item of each "messages"
// change, every template status change, and one OtherUpdate for any other change.
//
// Returns false with a reason (the hub answers 400) when the body is larger than 3 MB, is not a
// JSON object, its `object` is not "whatsapp_business_account", the entry/changes structure is
// broken, a message or status lacks its id, sender/recipient, type/status or timestamp, or any
// field has a plainly wrong JSON type. A message whose type-specific object is missing is kept
// (Meta sends such messages next to value.errors, e.g. 131000 "Unsupported webhook payload").
// On failure `updates` is left empty: half a batch is never acknowledged.
bool parseWebhook(const QByteArray &body, WebhookUpdates *updates, QString *error);

} // namespace parley::whatsapp
