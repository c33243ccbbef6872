#pragma once

#include <QString>

namespace parley::ui {

// tr() for the desktop's free functions (texts of roles, records, credits): lupdate files a bare
// tr("…") at namespace scope under the namespace's name, so "parley::ui" is the context the texts
// are looked up in. One definition for the whole library, as its files share unity batches.
QString tr(const char *text);

} // namespace parley::ui
