#pragma once

#include "core/filter/conversationfilter.h"

#include <QList>

namespace parley {

// R3.3's saved views that every user has; user-defined views are stored beside them.
enum class BuiltinView { Unreplied, SentToday, AllUnreplied, MyOpen, Unread, MyTeam };

QList<BuiltinView> builtinViews();
// A stable key for settings and saved state ("unreplied", "sent_today", …).
QString builtinViewKey(BuiltinView view);
// The English title, translated with QCoreApplication::translate("BuiltinView", …).
QString builtinViewTitle(BuiltinView view);
ConversationFilter builtinViewFilter(BuiltinView view);

} // namespace parley
