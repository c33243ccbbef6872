// The media endpoints (whatsapp-cloud-api.md §7), and the phone number object that shares the
// GET /<ID> path with media.
#include "sim/graphroutes.h"

#include "core/whatsapp/graphmedia.h"
#include "core/whatsapp/graphmessages.h"
#include "sim/graphsupport.h"
#include "sim/multipart.h"

namespace parley::sim {
namespace {

const FormPart *partNamed(const QList<FormPart> &parts, const QString &name)
{
    for (const FormPart &part : parts) {
        if (part.name == name)
            return &part;
    }
    return nullptr;
}

HttpResponse upload(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    if (request.captures.value(0) != ctx.options.phoneNumberId)
        return unknownObject(ctx, request, request.captures.value(0));
    QList<FormPart> parts;
    QString problem;
    if (!parseFormData(request.header("Content-Type"), request.body, &parts, &problem))
        return graphErrorResponse(ctx, 100, problem);
    const FormPart *product = partNamed(parts, QStringLiteral("messaging_product"));
    if (!product || product->body.trimmed() != "whatsapp")
        return graphErrorResponse(ctx, 100,
                                  QStringLiteral("messaging_product must be \"whatsapp\""));
    const FormPart *file = partNamed(parts, QStringLiteral("file"));
    if (!file)
        return graphErrorResponse(ctx, 131008, QStringLiteral("The parameter file is required."));
    // The "type" field names the MIME type; curl's file=@x;type= puts it on the part instead.
    const FormPart *type = partNamed(parts, QStringLiteral("type"));
    const QString mimeType = QString::fromLatin1(type ? type->body.trimmed() : file->contentType);
    const QString uploadProblem = mediaUploadProblem(mimeType, file->body.size());
    if (!uploadProblem.isEmpty())
        return graphErrorResponse(ctx, 131053, uploadProblem);
    const QString id = ctx.media.add(file->body, mimeType, file->filename, false, ctx.now());
    return HttpResponse::json(whatsapp::mediaUploadResponseJson(id));
}

// The business number itself (§11), for a settings screen that shows what Meta knows of it.
HttpResponse phoneNumber(SimContext &ctx)
{
    const SimOptions &options = ctx.options;
    return HttpResponse::json(
        {{QStringLiteral("verified_name"), options.verifiedName},
         {QStringLiteral("code_verification_status"),
          ctx.registration.stateJson().value(QLatin1String("verified")).toBool()
              ? QStringLiteral("VERIFIED")
              : QStringLiteral("NOT_VERIFIED")},
         {QStringLiteral("display_phone_number"), options.displayNumber},
         {QStringLiteral("quality_rating"), QStringLiteral("GREEN")},
         {QStringLiteral("platform_type"), ctx.registration.registered()
                                               ? QStringLiteral("CLOUD_API")
                                               : QStringLiteral("NOT_APPLICABLE")},
         {QStringLiteral("throughput"),
          QJsonObject{{QStringLiteral("level"), QStringLiteral("STANDARD")}}},
         {QStringLiteral("status"), QStringLiteral("CONNECTED")},
         {QStringLiteral("id"), options.phoneNumberId}});
}

HttpResponse object(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    const QString id = request.captures.value(0);
    if (id == ctx.options.phoneNumberId)
        return phoneNumber(ctx);
    const StoredMedia *media = ctx.media.find(id);
    if (!media)
        return unknownObject(ctx, request, id);
    whatsapp::MediaUrlInfo info;
    info.id = media->id;
    info.url = ctx.media.downloadUrl(requestBaseUrl(ctx, request), media->id, ctx.now());
    info.mimeType = media->mimeType;
    info.sha256 = media->sha256Hex;
    info.fileSize = media->bytes.size();
    return HttpResponse::json(whatsapp::mediaUrlResponseJson(info));
}

HttpResponse remove(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    if (!ctx.media.remove(request.captures.value(0)))
        return unknownObject(ctx, request, request.captures.value(0));
    return HttpResponse::json(whatsapp::successResponseJson());
}

HttpResponse download(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    const StoredMedia *media =
        ctx.media.resolveDownload(request.query.queryItemValue(QStringLiteral("mid")),
                                  request.query.queryItemValue(QStringLiteral("ext")),
                                  request.query.queryItemValue(QStringLiteral("hash")), ctx.now());
    // Meta answers an expired or unknown URL with 404; the caller fetches a new one.
    if (!media)
        return HttpResponse::text("Not Found", 404);
    return HttpResponse::text(media->bytes, 200, media->mimeType.toUtf8());
}

} // namespace

void addMediaRoutes(http::HttpServer &server, SimContext &ctx)
{
    server.route("GET", QStringLiteral("/whatsapp_business/attachments/?"),
                 [&ctx](const HttpRequest &request) { return download(ctx, request); });
    server.route("POST", graphVersion + QStringLiteral("/([^/]+)/media"),
                 [&ctx](const HttpRequest &request) { return upload(ctx, request); });
    server.route("GET", graphVersion + QStringLiteral("/(\\d+)"),
                 [&ctx](const HttpRequest &request) { return object(ctx, request); });
    server.route("DELETE", graphVersion + QStringLiteral("/(\\d+)"),
                 [&ctx](const HttpRequest &request) { return remove(ctx, request); });
}

} // namespace parley::sim
