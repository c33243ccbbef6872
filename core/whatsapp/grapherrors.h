#pragma once

#include <QJsonObject>
#include <QString>

namespace parley::whatsapp {

// Graph's synchronous error envelope (§6): {"error": {message, type, code, error_data,
// error_subcode, error_user_title, error_user_msg, fbtrace_id}}. Decisions belong on `code` and
// `details`; titles and subcodes are being deprecated by Meta.
//
// Graph writes error_data in two shapes: the Cloud API's object {"messaging_product":
// "whatsapp", "details": "…"} and, from the Graph layer (template management, OAuth), a plain
// string (often a JSON text of its own). error_user_title / error_user_msg are the words Meta
// writes for people, e.g. for a duplicate template name (100 / 2388024); see Meta's "Graph API
// error handling" page (developers.facebook.com/docs/graph-api/guides/error-handling).
struct GraphError {
    int code = 0;
    QString message;              // e.g. "(#130429) Rate limit hit"
    QString type;                 // e.g. "OAuthException"
    QString details;              // error_data.details, or error_data itself when it is a string
    bool detailsAsString = false; // error_data was (is to be written as) a plain string
    int subcode = 0;              // error_subcode; 0 when absent
    QString userTitle;            // error_user_title
    QString userMessage;          // error_user_msg
    QString fbtraceId;
};

// The whole envelope, {"error": {...}}; error_data/error_subcode/error_user_*/fbtrace_id only
// when set.
QJsonObject graphErrorJson(const GraphError &error);
// Reads the envelope of a non-2xx Graph reply in any of Graph's shapes; false when there is no
// {"error": {"code": …}}.
bool parseGraphError(const QJsonObject &json, GraphError *error, QString *problem);

// The words to show a person for `error`: Meta's error_user_title and error_user_msg when Graph
// sent them ("Title: message"), else the details, else the message. Never a URL of Parley's.
QString graphErrorForPeople(const GraphError &error);

// The error the simulator answers with for `code`: message "(#code) Title", type
// "OAuthException", and `details` in error_data.
GraphError graphError(int code, const QString &details = QString());
// Meta's short title for the codes of §6 ("Rate limit hit"); "Unknown error" otherwise.
QString graphErrorTitle(int code);
// The HTTP status Graph pairs with `code` (§6 table; 400 where Meta does not say).
int graphErrorHttpStatus(int code);

// What the hub's outgoing queue does with a failed send.
enum class GraphErrorClass {
    RetryWithBackoff, // throughput/pair/spam/app rate limits, 131000, HTTP 429 and 5xx
    WindowClosed,     // 131047: the 24-hour customer service window is closed; use a template
    Undeliverable,    // 131026: not on WhatsApp, old client or terms not accepted
    TemplateProblem,  // 132000, 132001, 132015, 132016, 132018
    Auth,             // 190: the access token expired or was revoked
    InvalidParameter, // 100, 131008, 131009: Parley built a bad request
    Permanent         // anything else: do not retry
};

// `code` wins when it is known; an unknown (or absent, 0) code is retried when the HTTP status
// is 429 or 5xx, since then the failure was Graph's, not the request's. Webhook status errors
// have no HTTP status: pass 0.
GraphErrorClass classifyGraphError(int code, int httpStatus = 0);

} // namespace parley::whatsapp
