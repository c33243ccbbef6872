#pragma once

// The window's conversation list and the open conversation's messages read on the MirrorStore's
// reader thread: a test waits for their answers before it looks at the rows.
#include "ui/conversation/conversationpane.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"

#include <QTest>

namespace parley::testing {

inline bool listSettled(const ui::MainWindow &window)
{
    return QTest::qWaitFor(
        [&window] {
            return !window.conversations()->isLoading() && !window.pane()->messages()->isLoading();
        },
        10000);
}

} // namespace parley::testing
