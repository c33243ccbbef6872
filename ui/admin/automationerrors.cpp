#include "ui/admin/automationerrors.h"

#include "core/sync/huberror.h"

namespace parley::ui {

QString automationErrorText(const QString &code, const QString &hubMessage)
{
    return parley::hubErrorText(code, hubMessage, HubSubject::Automation);
}

} // namespace parley::ui
