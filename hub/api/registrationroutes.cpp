#include "hub/api/registrationroutes.h"

#include "core/protocol/jsonreader.h"

namespace parley::hub {
namespace {

// A JSON body read with `read`, which answers through `respond` itself.
using BodyHandler = std::function<void(Id channelId, JsonReader &r, HttpRespond respond)>;

http::AsyncHttpHandler withBody(ApiSupport &api, BodyHandler read)
{
    return api.authedAsync(
        [read](const HttpRequest &request, const Agent &, HttpRespond respond) {
            QJsonObject body;
            HttpResponse error;
            if (!ApiSupport::parseBody(request, &body, &error))
                return respond(error);
            JsonReader r(body);
            read(ApiSupport::idAt(request, 0), r, respond);
        },
        true);
}

RegistrationService::Done answer(HttpRespond respond)
{
    return [respond](const CommandResult &result) {
        respond(ApiSupport::respond(result));
    };
}

} // namespace

void addRegistrationRoutes(HttpServer &server, ApiSupport &api, RegistrationService &service)
{
    RegistrationService *s = &service;
    const QString path = QStringLiteral("/api/v1/channels/(\\d+)/registration/");
    server.routeAsync("POST", path + QStringLiteral("request-code"),
                      withBody(api, [s](Id channelId, JsonReader &r, HttpRespond respond) {
                          const QString method = r.string(QStringLiteral("method"));
                          const QString language = r.string(QStringLiteral("language"));
                          if (method != QLatin1String("sms") && method != QLatin1String("voice"))
                              r.fail(QStringLiteral("method"), QStringLiteral("sms or voice"));
                          if (!r.ok())
                              return respond(ApiSupport::badRequest(r));
                          s->requestCode(channelId,
                                         method == QLatin1String("voice")
                                             ? whatsapp::CodeMethod::Voice
                                             : whatsapp::CodeMethod::Sms,
                                         language, answer(respond));
                      }));
    server.routeAsync("POST", path + QStringLiteral("verify-code"),
                      withBody(api, [s](Id channelId, JsonReader &r, HttpRespond respond) {
                          const QString code = r.string(QStringLiteral("code"));
                          if (!r.ok())
                              return respond(ApiSupport::badRequest(r));
                          s->verifyCode(channelId, code, answer(respond));
                      }));
    server.routeAsync("POST", path + QStringLiteral("register"),
                      withBody(api, [s](Id channelId, JsonReader &r, HttpRespond respond) {
                          const QString pin = r.string(QStringLiteral("pin"));
                          if (!r.ok())
                              return respond(ApiSupport::badRequest(r));
                          s->registerNumber(channelId, pin, answer(respond));
                      }));
    server.routeAsync("POST", QStringLiteral("/api/v1/channels/(\\d+)/token"),
                      withBody(api, [s](Id channelId, JsonReader &r, HttpRespond respond) {
                          const QString token = r.string(QStringLiteral("access_token"));
                          if (!r.ok())
                              return respond(ApiSupport::badRequest(r));
                          s->renewToken(channelId, token, answer(respond));
                      }));
}

} // namespace parley::hub
