#pragma once

// What the template screen suites (tst_templatespage, tst_templatelimits) read off the editor:
// its labels by name, and whether a counter says its limit is passed.

#include <QLabel>
#include <QVariant>
#include <QWidget>

namespace parley::testing {

inline QLabel *label(QWidget *editor, const char *name)
{
    return editor->findChild<QLabel *>(QLatin1String(name));
}

inline bool overLimit(QWidget *editor, const char *counter)
{
    return label(editor, counter)->property("overLimit").toBool();
}

} // namespace parley::testing
