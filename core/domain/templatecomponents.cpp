#include "core/domain/templatecomponents.h"

namespace parley {

QString templateHeaderFormatName(TemplateHeaderFormat format)
{
    switch (format) {
    case TemplateHeaderFormat::None:
        return QString();
    case TemplateHeaderFormat::Text:
        return QStringLiteral("TEXT");
    case TemplateHeaderFormat::Image:
        return QStringLiteral("IMAGE");
    case TemplateHeaderFormat::Video:
        return QStringLiteral("VIDEO");
    case TemplateHeaderFormat::Document:
        return QStringLiteral("DOCUMENT");
    }
    return QString();
}

bool templateHeaderFormatFromName(const QString &name, TemplateHeaderFormat *format)
{
    for (TemplateHeaderFormat candidate :
         {TemplateHeaderFormat::None, TemplateHeaderFormat::Text, TemplateHeaderFormat::Image,
          TemplateHeaderFormat::Video, TemplateHeaderFormat::Document}) {
        if (templateHeaderFormatName(candidate).compare(name, Qt::CaseInsensitive) == 0) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

QString templateButtonTypeName(TemplateButtonType type)
{
    switch (type) {
    case TemplateButtonType::QuickReply:
        return QStringLiteral("QUICK_REPLY");
    case TemplateButtonType::Url:
        return QStringLiteral("URL");
    case TemplateButtonType::PhoneNumber:
        return QStringLiteral("PHONE_NUMBER");
    }
    return QString();
}

bool templateButtonTypeFromName(const QString &name, TemplateButtonType *type)
{
    for (TemplateButtonType candidate : {TemplateButtonType::QuickReply, TemplateButtonType::Url,
                                         TemplateButtonType::PhoneNumber}) {
        if (templateButtonTypeName(candidate).compare(name, Qt::CaseInsensitive) == 0) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

} // namespace parley
