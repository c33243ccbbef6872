#include "ui/admin/templatereasons.h"

#include <QCoreApplication>

namespace parley::ui {

QString templateRejectionText(const QString &reason)
{
    // The reasons Meta's message_template_status_update webhook names.
    if (reason == QLatin1String("INCORRECT_CATEGORY"))
        return QCoreApplication::translate("TemplateReason", "wrong category");
    if (reason == QLatin1String("INVALID_FORMAT"))
        return QCoreApplication::translate("TemplateReason", "invalid format");
    if (reason == QLatin1String("TAG_CONTENT_MISMATCH"))
        return QCoreApplication::translate("TemplateReason",
                                           "the language or category does not match the content");
    if (reason == QLatin1String("PROMOTIONAL"))
        return QCoreApplication::translate("TemplateReason", "promotional content");
    if (reason == QLatin1String("ABUSIVE_CONTENT"))
        return QCoreApplication::translate("TemplateReason", "abusive content");
    if (reason == QLatin1String("SCAM"))
        return QCoreApplication::translate("TemplateReason", "looks like spam or a scam");
    if (reason == QLatin1String("CATEGORY_NOT_AVAILABLE"))
        return QCoreApplication::translate("TemplateReason",
                                           "this category is not available to the account");
    return reason;
}

} // namespace parley::ui
