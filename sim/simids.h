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

// The digits of a phone number as typed: "+", "-", spaces and parentheses dropped. A "to" of a
// send goes through recipientWaId, which also applies Meta's rule for a missing "+".
QString waIdFromInput(const QString &to);
// The country calling code that starts the digits `number` (ITU-T E.164: "1" and "7", the
// two-digit codes of zones 2 to 9, else three digits); empty for no digits.
QString countryCallingCode(const QString &number);
// The wa_id a send's `to` reaches, as Graph reads it ("Service messages", section "WhatsApp
// user phone number formats"): with a leading '+' the digits as written; without it "the
// business phone number's country calling code is prepended", which can reach someone else.
QString recipientWaId(const QString &to, const QString &businessNumber);
// Whether the sim's customers can own `waId`: 8 to 15 digits (E.164) not starting with 0.
// Anything else gets 131026 "Message undeliverable", as a number not on WhatsApp does.
bool isPlausibleWaId(const QString &waId);

} // namespace parley::sim
