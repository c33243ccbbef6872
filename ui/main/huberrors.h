#pragma once

#include <QString>

namespace parley::ui {

// The hub's error codes in the user's language. The hub answers in English; the desktop shows
// its own translation of the code and falls back to the hub's text for a code it does not know.
QString hubErrorText(const QString &code, const QString &hubMessage = QString());

} // namespace parley::ui
