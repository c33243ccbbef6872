#pragma once

#include "core/domain/ids.h"
#include "core/domain/message.h"
#include "core/rules/ruleerror.h"

#include <QString>

namespace parley {

// R2.2: agents may reply free-form for 24 hours after the customer's last message.
constexpr qint64 serviceWindowLengthMs = 24LL * 60 * 60 * 1000;

// The customer service window as it stands at one instant.
//
// Boundaries: the window is open on the half-open interval [lastInboundAt, lastInboundAt + 24 h).
// At exactly lastInboundAt + 24 h it is CLOSED, so "1 ms left" is the last open state and the
// hub and every desktop agree on the instant it shuts. A `now` earlier than lastInboundAt (a
// desktop clock behind the hub's) counts as open with at most 24 h left: the customer did write,
// and a skewed clock must not block the reply.
struct ServiceWindow {
    bool customerEverWrote = false; // false: lastInboundAt was 0, only a template can start
    bool open = false;
    TimestampMs closesAt = 0; // 0 when the customer never wrote
    qint64 remainingMs = 0;   // 0 when closed; never more than serviceWindowLengthMs
    qint64 closedForMs = 0;   // how long ago it closed; 0 while open or never opened
};

// lastInboundAt: the conversation's last customer message (Conversation::lastInboundAt), 0 or
// less when the customer never wrote.
ServiceWindow serviceWindowAt(TimestampMs lastInboundAt, TimestampMs now);

// R2.2–R2.4: what the window allows for a message of `kind`.
// - Template: always allowed (templates start chats and restart expired ones).
// - Note: always allowed, a note never reaches WhatsApp.
// - Anything else is free-form: "window_never_opened" when the customer never wrote,
//   "window_closed" when the window has closed (the hub answers 422 with it).
RuleErrors checkServiceWindow(MessageKind kind, TimestampMs lastInboundAt, TimestampMs now);

// A compact, language-neutral duration for the window's time left or time since it closed:
// "< 1 min", "45 min", "3 h", "23 h 59 min", "2 d", "2 d 5 h". Unit symbols rather than words,
// so the text reads in any UI language when the hub preformats it into an error's args.
QString compactDuration(qint64 ms);

} // namespace parley
