// GET and POST /<PHONE_NUMBER_ID>/whatsapp_business_profile (R1.9).
#include "sim/graphroutes.h"

#include "core/rules/profilerules.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/graphprofile.h"
#include "core/whatsapp/wirereader.h"
#include "sim/graphsupport.h"

namespace parley::sim {
namespace {

// Graph words a bad value as "(#100) Param <name> …"; the hub shows it, so it names the field.
QString paramProblem(const RuleError &error)
{
    const QString code = error.code;
    if (code == QLatin1String("profile_vertical_invalid"))
        return QStringLiteral("Param vertical must be one of {%1}")
            .arg(businessVerticals().join(QStringLiteral(", ")));
    if (code == QLatin1String("profile_too_many_websites"))
        return QStringLiteral("Param websites must have at most %1 elements")
            .arg(maxProfileWebsites);
    if (code == QLatin1String("profile_website_scheme"))
        return QStringLiteral("Param websites[] must be a valid URL with http:// or https://");
    if (code == QLatin1String("profile_email_invalid"))
        return QStringLiteral("Param email must be a valid email address");
    const QString field = code.section(QLatin1Char('_'), 1, 1); // profile_<field>_too_long
    return QStringLiteral("Param %1 must be at most %2 characters long")
        .arg(field == QLatin1String("website") ? QStringLiteral("websites[]") : field)
        .arg(error.args.value(QStringLiteral("max")).toInt());
}

HttpResponse get(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    const QString id = request.captures.value(0);
    if (id != ctx.options.phoneNumberId)
        return unknownObject(ctx, request, id);
    if (auto failure = injectedFailure(ctx, QStringLiteral("whatsapp_business_profile")))
        return *failure;
    return HttpResponse::json(whatsapp::businessProfileResponseJson(ctx.profiles.value(id)));
}

HttpResponse update(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    const QString id = request.captures.value(0);
    if (id != ctx.options.phoneNumberId)
        return unknownObject(ctx, request, id);
    if (auto failure = injectedFailure(ctx, QStringLiteral("whatsapp_business_profile")))
        return *failure;
    QJsonObject json;
    QString problem;
    if (!whatsapp::parseJsonObject(request.body, &json, &problem))
        return graphErrorResponse(ctx, 100, problem);
    whatsapp::BusinessProfile profile = ctx.profiles.value(id);
    whatsapp::GraphError error;
    if (!whatsapp::parseBusinessProfileUpdate(json, &profile, &error))
        return graphErrorResponse(ctx, error);
    const RuleErrors broken = checkBusinessProfile(profile);
    if (!broken.isEmpty())
        return graphErrorResponse(ctx, 100, paramProblem(broken.first()));
    ctx.profiles.insert(id, profile); // all or nothing, as Meta applies an update
    return HttpResponse::json(whatsapp::successResponseJson());
}

} // namespace

void addProfileRoutes(http::HttpServer &server, SimContext &ctx)
{
    const QString path = graphVersion + QStringLiteral("/([^/]+)/whatsapp_business_profile");
    server.route("GET", path, [&ctx](const HttpRequest &request) { return get(ctx, request); });
    server.route("POST", path, [&ctx](const HttpRequest &request) { return update(ctx, request); });
}

} // namespace parley::sim
