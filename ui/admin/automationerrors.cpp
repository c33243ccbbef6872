#include "ui/admin/automationerrors.h"

#include "ui/main/huberrors.h"

#include <QCoreApplication>

namespace parley::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AutomationError)
};

} // namespace

QString automationErrorText(const QString &code, const QString &hubMessage)
{
    if (code == QLatin1String("automation_module_invalid"))
        return Text::tr("Automations send to leads or contacts only.");
    if (code == QLatin1String("automation_template_module_mismatch"))
        return Text::tr("Choose a template of the same module as the records.");
    if (code == QLatin1String("automation_exists"))
        return Text::tr("This automation exists already.");
    if (code == QLatin1String("automation_no_number"))
        return Text::tr("The record had no Mobile or Phone to send to.");
    if (code == QLatin1String("not_found"))
        return Text::tr("The template or WhatsApp number no longer exists.");
    return hubErrorText(code, hubMessage);
}

} // namespace parley::ui
