#include "ui/admin/templatepreview.h"

#include <QCoreApplication>

namespace parley::ui {
namespace {

QString mediaTitle(TemplateHeaderFormat format)
{
    switch (format) {
    case TemplateHeaderFormat::Image:
        return QCoreApplication::translate("TemplatePreview", "Image");
    case TemplateHeaderFormat::Video:
        return QCoreApplication::translate("TemplatePreview", "Video");
    case TemplateHeaderFormat::Document:
        return QCoreApplication::translate("TemplatePreview", "Document");
    case TemplateHeaderFormat::None:
    case TemplateHeaderFormat::Text:
        break;
    }
    return QString();
}

QString buttonIcon(TemplateButtonType type)
{
    switch (type) {
    case TemplateButtonType::QuickReply:
        return QStringLiteral("↩");
    case TemplateButtonType::Url:
        return QStringLiteral("↗");
    case TemplateButtonType::PhoneNumber:
        return QStringLiteral("✆");
    }
    return QString();
}

} // namespace

QString templatePreviewHtml(const MessageTemplate &t, const QString &bodyHtml,
                            const QString &headerValue)
{
    // One paragraph per part, so the preview's plain text reads as the message does: the
    // header, the body, the footer and each button on lines of their own, and a body-only
    // template exactly as its body. (Qt's rich text has no CSS boxes; a table for the bubble
    // would add empty lines around it.)
    QString html;
    if (t.header.format == TemplateHeaderFormat::Text) {
        QString text = t.header.text.toHtmlEscaped();
        const QString value = headerValue.isEmpty() ? t.header.example : headerValue;
        if (!value.isEmpty())
            text.replace(templateSuffixVariable(), value.toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b></p>").arg(text);
    } else if (isMediaHeader(t.header.format)) {
        html += QStringLiteral("<p align='center' style='background-color:#e9edef;"
                               "color:#54656f'>%1</p>")
                    .arg(mediaTitle(t.header.format));
    }
    html += QStringLiteral("<p>%1</p>").arg(bodyHtml);
    if (!t.footer.isEmpty())
        html += QStringLiteral("<p style='color:#8696a0'><small>%1</small></p>")
                    .arg(t.footer.toHtmlEscaped());
    for (const TemplateButton &button : t.buttons) {
        html += QStringLiteral("<p align='center' style='color:#027eb5'>%1 %2</p>")
                    .arg(buttonIcon(button.type), button.text.toHtmlEscaped());
    }
    return html;
}

} // namespace parley::ui
