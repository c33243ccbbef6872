#pragma once

#include "core/whatsapp/grapherrors.h"

#include <QJsonObject>
#include <QString>

namespace parley::whatsapp {

// The documented shape of a POST /<PHONE_NUMBER_ID>/messages body: which keys each object may
// and must have, as Meta's pages list them (whatsapp-cloud-api.md §5; "Messages" reference,
// developers.facebook.com/docs/whatsapp/cloud-api/reference/messages, and the per-type pages
// under developers.facebook.com/documentation/business-messaging/whatsapp/messages/). Graph
// refuses a key its object does not document with
//   {"error": {"message": "(#100) Unexpected key \"caption\" on param \"audio\".",
//              "type": "OAuthException", "code": 100, "fbtrace_id": "…"}}
// and a missing required key with 131008. The simulator checks every send with this before it
// reads it; the hub's contract test holds its own requests to the same shape.
bool checkMessagesRequestShape(const QJsonObject &json, GraphError *error);

// Meta's accepted spellings of a recipient phone number ("Service messages", section "WhatsApp
// user phone number formats"): digits with an optional leading '+', and the separators '-',
// '(', ')' and spaces. True for such a `to`.
bool isValidRecipientFormat(const QString &to);

// The recipient as the hub writes it: E.164 with the plus sign ("+447700900123" for the wa_id
// "447700900123"). Without the plus Graph prepends the business number's country calling code,
// which can reach a different person (same page).
QString recipientE164(const QString &waId);

} // namespace parley::whatsapp
