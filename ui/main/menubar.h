#pragma once

#include "ui/main/shortcuts.h"

#include <QMap>

#include <functional>

class QAction;
class QMainWindow;

namespace parley::ui {

// The main window's menu bar (File, Conversation, View, Help), made from the shortcut table:
// every command with a handler becomes one QAction with its text and keys, listed in its menu
// and added to the window so that its shortcut works wherever the focus is in the window.
// Commands without a handler (Administration for a non-admin) are left out.
class MenuBar {
public:
    using Handler = std::function<void()>;

    static QMap<Command, QAction *> install(QMainWindow *window,
                                            const QMap<Command, Handler> &handlers);
};

} // namespace parley::ui
