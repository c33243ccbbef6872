#pragma once

#include <QString>

namespace parley::ui {

// The hub's automation error codes (docs/api.md "Automations") in the user's language; any
// other code as hubErrorText() says it.
QString automationErrorText(const QString &code, const QString &hubMessage = QString());

} // namespace parley::ui
