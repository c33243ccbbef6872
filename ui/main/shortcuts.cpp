#include "ui/main/shortcuts.h"

#include <QCoreApplication>

namespace parley::ui {
namespace {

constexpr char context[] = "Shortcuts";

QList<Shortcut> makeTable()
{
    using C = Command;
    using M = MenuName;
    const auto keys = [](QKeyCombination combination) {
        return QKeySequence(combination);
    };
    return {
        {C::NewChat, M::File, keys(Qt::CTRL | Qt::Key_N),
         QT_TRANSLATE_NOOP("Shortcuts", "New chat…"), true},
        {C::ManageTexts, M::File, {}, QT_TRANSLATE_NOOP("Shortcuts", "Predefined texts…"), true},
        {C::Records, M::File, keys(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         QT_TRANSLATE_NOOP("Shortcuts", "Records (leads, contacts, companies, deals)…"), true},
        {C::Settings, M::File, keys(Qt::CTRL | Qt::Key_Comma),
         QT_TRANSLATE_NOOP("Shortcuts", "Settings…"), true},
        {C::Administration, M::File, keys(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
         QT_TRANSLATE_NOOP("Shortcuts", "Administration…"), true},
        {C::LogOut, M::File, keys(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
         QT_TRANSLATE_NOOP("Shortcuts", "Log out"), true},
        {C::Reply, M::Conversation, keys(Qt::CTRL | Qt::Key_R),
         QT_TRANSLATE_NOOP("Shortcuts", "Reply"), true},
        {C::ReplyToMessage, M::Conversation, keys(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         QT_TRANSLATE_NOOP("Shortcuts", "Reply to the chosen message"), false},
        {C::ReactToMessage, M::Conversation, keys(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         QT_TRANSLATE_NOOP("Shortcuts", "React to the chosen message…"), false},
        {C::Send, M::Conversation, keys(Qt::CTRL | Qt::Key_Return),
         QT_TRANSLATE_NOOP("Shortcuts", "Send the reply"), false},
        {C::InsertText, M::Conversation, keys(Qt::CTRL | Qt::Key_P),
         QT_TRANSLATE_NOOP("Shortcuts", "Insert a predefined text…"), true},
        {C::AssignToMe, M::Conversation, keys(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         QT_TRANSLATE_NOOP("Shortcuts", "Assign to me"), true},
        {C::ConversationActions, M::Conversation, keys(Qt::SHIFT | Qt::Key_F10),
         QT_TRANSLATE_NOOP("Shortcuts", "Conversation actions (assign to, notes, activities)…"),
         true},
        {C::CloseOrReopen, M::Conversation, keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
         QT_TRANSLATE_NOOP("Shortcuts", "Close (resolve) or reopen the conversation"), true},
        {C::Snooze, M::Conversation, keys(Qt::CTRL | Qt::Key_J),
         QT_TRANSLATE_NOOP("Shortcuts", "Snooze…"), true},
        {C::Search, M::View, keys(Qt::CTRL | Qt::Key_F), QT_TRANSLATE_NOOP("Shortcuts", "Search"),
         true},
        {C::Filter, M::View, keys(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         QT_TRANSLATE_NOOP("Shortcuts", "Filter…"), true},
        {C::GoToConversation, M::View, keys(Qt::CTRL | Qt::Key_K),
         QT_TRANSLATE_NOOP("Shortcuts", "Go to conversation…"), true},
        {C::NextConversation, M::View, keys(Qt::ALT | Qt::Key_Down),
         QT_TRANSLATE_NOOP("Shortcuts", "Next conversation"), true},
        {C::PreviousConversation, M::View, keys(Qt::ALT | Qt::Key_Up),
         QT_TRANSLATE_NOOP("Shortcuts", "Previous conversation"), true},
        {C::NextUnread, M::View, keys(Qt::CTRL | Qt::Key_U),
         QT_TRANSLATE_NOOP("Shortcuts", "Next unread conversation"), true},
        {C::KeyboardShortcuts, M::Help, keys(Qt::Key_F1),
         QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), true},
    };
}

} // namespace

const QList<Shortcut> &Shortcuts::table()
{
    static const QList<Shortcut> shortcuts = makeTable();
    return shortcuts;
}

const Shortcut &Shortcuts::of(Command command)
{
    for (const Shortcut &shortcut : table()) {
        if (shortcut.command == command)
            return shortcut;
    }
    Q_UNREACHABLE(); // every Command has its row
    return table().first();
}

QString Shortcuts::text(const Shortcut &shortcut)
{
    return QCoreApplication::translate(context, shortcut.text);
}

QString Shortcuts::menuTitle(MenuName menu)
{
    switch (menu) {
    case MenuName::File:
        return QCoreApplication::translate("Shortcuts", "&File");
    case MenuName::Conversation:
        return QCoreApplication::translate("Shortcuts", "&Conversation");
    case MenuName::View:
        return QCoreApplication::translate("Shortcuts", "&View");
    case MenuName::Help:
        return QCoreApplication::translate("Shortcuts", "&Help");
    }
    return {};
}

QString Shortcuts::helpHtml()
{
    QString html = QStringLiteral("<table>");
    for (const Shortcut &shortcut : table()) {
        if (shortcut.keys.isEmpty())
            continue;
        html += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(shortcut.keys.toString(QKeySequence::NativeText).toHtmlEscaped(),
                         text(shortcut).toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

QString Shortcuts::markdownTable()
{
    QString out = QStringLiteral("| keys | what it does |\n|---|---|\n");
    for (const Shortcut &shortcut : table()) {
        if (!shortcut.keys.isEmpty())
            out += QStringLiteral("| %1 | %2 |\n")
                       .arg(shortcut.keys.toString(QKeySequence::PortableText),
                            QString::fromUtf8(shortcut.text));
    }
    return out;
}

} // namespace parley::ui
