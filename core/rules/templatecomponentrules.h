#pragma once

#include "core/domain/messagetemplate.h"
#include "core/rules/ruleerror.h"

#include <QStringList>

namespace parley {

// Meta's limits on a template's header, footer and buttons (whatsapp-cloud-api.md §8,
// "Components"). validateTemplate (templaterules.h) applies them with the body's rules; the
// simulator refuses the same shapes on the wire (core/whatsapp/graphtemplatecomponents).
constexpr int templateHeaderTextMaxLength = 60;
constexpr int templateFooterMaxLength = 60;
constexpr int templateButtonsMax = 10;
constexpr int templateQuickRepliesMax = 10;
constexpr int templateUrlButtonsMax = 2;
constexpr int templatePhoneButtonsMax = 1;
constexpr int templateButtonTextMaxLength = 25;
constexpr int templatePhoneNumberMaxLength = 20;
// Meta's components page allows 2,000 characters for a button's URL; the hub refuses longer
// ones before Graph sees them.
constexpr int templateButtonUrlMaxLength = 2000;
// An upload handle (example.header_handle) is an opaque token; nothing real is longer.
constexpr int templateMediaHandleMaxLength = 1024;

// Everything wrong with the header, footer and buttons, in that order:
// header: text missing, too long, more than one variable or one other than {{1}}, a variable
// without its example; media without its example handle.
// footer: too long, or a variable (a footer is static text).
// buttons: more than 10, than 10 quick replies, than 2 URL buttons or than 1 phone button;
// quick replies not next to each other; per button: label missing or over 25 characters, a URL
// that is not http(s) or has a variable anywhere but at its end, a URL variable without its
// example, a phone number that is not "+" and up to 20 digits.
RuleErrors validateTemplateComponents(const MessageTemplate &messageTemplate);

// True when the template's header text holds {{1}}; sends must then give its value.
bool headerHasVariable(const TemplateHeader &header);
// True when the button's URL ends in {{1}}; sends must then give its suffix.
bool urlButtonHasVariable(const TemplateButton &button);
// The number of URL-suffix values a send of `messageTemplate` must give (0, 1 or 2).
int urlVariableCount(const MessageTemplate &messageTemplate);

// What an agent gives when sending a template beyond the body's merge fields: the header's
// value (the text for {{1}}, or an https link to the image, video or document) and one URL
// suffix per URL button with a variable, in button order.
struct TemplateSendValues {
    QString header;
    QStringList urlSuffixes;
};

// The values match the template: a header value exactly when the header has a variable or is
// media (a media header's value is an https link), one non-blank URL suffix per URL variable,
// nothing more; text values within their lengths and on one line.
RuleErrors checkTemplateSendValues(const MessageTemplate &messageTemplate,
                                   const TemplateSendValues &values);

} // namespace parley
