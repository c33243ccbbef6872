#pragma once

#include "core/http/httpserver.h"
#include "sim/simcontext.h"

namespace parley::sim {

// The sim's own API, for tests and demos; no token, loopback use only:
//   POST /sim/inbound   a customer writes: {"from", "name", "text"}, or "media": {"type",
//                       "mime_type", "caption", "filename", "data_base64", "voice"}, or
//                       "reaction": {"message_id", "emoji"}; optional "reply_to" (a wamid) and
//                       "timestamp" (unix seconds, to backdate) → {"wamid", "wa_id", "media_id"}
//   GET  /sim/sent      what the business sent (?to=<wa_id> to filter) → {"messages": [...]}
//   GET  /sim/read      the customer messages the business marked read, oldest first, repeats
//                       included (?from=<wa_id> to filter) → {"reads": [{"message_id",
//                       "wa_id", "typing_indicator", "time"}]}
//   GET  /sim/state     customers, templates, media, sent and read counts, Graph and webhook
//                       counters
//   POST /sim/fail-next {"code": 130429 | "http_status": 500, "count": 1, "details"}: the next
//                       sends get that Graph error; "count": 0 disarms
//   POST /sim/webhook   {"url"}: deliver webhooks there from now on (a restarted hub's port)
//   POST /sim/webhook/duplicate-next   deliver the next webhook batch twice
//   GET  /sim/number    the number's registration (R1.10) and the last code "sent" by SMS or
//                       call: {"verified", "registered", "pin_set", "last_code": {"code",
//                       "method", "language"}}
//   POST /sim/number/reset  a fresh number: unverified, unregistered, no PIN (sends get 133010)
//   POST /sim/token     {"access_token"}: the token Graph takes from now on; the old one gets
//                       190 "Session has expired" (subcode 463)
//   GET  /healthz
void addControlRoutes(http::HttpServer &server, SimContext &ctx);

} // namespace parley::sim
