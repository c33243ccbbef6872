#include "ui/admin/peopletexts.h"

#include "core/sync/huberror.h"

#include <QCoreApplication>

namespace parley::ui {
namespace {

// lupdate files a bare tr() at namespace scope under the namespace's name, so that is the
// context the texts are looked up in.
QString tr(const char *text)
{
    return QCoreApplication::translate("parley::ui", text);
}

} // namespace

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
