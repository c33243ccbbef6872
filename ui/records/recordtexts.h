#pragma once

#include "core/domain/conversation.h"
#include "core/domain/record.h"

#include <QString>

namespace parley::ui {

// The records browser's names for modules and statuses, in the app's language.
QString moduleSingular(Module module); // "Lead"
QString modulePlural(Module module);   // "Leads"
QString conversationStatusText(ConversationStatus status);

} // namespace parley::ui
