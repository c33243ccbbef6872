#include "ui/admin/peopletexts.h"

#include "ui/main/huberrors.h"

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
    static const struct {
        const char *code;
        const char *text;
    } texts[] = {
        {"agent_login_invalid",
         QT_TRANSLATE_NOOP("People", "A login is 1 to 64 letters, digits or . _ @ -")},
        {"agent_login_taken", QT_TRANSLATE_NOOP("People", "Someone already has this login.")},
        {"agent_name_required", QT_TRANSLATE_NOOP("People", "Give the agent a name.")},
        {"agent_password_too_short",
         QT_TRANSLATE_NOOP("People", "A password has at least 8 characters.")},
        {"agent_last_admin",
         QT_TRANSLATE_NOOP("People", "This is the team's only active admin: make someone else "
                                     "an admin first.")},
        {"agent_unknown",
         QT_TRANSLATE_NOOP("People", "One of the chosen agents no longer exists.")},
        {"group_name_required", QT_TRANSLATE_NOOP("People", "Give the group a name.")},
        {"group_name_taken",
         QT_TRANSLATE_NOOP("People", "There is already a group with this name.")},
        {"group_unknown",
         QT_TRANSLATE_NOOP("People", "One of the chosen groups no longer exists.")},
        {"department_name_required", QT_TRANSLATE_NOOP("People", "Give the department a name.")},
        {"department_unknown",
         QT_TRANSLATE_NOOP("People", "This department no longer exists. Choose another one.")},
        {"channel_routing_invalid",
         QT_TRANSLATE_NOOP("People", "Choose who receives the new customers.")},
    };
    for (const auto &entry : texts) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("People", entry.text);
    }
    return hubErrorText(code, hubMessage);
}

} // namespace parley::ui
