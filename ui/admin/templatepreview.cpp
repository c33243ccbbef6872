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
    // Qt's rich text knows tables, not CSS boxes: the bubble is a one-column table.
    QString html = QStringLiteral(
        "<table width='100%' cellspacing='0' cellpadding='6' style='background-color:#ffffff;"
        "border:1px solid #d1d7db'>");
    if (t.header.format == TemplateHeaderFormat::Text) {
        QString text = t.header.text.toHtmlEscaped();
        const QString value = headerValue.isEmpty() ? t.header.example : headerValue;
        if (!value.isEmpty())
            text.replace(templateSuffixVariable(), value.toHtmlEscaped());
        html += QStringLiteral("<tr><td><b>%1</b></td></tr>").arg(text);
    } else if (isMediaHeader(t.header.format)) {
        html += QStringLiteral("<tr><td align='center' style='background-color:#e9edef;"
                               "color:#54656f'>%1</td></tr>")
                    .arg(mediaTitle(t.header.format));
    }
    html += QStringLiteral("<tr><td>%1</td></tr>").arg(bodyHtml);
    if (!t.footer.isEmpty())
        html += QStringLiteral("<tr><td style='color:#8696a0'><small>%1</small></td></tr>")
                    .arg(t.footer.toHtmlEscaped());
    for (const TemplateButton &button : t.buttons) {
        html += QStringLiteral("<tr><td align='center' style='border-top:1px solid #e9edef;"
                               "color:#027eb5'>%1 %2</td></tr>")
                    .arg(buttonIcon(button.type), button.text.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace parley::ui
