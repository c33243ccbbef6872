#pragma once

#include <QString>

namespace parley {

// The reason of a send that failed after the hub took it (a message's failure code and reason),
// for the bubble: the one table's text for the code (core/sync/huberror.h), and when the code is
// WhatsApp's (a number) and the reason says more, WhatsApp's own words after it: the hub puts
// Meta's error_user_title / error_user_msg (its whatsapp_title / whatsapp_message) there.
QString failedSendText(const QString &code, const QString &reason);

} // namespace parley
