#include "ui/admin/peopletexts.h"

#include "core/sync/huberror.h"
#include "ui/main/namespacetr.h"

namespace parley::ui {

QString roleText(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Admin");
    case Role::Agent:
        return tr("View and reply");
    case Role::Viewer:
        return tr("View only");
    }
    return {};
}

QString peopleErrorText(const QString &code, const QString &hubMessage)
{
    return parley::hubErrorText(code, hubMessage, HubSubject::Change);
}

} // namespace parley::ui
