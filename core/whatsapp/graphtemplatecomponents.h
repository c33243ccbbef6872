#pragma once

#include "core/domain/messagetemplate.h"
#include "core/whatsapp/grapherrors.h"

#include <QJsonArray>
#include <QJsonObject>

namespace parley::whatsapp {

// A template's HEADER, FOOTER and BUTTONS components as Meta's template management takes them
// (whatsapp-cloud-api.md §8; Meta's "Components" page):
//   {"type": "HEADER", "format": "TEXT", "text": "Order {{1}}",
//    "example": {"header_text": ["A-1042"]}}
//   {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW…"]}}
//   {"type": "FOOTER", "text": "…"}
//   {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Yes"},
//     {"type": "URL", "text": "Track", "url": "https://x.example/t/{{1}}",
//      "example": ["https://x.example/t/A-1042"]},
//     {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+5511…"}]}
// The BODY component stays with TemplateCreateRequest (graphtemplates.h).

// The components of `t` other than its body, in Meta's order (header first; footer and
// buttons are written after the body by templateCreateRequestJson).
QJsonArray graphTemplateComponents(const MessageTemplate &t);

// Reads the non-body components Graph received into `t` (header, footer, buttons), as Graph
// reads their shape: an unknown component or button type, a component given twice, or a value
// of the wrong type is 100; a header without format or a button without type is 131008. The
// limits themselves are core/rules/templatecomponentrules (the simulator answers a broken one
// with 100 and the rule's English text).
bool parseGraphTemplateComponents(const QJsonArray &components, MessageTemplate *t,
                                  GraphError *error);

} // namespace parley::whatsapp
