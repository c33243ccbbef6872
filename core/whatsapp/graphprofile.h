#pragma once

#include "core/whatsapp/grapherrors.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace parley::whatsapp {

// The business profile of a phone number: GET and POST /<PHONE_NUMBER_ID>/
// whatsapp_business_profile. The display name is not part of it; Meta changes that only after
// its own review (WhatsApp Manager).
struct BusinessProfile {
    QString about;
    QString address;
    QString description;
    QString email;
    QString vertical; // Meta's enum spelling, e.g. "RETAIL"; empty: not set
    QStringList websites;
    QString profilePictureUrl; // read only here; Meta sets it from an uploaded handle
};

// The `fields` query of the GET: Meta returns only the fields that are asked for.
QString businessProfileFields();

// The POST body: messaging_product plus every editable field. An empty `about` is left out, as
// Meta refuses an empty one.
QJsonObject businessProfileUpdateJson(const BusinessProfile &profile);
// As Graph reads an update (sim): messaging_product must be "whatsapp" (100); each field that is
// present replaces the one in `profile`, the others stay. Limits are checkBusinessProfile()'s.
bool parseBusinessProfileUpdate(const QJsonObject &json, BusinessProfile *profile,
                                GraphError *error);

// {"data": [{..., "messaging_product": "whatsapp"}]}
QJsonObject businessProfileResponseJson(const BusinessProfile &profile);
bool parseBusinessProfileResponse(const QJsonObject &json, BusinessProfile *profile,
                                  QString *error);

} // namespace parley::whatsapp
