#include "ui/record/recorderrors.h"

#include "core/sync/huberror.h"

namespace parley::ui {

QString recordErrorText(const QString &code, const QString &hubMessage)
{
    return parley::hubErrorText(code, hubMessage, HubSubject::Record);
}

QString viewOnlyReason()
{
    return parley::hubErrorText(QStringLiteral("forbidden_view_only"), {}, HubSubject::Record);
}

} // namespace parley::ui
