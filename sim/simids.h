#pragma once

#include <QString>

namespace parley::sim {

// Identifiers shaped like Meta's, so code that stores or logs them meets realistic values.

// "wamid.HBgN…=": base64 of the customer's number and random bytes, at most 128 characters
// (whatsapp-cloud-api.md §2) like Meta's.
QString newWamid(const QString &waId);
// A Graph object id (media, template): decimal digits below 2^53, as Meta's are.
QString newGraphObjectId();
// fbtrace_id of an error envelope: 23 base64-ish characters.
QString newFbtraceId();

// The wa_id Meta derives from a "to": digits only, with "+", "-", spaces and parentheses
// dropped. The sim does not prepend the business number's country code when "+" is missing
// (Meta does, §5): every number is taken as already international.
QString waIdFromInput(const QString &to);
// Whether the sim's customers can own `waId`: 8 to 15 digits (E.164) not starting with 0.
// Anything else gets 131026 "Message undeliverable", as a number not on WhatsApp does.
bool isPlausibleWaId(const QString &waId);

} // namespace parley::sim
