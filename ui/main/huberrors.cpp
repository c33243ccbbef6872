#include "ui/main/huberrors.h"

#include "core/rules/ruleerror.h"

#include <QCoreApplication>

namespace parley::ui {

QString hubErrorText(const QString &code, const QString &hubMessage)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("parley::ui", text); // lupdate's context for a bare tr()
    };
    if (code == QLatin1String("window_closed"))
        return tr("The 24-hour window is closed: only an approved template can be sent now.");
    if (code == QLatin1String("window_never_opened"))
        return tr("This customer has not written yet: start with an approved template.");
    if (code == QLatin1String("credits_insufficient"))
        return tr("Not enough credits. Ask an admin to buy credits or turn on auto-recharge.");
    if (code == QLatin1String("forbidden_view_only"))
        return tr("You have view-only access and cannot send.");
    if (code == QLatin1String("forbidden_admin_only"))
        return tr("Only admins can do this.");
    if (code == QLatin1String("channel_inactive"))
        return tr("This WhatsApp number is deactivated or disconnected.");
    if (code == QLatin1String("not_found"))
        return tr("The conversation no longer exists on the hub.");
    if (code == QLatin1String("unauthorized") || code == QLatin1String("login_failed"))
        return tr("Your session has ended. Log in again.");
    if (code == QLatin1String("hub_unreachable") || code == QLatin1String("offline"))
        return tr("The hub cannot be reached. The reply will be sent when it is back.");
    if (code == QLatin1String("delivery_unknown"))
        return tr("The hub stopped while sending: WhatsApp may or may not have this message. "
                  "Check before sending it again.");
    if (code == QLatin1String("whatsapp_rejected"))
        return tr("WhatsApp refused the change: %1").arg(hubMessage);
    if (code == QLatin1String("whatsapp_token_invalid"))
        return tr("WhatsApp no longer accepts this channel's access token. Connect the number "
                  "again with a new token.");
    if (code == QLatin1String("whatsapp_unreachable") || code == QLatin1String("whatsapp_error"))
        return tr("WhatsApp could not be reached or did not answer. Try again later.");
    if (code == QLatin1String("files_missing"))
        return tr("The files waiting to be sent were removed from this computer. Attach them "
                  "again.");
    if (code == QLatin1String("131026"))
        return tr("WhatsApp could not deliver to this number.");
    if (code == QLatin1String("131047"))
        return tr("The 24-hour window had closed: send an approved template.");
    // Rule codes (templates, attachments, trial limits, …) have their own translated texts.
    const QString rule = RuleError{code, {}}.message();
    if (rule != code && !rule.contains(QLatin1Char('{')))
        return rule;
    return hubMessage.isEmpty() ? code : hubMessage;
}

} // namespace parley::ui
