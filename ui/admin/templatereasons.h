#pragma once

#include <QString>

namespace parley::ui {

// Meta's rejection reason code (INCORRECT_CATEGORY, …) as words an admin can act on; an
// unknown code is shown as it came.
QString templateRejectionText(const QString &reason);

} // namespace parley::ui
