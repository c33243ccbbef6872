#include "core/whatsapp/graphmessages.h"

#include "core/domain/messagedetails.h"
#include "core/whatsapp/limits.h"
#include "core/whatsapp/requestcheck.h"
#include "core/whatsapp/wirereader.h"

#include <QJsonArray>

namespace parley::whatsapp {
namespace {

using detail::RequestCheck;

const QString whatsappProduct = QStringLiteral("whatsapp");

bool isMediaType(const QString &type)
{
    static const QStringList mediaTypes = {QStringLiteral("image"), QStringLiteral("video"),
                                           QStringLiteral("audio"), QStringLiteral("document"),
                                           QStringLiteral("sticker")};
    return mediaTypes.contains(type);
}

// Types Graph takes whose objects Parley does not read (their keys are checked by
// checkMessagesRequestShape).
bool isOtherDocumentedType(const QString &type)
{
    static const QStringList otherTypes = {QStringLiteral("location"), QStringLiteral("contacts"),
                                           QStringLiteral("interactive"),
                                           QStringLiteral("reaction")};
    return otherTypes.contains(type);
}

QJsonObject mediaJson(const SendMessageRequest &request)
{
    QJsonObject media;
    if (!request.mediaId.isEmpty())
        media.insert(QStringLiteral("id"), request.mediaId);
    else
        media.insert(QStringLiteral("link"), request.mediaLink);
    // Only the objects that document them get a caption or a file name (mediaCaptionAllowed).
    if (!request.caption.isEmpty() && mediaCaptionAllowed(request.type))
        media.insert(QStringLiteral("caption"), request.caption);
    if (!request.filename.isEmpty() && request.type == QLatin1String("document"))
        media.insert(QStringLiteral("filename"), request.filename);
    return media;
}

QJsonObject templateJson(const SendMessageRequest &request)
{
    QJsonObject json{{QStringLiteral("name"), request.templateName},
                     {QStringLiteral("language"),
                      QJsonObject{{QStringLiteral("code"), request.templateLanguage}}}};
    QJsonArray components;
    const TemplateHeaderParameter &header = request.headerParameter;
    if (!header.type.isEmpty()) {
        QJsonObject parameter{{QStringLiteral("type"), header.type}};
        if (header.type == QLatin1String("text"))
            parameter.insert(QStringLiteral("text"), header.text);
        else
            parameter.insert(header.type, QJsonObject{{QStringLiteral("link"), header.link}});
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                                      {QStringLiteral("parameters"), QJsonArray{parameter}}});
    }
    if (!request.bodyParameters.isEmpty()) {
        QJsonArray parameters;
        for (const TemplateParameter &parameter : request.bodyParameters) {
            QJsonObject item{{QStringLiteral("type"), QStringLiteral("text")},
                             {QStringLiteral("text"), parameter.text}};
            if (!parameter.parameterName.isEmpty())
                item.insert(QStringLiteral("parameter_name"), parameter.parameterName);
            parameters.append(item);
        }
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                      {QStringLiteral("parameters"), parameters}});
    }
    for (const TemplateUrlParameter &url : request.urlParameters) {
        const QJsonObject parameter{{QStringLiteral("type"), QStringLiteral("text")},
                                    {QStringLiteral("text"), url.text}};
        components.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("button")},
                                      {QStringLiteral("sub_type"), QStringLiteral("url")},
                                      {QStringLiteral("index"), QString::number(url.index)},
                                      {QStringLiteral("parameters"), QJsonArray{parameter}}});
    }
    if (!components.isEmpty())
        json.insert(QStringLiteral("components"), components);
    return json;
}

void readText(WireReader &json, SendMessageRequest *request, RequestCheck &check)
{
    WireReader text = json.child(QStringLiteral("text"));
    request->text = text.string(QStringLiteral("body"));
    request->previewUrl = text.boolean(QStringLiteral("preview_url"));
    if (request->text.isEmpty())
        check.missing(QStringLiteral("text['body']"));
    check.atMost(QStringLiteral("text['body']"), request->text, maxTextBodyLength);
}

void readMedia(WireReader &json, SendMessageRequest *request, RequestCheck &check)
{
    const QString &type = request->type;
    WireReader media = json.child(type);
    request->mediaId = media.string(QStringLiteral("id"));
    request->mediaLink = media.string(QStringLiteral("link"));
    request->caption = media.string(QStringLiteral("caption"));
    request->filename = media.string(QStringLiteral("filename"));
    if (request->mediaId.isEmpty() && request->mediaLink.isEmpty())
        check.missing(QStringLiteral("%1['id']").arg(type));
    if (!request->mediaId.isEmpty() && !request->mediaLink.isEmpty())
        check.invalid(type, QStringLiteral("use either id or link, not both"));
    check.atMost(QStringLiteral("%1['caption']").arg(type), request->caption, maxCaptionLength);
}

void readTemplate(WireReader &json, SendMessageRequest *request, RequestCheck &check)
{
    WireReader body = json.child(QStringLiteral("template"));
    request->templateName = body.string(QStringLiteral("name"));
    request->templateLanguage =
        body.child(QStringLiteral("language")).string(QStringLiteral("code"));
    for (WireReader &component : body.children(QStringLiteral("components"))) {
        const QString type = component.string(QStringLiteral("type")).toLower();
        QList<WireReader> parameters = component.children(QStringLiteral("parameters"));
        if (type == QLatin1String("body")) {
            for (WireReader &parameter : parameters)
                request->bodyParameters.append(
                    {parameter.string(QStringLiteral("text")),
                     parameter.string(QStringLiteral("parameter_name"))});
        } else if (type == QLatin1String("header")) {
            if (parameters.size() != 1) {
                check.invalid(QStringLiteral("template['components']['header']"),
                              QStringLiteral("a header takes one parameter"));
                continue;
            }
            TemplateHeaderParameter &header = request->headerParameter;
            header.type = parameters.first().string(QStringLiteral("type")).toLower();
            header.text = parameters.first().string(QStringLiteral("text"));
            if (header.type != QLatin1String("text"))
                header.link = parameters.first().child(header.type).string(QStringLiteral("link"));
        } else if (type == QLatin1String("button")) {
            bool numeric = false;
            const int index = component.string(QStringLiteral("index")).toInt(&numeric);
            if (component.string(QStringLiteral("sub_type")).toLower() != QLatin1String("url") ||
                !numeric || parameters.size() != 1) {
                check.invalid(QStringLiteral("template['components']['button']"),
                              QStringLiteral("a URL button takes sub_type url, an index and one "
                                             "text parameter"));
                continue;
            }
            request->urlParameters.append(
                {index, parameters.first().string(QStringLiteral("text"))});
        }
    }
    if (request->templateName.isEmpty())
        check.missing(QStringLiteral("template['name']"));
    if (request->templateLanguage.isEmpty())
        check.missing(QStringLiteral("template['language']['code']"));
}

// As Graph checks a reaction: reaction.message_id is required (131008); the emoji is one emoji
// or empty, which takes the reaction back (131009 otherwise).
void readReaction(WireReader &json, SendMessageRequest *request, RequestCheck &check)
{
    WireReader reaction = json.child(QStringLiteral("reaction"));
    request->reactionMessageId = reaction.string(QStringLiteral("message_id"));
    request->reactionEmoji = reaction.string(QStringLiteral("emoji"));
    if (request->reactionMessageId.isEmpty())
        check.missing(QStringLiteral("reaction['message_id']"));
    else if (!request->reactionEmoji.isEmpty() && !isReactionEmoji(request->reactionEmoji))
        check.invalid(QStringLiteral("reaction['emoji']"), QStringLiteral("must be one emoji"));
}

} // namespace

bool mediaCaptionAllowed(const QString &type)
{
    return type == QLatin1String("image") || type == QLatin1String("video") ||
           type == QLatin1String("document");
}

bool textWantsLinkPreview(const QString &text)
{
    return text.contains(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("https://"), Qt::CaseInsensitive);
}

QJsonObject sendMessageRequestJson(const SendMessageRequest &request)
{
    QJsonObject json{{QStringLiteral("messaging_product"), whatsappProduct},
                     {QStringLiteral("recipient_type"), request.recipientType},
                     {QStringLiteral("to"), request.to},
                     {QStringLiteral("type"), request.type}};
    if (request.type == QLatin1String("text"))
        json.insert(QStringLiteral("text"),
                    QJsonObject{{QStringLiteral("preview_url"), request.previewUrl},
                                {QStringLiteral("body"), request.text}});
    else if (request.type == QLatin1String("template"))
        json.insert(QStringLiteral("template"), templateJson(request));
    else if (isMediaType(request.type))
        json.insert(request.type, mediaJson(request));
    else if (request.type == QLatin1String("reaction"))
        json.insert(QStringLiteral("reaction"), reactionJson(request));
    if (!request.replyToWamid.isEmpty())
        json.insert(QStringLiteral("context"),
                    QJsonObject{{QStringLiteral("message_id"), request.replyToWamid}});
    if (!request.bizOpaqueCallbackData.isEmpty())
        json.insert(QStringLiteral("biz_opaque_callback_data"), request.bizOpaqueCallbackData);
    return json;
}

bool parseSendMessageRequest(const QJsonObject &json, SendMessageRequest *request,
                             GraphError *error)
{
    RequestCheck check(error);
    QString readerError;
    WireReader reader(json, QString(), &readerError);
    if (reader.string(QStringLiteral("messaging_product")) != whatsappProduct)
        check.invalidParameter(QStringLiteral("messaging_product must be \"whatsapp\""));
    request->to = reader.string(QStringLiteral("to"));
    request->recipientType = reader.string(QStringLiteral("recipient_type"));
    if (request->recipientType.isEmpty())
        request->recipientType = QStringLiteral("individual");
    request->type = reader.string(QStringLiteral("type"));
    request->replyToWamid =
        reader.child(QStringLiteral("context")).string(QStringLiteral("message_id"));
    request->bizOpaqueCallbackData = reader.string(QStringLiteral("biz_opaque_callback_data"));
    if (request->to.isEmpty())
        check.missing(QStringLiteral("to"));
    if (request->type.isEmpty())
        check.missing(QStringLiteral("type"));
    else if (request->type == QLatin1String("text"))
        readText(reader, request, check);
    else if (request->type == QLatin1String("template"))
        readTemplate(reader, request, check);
    else if (isMediaType(request->type))
        readMedia(reader, request, check);
    else if (request->type == QLatin1String("reaction"))
        readReaction(reader, request, check);
    else if (!isOtherDocumentedType(request->type))
        check.invalid(QStringLiteral("type"),
                      QStringLiteral("unsupported message type \"%1\"").arg(request->type));
    check.atMost(QStringLiteral("biz_opaque_callback_data"), request->bizOpaqueCallbackData,
                 maxBizOpaqueCallbackDataLength);
    // A wrong JSON type anywhere explains the other problems, so it is reported first.
    if (!readerError.isEmpty()) {
        *error = graphError(100, readerError);
        return false;
    }
    return !check.failed();
}

QJsonObject reactionJson(const SendMessageRequest &request)
{
    return {{QStringLiteral("message_id"), request.reactionMessageId},
            {QStringLiteral("emoji"), request.reactionEmoji}};
}

QJsonObject markReadRequestJson(const MarkReadRequest &request)
{
    QJsonObject json{{QStringLiteral("messaging_product"), whatsappProduct},
                     {QStringLiteral("status"), QStringLiteral("read")},
                     {QStringLiteral("message_id"), request.messageId}};
    if (request.typingIndicator)
        json.insert(QStringLiteral("typing_indicator"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
    return json;
}

bool isMarkReadRequest(const QJsonObject &json)
{
    return json.contains(QLatin1String("status"));
}

bool parseMarkReadRequest(const QJsonObject &json, MarkReadRequest *request, GraphError *error)
{
    RequestCheck check(error);
    QString readerError;
    WireReader reader(json, QString(), &readerError);
    if (reader.string(QStringLiteral("messaging_product")) != whatsappProduct)
        check.invalidParameter(QStringLiteral("messaging_product must be \"whatsapp\""));
    if (reader.string(QStringLiteral("status")) != QLatin1String("read"))
        check.invalid(QStringLiteral("status"), QStringLiteral("must be \"read\""));
    request->messageId = reader.string(QStringLiteral("message_id"));
    request->typingIndicator = reader.has(QStringLiteral("typing_indicator"));
    if (request->messageId.isEmpty())
        check.missing(QStringLiteral("message_id"));
    if (!readerError.isEmpty()) {
        *error = graphError(100, readerError);
        return false;
    }
    return !check.failed();
}

QJsonObject sendMessageResponseJson(const SendMessageResponse &response)
{
    QJsonObject message{{QStringLiteral("id"), response.wamid}};
    if (!response.messageStatus.isEmpty())
        message.insert(QStringLiteral("message_status"), response.messageStatus);
    return {{QStringLiteral("messaging_product"), whatsappProduct},
            {QStringLiteral("contacts"),
             QJsonArray{QJsonObject{{QStringLiteral("input"), response.input},
                                    {QStringLiteral("wa_id"), response.waId}}}},
            {QStringLiteral("messages"), QJsonArray{message}}};
}

bool parseSendMessageResponse(const QJsonObject &json, SendMessageResponse *response,
                              QString *error)
{
    QString firstError;
    WireReader reader(json, QString(), &firstError);
    const QList<WireReader> contacts = reader.children(QStringLiteral("contacts"));
    if (!contacts.isEmpty()) {
        WireReader contact = contacts.first();
        response->input = contact.string(QStringLiteral("input"));
        response->waId = contact.string(QStringLiteral("wa_id"));
    }
    QList<WireReader> messages = reader.children(QStringLiteral("messages"), true);
    if (reader.ok() && messages.isEmpty())
        reader.fail(QStringLiteral("messages"), QStringLiteral("empty"));
    if (!messages.isEmpty()) {
        response->wamid = messages.first().string(QStringLiteral("id"), true);
        response->messageStatus = messages.first().string(QStringLiteral("message_status"));
        if (response->wamid.size() > maxWamidLength)
            messages.first().fail(QStringLiteral("id"),
                                  QStringLiteral("longer than %1 characters").arg(maxWamidLength));
    }
    if (!firstError.isEmpty())
        *error = firstError;
    return firstError.isEmpty();
}

QJsonObject successResponseJson()
{
    return {{QStringLiteral("success"), true}};
}

bool parseSuccessResponse(const QJsonObject &json, QString *error)
{
    QString firstError;
    WireReader reader(json, QString(), &firstError);
    const bool success = reader.boolean(QStringLiteral("success"));
    if (reader.ok() && !success)
        reader.fail(QStringLiteral("success"), QStringLiteral("not true"));
    if (!firstError.isEmpty())
        *error = firstError;
    return firstError.isEmpty();
}

} // namespace parley::whatsapp
