#pragma once

#include "core/http/httpserver.h"
#include "core/whatsapp/grapherrors.h"
#include "sim/simcontext.h"

#include <QString>

namespace parley::sim {

using http::HttpRequest;
using http::HttpResponse;

// "/v23.0": every Cloud API endpoint is documented with its version, and Graph resolves an
// unversioned call to the app's oldest available version, so behaviour would change under a hub
// configured without one. Unversioned paths are refused (addUnversionedRefusal).
inline const QString graphVersion = QStringLiteral("/v\\d+\\.\\d+");

// Graph's error envelope for `error` with a fresh fbtrace_id, at graphErrorHttpStatus() unless
// `httpStatus` says otherwise; counted as refused.
HttpResponse graphErrorResponse(SimContext &ctx, whatsapp::GraphError error, int httpStatus = 0);
HttpResponse graphErrorResponse(SimContext &ctx, int code, const QString &details);

// Every Graph call needs "Authorization: Bearer <the sim's token>"; anything else is Graph's 190
// OAuthException with HTTP 401. Returns the refusal, or nothing when the token is right.
std::optional<HttpResponse> refuseWithoutToken(SimContext &ctx, const HttpRequest &request);

// The failure armed by POST /sim/fail-next when it is for `endpoint` (counted, and used up);
// nothing otherwise.
std::optional<HttpResponse> injectedFailure(SimContext &ctx, const QString &endpoint);

// 100 with subcode 33, Graph's answer for an id that is not this sim's number or account.
HttpResponse unknownObject(SimContext &ctx, const HttpRequest &request, const QString &id);

// http://<Host header> — the address the caller reached the sim by — for URLs the sim hands out.
QString requestBaseUrl(const SimContext &ctx, const HttpRequest &request);

} // namespace parley::sim
