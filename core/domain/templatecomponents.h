#pragma once

#include <QList>
#include <QString>

namespace parley {

// The parts of a WhatsApp template around its body (whatsapp-cloud-api.md §8, "Components"):
// an optional header, an optional footer and up to ten buttons. Their limits live in
// core/rules/templaterules; their Graph JSON in core/whatsapp/graphtemplatecomponents.
//
// Variables: a text header may hold one "{{1}}" and a URL button's address may end in "{{1}}",
// written as Meta writes them. Unlike the body's merge fields they are not filled from the
// record: the agent gives their values when sending (docs/api.md "Templates").

enum class TemplateHeaderFormat { None, Text, Image, Video, Document };

struct TemplateHeader {
    TemplateHeaderFormat format = TemplateHeaderFormat::None;
    QString text;    // Text only: at most 60 characters, at most one {{1}}
    QString example; // Text with {{1}}: its sample value; media: the example's upload handle
};

enum class TemplateButtonType { QuickReply, Url, PhoneNumber };

// One button, in the order WhatsApp shows them. Quick replies come back as the customer's
// message carrying the button's text (and payload), so an automation can read the answer.
struct TemplateButton {
    TemplateButtonType type = TemplateButtonType::QuickReply;
    QString text;    // the label, at most 25 characters
    QString value;   // Url: "https://…", optionally ending in {{1}}; PhoneNumber: "+1555…"
    QString example; // Url ending in {{1}}: a sample suffix for Meta's review
};

// Meta's spellings: "TEXT", "IMAGE", "VIDEO", "DOCUMENT" ("" for None); "QUICK_REPLY", "URL",
// "PHONE_NUMBER". The readers accept any case.
QString templateHeaderFormatName(TemplateHeaderFormat format);
bool templateHeaderFormatFromName(const QString &name, TemplateHeaderFormat *format);
QString templateButtonTypeName(TemplateButtonType type);
bool templateButtonTypeFromName(const QString &name, TemplateButtonType *type);

inline bool isMediaHeader(TemplateHeaderFormat format)
{
    return format == TemplateHeaderFormat::Image || format == TemplateHeaderFormat::Video ||
           format == TemplateHeaderFormat::Document;
}

// "{{1}}": the one variable a header text or a URL button may carry.
inline QString templateSuffixVariable()
{
    return QStringLiteral("{{1}}");
}

} // namespace parley
