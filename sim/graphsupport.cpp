#include "sim/graphsupport.h"

#include "sim/graphroutes.h"
#include "sim/simids.h"

namespace parley::sim {

HttpResponse graphErrorResponse(SimContext &ctx, whatsapp::GraphError error, int httpStatus)
{
    ++ctx.counters.refused;
    if (error.fbtraceId.isEmpty())
        error.fbtraceId = newFbtraceId();
    return HttpResponse::json(whatsapp::graphErrorJson(error),
                              httpStatus > 0 ? httpStatus
                                             : whatsapp::graphErrorHttpStatus(error.code));
}

HttpResponse graphErrorResponse(SimContext &ctx, int code, const QString &details)
{
    return graphErrorResponse(ctx, whatsapp::graphError(code, details));
}

std::optional<HttpResponse> refuseWithoutToken(SimContext &ctx, const HttpRequest &request)
{
    ++ctx.counters.requests;
    const QByteArray authorization = request.header("Authorization");
    const QByteArray prefix = "Bearer ";
    if (authorization.startsWith(prefix) &&
        authorization.mid(prefix.size()).trimmed() == ctx.options.accessToken.toUtf8())
        return std::nullopt;
    whatsapp::GraphError error;
    error.code = 190;
    error.type = QStringLiteral("OAuthException");
    error.message = authorization.isEmpty()
                        ? QStringLiteral("An active access token must be used to query "
                                         "information about the current user.")
                        : QStringLiteral("Invalid OAuth access token - Cannot parse access token");
    if (!ctx.expiredToken.isEmpty() &&
        authorization.mid(prefix.size()).trimmed() == ctx.expiredToken.toUtf8()) {
        // Meta's words and subcode for a token past its expiry (whatsapp-cloud-api.md §6).
        error.message = QStringLiteral("Error validating access token: Session has expired on "
                                       "%1. The current time is %2.")
                            .arg(QDateTime::currentDateTimeUtc().addSecs(-60).toString(),
                                 QDateTime::currentDateTimeUtc().toString());
        error.subcode = 463;
    }
    return graphErrorResponse(ctx, error, 401);
}

std::optional<HttpResponse> injectedFailure(SimContext &ctx, const QString &endpoint)
{
    if (!ctx.failure || ctx.failure->endpoint != endpoint)
        return std::nullopt;
    InjectedFailure &failure = *ctx.failure;
    const whatsapp::GraphError error = failure.error;
    const int status = failure.httpStatus;
    if (--failure.remaining <= 0)
        ctx.failure.reset();
    ++ctx.counters.injected;
    return graphErrorResponse(ctx, error, status);
}

HttpResponse unknownObject(SimContext &ctx, const HttpRequest &request, const QString &id)
{
    whatsapp::GraphError error = whatsapp::graphError(100);
    error.message = QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, "
                                   "cannot be loaded due to missing permissions, or does not "
                                   "support this operation.")
                        .arg(QString::fromLatin1(request.method).toLower(), id);
    error.subcode = 33;
    return graphErrorResponse(ctx, error, 400);
}

QString requestBaseUrl(const SimContext &ctx, const HttpRequest &request)
{
    const QByteArray host = request.header("Host");
    return host.isEmpty() ? ctx.baseUrl : QStringLiteral("http://") + QString::fromLatin1(host);
}

} // namespace parley::sim

namespace parley::sim {

void addUnversionedRefusal(http::HttpServer &server, SimContext &ctx)
{
    // Graph's answer for a path it cannot route; registered after every real route, so only a
    // path without "/vNN.N" (or an unknown one) lands here.
    const auto refuse = [&ctx](const HttpRequest &request) {
        ++ctx.counters.requests;
        whatsapp::GraphError error;
        error.code = 2500;
        error.type = QStringLiteral("OAuthException");
        error.message = QStringLiteral("Unknown path components: %1").arg(request.path);
        return graphErrorResponse(ctx, error, 400);
    };
    const QString anyPath = QStringLiteral("/.*");
    for (const char *method : {"GET", "POST", "DELETE"})
        server.route(QByteArray(method), anyPath, refuse);
}

} // namespace parley::sim
