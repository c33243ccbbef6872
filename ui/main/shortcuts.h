#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace parley::ui {

// Every keyboard shortcut of the main window, in one table (R10.2). The menu bar, the window's
// actions, the composer's Send key, the F1 list and the README's table are all made from it;
// tst_shortcuts holds the README to it.
enum class Command {
    NewChat,
    ManageTexts,
    Records,
    Settings,
    Administration,
    LogOut,
    Reply,
    ReplyToMessage,
    ReactToMessage,
    Send,
    InsertText,
    AssignToMe,
    ConversationActions,
    CloseOrReopen,
    Snooze,
    Search,
    Filter,
    GoToConversation,
    NextConversation,
    PreviousConversation,
    NextUnread,
    KeyboardShortcuts,
};

enum class MenuName { File, Conversation, View, Help };

struct Shortcut {
    Command command;
    MenuName menu;
    QKeySequence keys; // empty: reached through the menu only
    const char *text;  // the menu item and the F1 line (QT_TRANSLATE_NOOP, context "Shortcuts")
    bool windowAction; // false: bound by the widget that does it (Send, in the composer)
};

class Shortcuts {
public:
    static const QList<Shortcut> &table();
    static const Shortcut &of(Command command);
    static QKeySequence keys(Command command) { return of(command).keys; }
    // Translated texts.
    static QString text(const Shortcut &shortcut);
    static QString text(Command command) { return text(of(command)); }
    static QString menuTitle(MenuName menu);
    // The F1 list, translated, keys in the platform's notation.
    static QString helpHtml();
    // The README's table: English, keys in Qt's portable notation.
    static QString markdownTable();
};

} // namespace parley::ui
