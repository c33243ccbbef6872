#pragma once

#include "core/whatsapp/webhooktypes.h"

#include <QByteArray>
#include <QString>

namespace parley::whatsapp {

// Reads a webhook POST body (the raw bytes; verify the signature first) into a flat list of
// updates in payload order: every message, status and value.errors item of each "messages"
// change, every template status change, every user_preferences item, and one OtherUpdate for any
// other change.
//
// Returns false with a reason (the hub answers 400) only when the body is larger than 3 MB or is
// not a JSON object. Everything else is read item by item: an item that cannot be read (a message
// without id, sender or timestamp, a plainly wrong JSON type, a value failing Meta's limits, a
// timestamp more than 5 minutes after `now` when `now` > 0), a broken change or entry, or a body
// whose `object` is not "whatsapp_business_account" becomes a RejectedItem holding it raw with
// the reason, and the items around it are still read. A message whose type-specific object is
// missing is kept (Meta sends such messages next to value.errors, e.g. 131000).
bool parseWebhook(const QByteArray &body, WebhookUpdates *updates, QString *error,
                  TimestampMs now = 0);

} // namespace parley::whatsapp
