#pragma once

// The window's conversation list reads on the MirrorStore's reader thread: a test waits for its
// answers before it looks at the rows.
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"

#include <QTest>

namespace parley::testing {

inline bool listSettled(const ui::MainWindow &window)
{
    return QTest::qWaitFor([&window] { return !window.conversations()->isLoading(); }, 10000);
}

} // namespace parley::testing
