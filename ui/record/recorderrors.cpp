#include "ui/record/recorderrors.h"

#include "ui/main/huberrors.h"

#include <QCoreApplication>

namespace parley::ui {

QString recordErrorText(const QString &code, const QString &hubMessage)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("parley::ui", text); // lupdate's context for a bare tr()
    };
    if (code == QLatin1String("not_found"))
        return tr("This record, activity or conversation no longer exists on the hub.");
    if (code == QLatin1String("forbidden_view_only"))
        return viewOnlyReason();
    if (code == QLatin1String("activity_title_required"))
        return tr("Give the activity a title.");
    if (code == QLatin1String("record_link_invalid"))
        return tr("The linked company or person no longer exists; choose another one.");
    if (code == QLatin1String("record_fields_required"))
        return tr("Fill in at least one field.");
    if (code == QLatin1String("owner_unknown"))
        return tr("That agent no longer exists or is inactive; choose another owner.");
    if (code == QLatin1String("hub_unreachable"))
        return tr("The hub cannot be reached, so nothing was changed. Try again when it is "
                  "back.");
    return hubErrorText(code, hubMessage);
}

QString viewOnlyReason()
{
    return QCoreApplication::translate("RecordError",
                                       "You have view-only access: you can see this but not "
                                       "change it.");
}

} // namespace parley::ui
