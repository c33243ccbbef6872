#pragma once

#include "core/domain/agent.h"

#include <QString>

namespace parley::ui {

// R9.1's roles as the People screen names them.
QString roleText(Role role);
// The hub's agent, group and department codes in the user's language, from the one table
// (core/sync/huberror.h).
QString peopleErrorText(const QString &code, const QString &hubMessage);

} // namespace parley::ui
