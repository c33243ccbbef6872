#pragma once

#include "core/protocol/commands.h"

namespace parley::ui {

// What to tell the user when the hub refuses a change to a predefined text: the desktop's own
// translation of the codes these routes return, a rule code's translated text, or else the
// hub's English message.
QString predefinedTextErrorText(const ErrorReply &error);

} // namespace parley::ui
