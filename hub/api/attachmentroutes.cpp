#include "hub/api/attachmentroutes.h"

#include "core/whatsapp/mediasafety.h"

#include <QJsonArray>

namespace parley::hub {

void addAttachmentRoutes(HttpServer &server, ApiSupport &api, AttachmentService &attachments)
{
    AttachmentService *service = &attachments;
    server.route(
        "POST", QStringLiteral("/api/v1/conversations/(\\d+)/attachments"),
        api.authed([service](const HttpRequest &request, const Agent &agent) {
            QJsonObject body;
            HttpResponse error;
            if (!ApiSupport::parseBody(request, &body, &error))
                return error;
            QList<AttachmentService::File> files;
            for (const QJsonValue &value : body.value(QStringLiteral("files")).toArray()) {
                const QJsonObject file = value.toObject();
                const QByteArray content =
                    file.value(QStringLiteral("content")).toString().toLatin1();
                const auto decoded = QByteArray::fromBase64Encoding(
                    content, QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded || file.value(QStringLiteral("filename")).toString().isEmpty())
                    return HttpResponse::error(400, QStringLiteral("bad_request"),
                                               QStringLiteral("files[%1]: a filename and base64 "
                                                              "content are required")
                                                   .arg(files.size()));
                files.append({file.value(QStringLiteral("filename")).toString(), *decoded,
                              file.value(QStringLiteral("caption")).toString()});
            }
            return ApiSupport::respond(
                service->send(agent, ApiSupport::idAt(request, 0), files,
                              QString::fromUtf8(request.header("Idempotency-Key"))));
        }),
        maxAttachmentBodyBytes);
    server.route(
        "GET", QStringLiteral("/api/v1/messages/(\\d+)/media"),
        api.authed([service](const HttpRequest &request, const Agent &agent) {
            AttachmentService::Download file;
            const CommandResult result =
                service->download(agent, ApiSupport::idAt(request, 0), &file);
            if (!result.ok())
                return ApiSupport::respond(result);
            // Name and type were chosen by a customer or an agent: the type is served
            // only when WhatsApp carries it (else application/octet-stream), the name
            // only RFC 6266-encoded, and the browser told not to guess.
            HttpResponse response =
                HttpResponse::text(file.bytes, 200, whatsapp::servedMimeType(file.mimeType));
            response.headers.append(
                {"Content-Disposition", whatsapp::attachmentContentDisposition(file.fileName)});
            response.headers.append({"X-Content-Type-Options", QByteArray("nosniff")});
            return response;
        }));
}

} // namespace parley::hub
