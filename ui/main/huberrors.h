#pragma once

#include <QString>

namespace parley::ui {

// The hub's error codes in the user's language, worded for sending (the one table is
// core/sync/huberror.h; typed calls carry a HubError whose text() picks the wording).
QString hubErrorText(const QString &code, const QString &hubMessage = QString());

} // namespace parley::ui
