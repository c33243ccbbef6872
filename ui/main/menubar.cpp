#include "ui/main/menubar.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace parley::ui {

QMap<Command, QAction *> MenuBar::install(QMainWindow *window,
                                          const QMap<Command, Handler> &handlers)
{
    QMap<Command, QAction *> actions;
    QMap<MenuName, QMenu *> menus;
    for (const MenuName name :
         {MenuName::File, MenuName::Conversation, MenuName::View, MenuName::Help}) {
        QMenu *menu = window->menuBar()->addMenu(Shortcuts::menuTitle(name));
        menu->setObjectName(QStringLiteral("menu%1").arg(int(name)));
        menus.insert(name, menu);
    }
    for (const Shortcut &shortcut : Shortcuts::table()) {
        const auto handler = handlers.constFind(shortcut.command);
        if (handler == handlers.constEnd())
            continue;
        auto *action = new QAction(Shortcuts::text(shortcut), window);
        action->setObjectName(QStringLiteral("command%1").arg(int(shortcut.command)));
        const QString keys = shortcut.keys.toString(QKeySequence::NativeText);
        if (shortcut.windowAction) {
            action->setShortcut(shortcut.keys);
            action->setShortcutContext(Qt::WindowShortcut);
        } else if (!keys.isEmpty()) {
            // Bound by its widget (Send, in the composer): the menu shows the keys only.
            action->setText(action->text() + QLatin1Char('\t') + keys);
        }
        const QString text = Shortcuts::text(shortcut);
        action->setToolTip(keys.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, keys));
        QObject::connect(action, &QAction::triggered, window, *handler);
        if (shortcut.command == Command::LogOut || shortcut.command == Command::Snooze ||
            shortcut.command == Command::KeyboardShortcuts)
            menus.value(shortcut.menu)->addSeparator();
        menus.value(shortcut.menu)->addAction(action);
        window->addAction(action);
        actions.insert(shortcut.command, action);
    }
    return actions;
}

} // namespace parley::ui
