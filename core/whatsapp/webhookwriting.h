#pragma once

// Shared by the webhook builder's translation units; not part of the public API.

#include "core/whatsapp/webhooktypes.h"

#include <QJsonArray>

namespace parley::whatsapp::detail {

QString secondsString(TimestampMs timestamp); // Meta's unix-seconds string, "1749416383"
QJsonArray webhookErrorsJson(const QList<WebhookError> &errors);

} // namespace parley::whatsapp::detail
