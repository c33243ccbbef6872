#pragma once

#include "core/domain/messagetemplate.h"

#include <QJsonObject>

namespace parley {

// Parley's own JSON for a template's header, footer and buttons (docs/api.md "Templates"),
// used by the API, the sync stream and both stores' `components` column:
//   "header":  {"format": "TEXT"|"IMAGE"|"VIDEO"|"DOCUMENT", "text": "Order {{1}}",
//               "example": "A-1042"}                 (absent: no header)
//   "footer":  "Reply STOP to stop offers"            (absent or "": none)
//   "buttons": [{"type": "QUICK_REPLY", "text": "Yes"},
//               {"type": "URL", "text": "Track", "url": "https://x.example/t/{{1}}",
//                "example": "A-1042"},
//               {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+5511…"}]
// Meta's own component JSON is core/whatsapp/graphtemplatecomponents.

// The three keys, written into `json` (header and buttons only when present).
void writeTemplateComponents(const MessageTemplate &t, QJsonObject *json);
QJsonObject templateComponentsJson(const MessageTemplate &t);
// Reads them from `json` into `t`. False with `error` set when a value has the wrong type or
// an unknown format/type, or there are more than 50 buttons (a hostile peer must not make the
// reader allocate without bound; the limit of 10 is a rule, checked later with its message).
bool readTemplateComponents(const QJsonObject &json, MessageTemplate *t, QString *error);

// The `components` column: templateComponentsJson as compact text, and back ("" reads as none).
QString templateComponentsText(const MessageTemplate &t);
void readTemplateComponentsText(const QString &text, MessageTemplate *t);

} // namespace parley
