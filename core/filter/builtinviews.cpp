#include "core/filter/builtinviews.h"

#include <QCoreApplication>

namespace parley {

QList<BuiltinView> builtinViews()
{
    return {BuiltinView::Unreplied, BuiltinView::SentToday, BuiltinView::AllUnreplied,
            BuiltinView::MyOpen,    BuiltinView::Unread,    BuiltinView::MyTeam};
}

QString builtinViewKey(BuiltinView view)
{
    switch (view) {
    case BuiltinView::Unreplied:
        return QStringLiteral("unreplied");
    case BuiltinView::SentToday:
        return QStringLiteral("sent_today");
    case BuiltinView::AllUnreplied:
        return QStringLiteral("all_unreplied");
    case BuiltinView::MyOpen:
        return QStringLiteral("my_open");
    case BuiltinView::Unread:
        return QStringLiteral("unread");
    case BuiltinView::MyTeam:
        return QStringLiteral("my_team");
    }
    return {};
}

QString builtinViewTitle(BuiltinView view)
{
    switch (view) {
    case BuiltinView::Unreplied:
        return QCoreApplication::translate("BuiltinView", "Unreplied");
    case BuiltinView::SentToday:
        return QCoreApplication::translate("BuiltinView", "Sent today");
    case BuiltinView::AllUnreplied:
        return QCoreApplication::translate("BuiltinView", "All unreplied");
    case BuiltinView::MyOpen:
        return QCoreApplication::translate("BuiltinView", "My open");
    case BuiltinView::Unread:
        return QCoreApplication::translate("BuiltinView", "Unread");
    case BuiltinView::MyTeam:
        return QCoreApplication::translate("BuiltinView", "My team");
    }
    return {};
}

ConversationFilter builtinViewFilter(BuiltinView view)
{
    ConversationFilter filter;
    switch (view) {
    case BuiltinView::Unreplied: // the customers waiting on me
        filter.scope = Scope::Mine;
        filter.awaitingReply = true;
        break;
    case BuiltinView::SentToday: // "all messages sent today": conversations we replied in today
        filter.repliedIn = Period{1, PeriodUnit::Today};
        break;
    case BuiltinView::AllUnreplied:
        filter.awaitingReply = true;
        break;
    case BuiltinView::MyOpen:
        filter.scope = Scope::Mine;
        filter.status = ConversationStatus::Open;
        break;
    case BuiltinView::Unread:
        filter.unreadOnly = true;
        break;
    case BuiltinView::MyTeam: // open conversations assigned to one of my agent groups
        filter.scope = Scope::MyTeam;
        filter.status = ConversationStatus::Open;
        break;
    }
    return filter;
}

} // namespace parley
