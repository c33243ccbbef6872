#include "ui/main/huberrors.h"

#include "core/sync/huberror.h"

namespace parley::ui {

QString hubErrorText(const QString &code, const QString &hubMessage)
{
    return parley::hubErrorText(code, hubMessage, HubSubject::Send);
}

} // namespace parley::ui
