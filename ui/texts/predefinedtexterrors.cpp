#include "ui/texts/predefinedtexterrors.h"

#include "core/rules/ruleerror.h"

#include <QCoreApplication>

namespace parley::ui {
namespace {

struct PredefinedTextErrorText {
    Q_DECLARE_TR_FUNCTIONS(PredefinedTextError)
};

} // namespace

QString predefinedTextErrorText(const ErrorReply &error)
{
    const QString &code = error.code;
    if (code == QLatin1String("predefined_text_module_locked"))
        return PredefinedTextErrorText::tr(
            "The module of a predefined text cannot be changed: its merge fields depend "
            "on it. Create a new text for another module.");
    if (code == QLatin1String("predefined_text_incomplete"))
        return PredefinedTextErrorText::tr("A predefined text needs a name and a message.");
    if (code == QLatin1String("not_found"))
        return PredefinedTextErrorText::tr(
            "This predefined text no longer exists; someone may have deleted it.");
    if (code == QLatin1String("forbidden_view_only"))
        return PredefinedTextErrorText::tr(
            "You have view-only access and cannot change predefined texts.");
    if (code == QLatin1String("unauthorized"))
        return PredefinedTextErrorText::tr("Your session has ended. Log in again.");
    if (code == QLatin1String("hub_unreachable"))
        return PredefinedTextErrorText::tr(
            "The hub cannot be reached. Check the connection and try again.");
    if (code == QLatin1String("store_failed"))
        return PredefinedTextErrorText::tr(
            "The hub could not save the change; nothing was changed. Try again.");
    // A rule's text needs its values; without them ({field} unfilled) the hub's English
    // message, which has them, says more.
    const QString rule = RuleError{code, {}}.message();
    if (rule != code && !rule.contains(QLatin1Char('{')))
        return rule;
    if (!error.message.isEmpty())
        return error.message;
    return PredefinedTextErrorText::tr("The hub refused the change (%1).").arg(code);
}

} // namespace parley::ui
