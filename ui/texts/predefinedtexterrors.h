#pragma once

#include "core/protocol/commands.h"

namespace parley::ui {

// What to tell the user when the hub refuses a change to a predefined text: the one table's
// text (core/sync/huberror.h) worded for predefined texts.
QString predefinedTextErrorText(const ErrorReply &error);

} // namespace parley::ui
