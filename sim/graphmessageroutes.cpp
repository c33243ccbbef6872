// POST /<PHONE_NUMBER_ID>/messages: what Graph checks before it takes a send, and what it reports
// afterwards through status webhooks.
#include "sim/graphroutes.h"

#include "core/rules/templatecomponentrules.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/graphrequestshape.h"
#include "core/whatsapp/wirereader.h"
#include "sim/deliverysimulator.h"
#include "sim/graphsupport.h"
#include "sim/simids.h"

namespace parley::sim {
namespace {

HttpResponse markRead(SimContext &ctx, const QJsonObject &json)
{
    whatsapp::MarkReadRequest request;
    whatsapp::GraphError error;
    if (!whatsapp::parseMarkReadRequest(json, &request, &error))
        return graphErrorResponse(ctx, error);
    // Meta: "If you mark a message as read with an invalid message ID, the API returns error
    // code 131009 (Parameter value is not valid)." Only received messages can be marked: a
    // wamid of the business's own sends is refused too.
    if (!ctx.customers.isInboundWamid(request.messageId))
        return graphErrorResponse(
            ctx, 131009,
            QStringLiteral("Parameter message_id: %1 is not a message this business number "
                           "received.")
                .arg(request.messageId));
    ctx.reads.add({request.messageId, ctx.customers.writerOf(request.messageId),
                   request.typingIndicator, ctx.now()});
    return HttpResponse::json(whatsapp::successResponseJson());
}

// 132001 when the template does not exist in that language or is not approved, 132000 when the
// body parameters do not match its placeholders. Empty when the template may be sent.
std::optional<HttpResponse> refuseTemplate(SimContext &ctx,
                                           const whatsapp::SendMessageRequest &request)
{
    const SimTemplate *found = ctx.templates.find(request.templateName, request.templateLanguage);
    if (!found || found->status != QLatin1String("APPROVED"))
        return graphErrorResponse(ctx, 132001,
                                  QStringLiteral("template name (%1) does not exist in %2")
                                      .arg(request.templateName, request.templateLanguage));
    const int expected = int(found->bodyParameters.size());
    const int given = int(request.bodyParameters.size());
    if (given != expected)
        return graphErrorResponse(
            ctx, 132000,
            QStringLiteral("body: number of localizable_params (%1) does not match the expected "
                           "number of params (%2)")
                .arg(given)
                .arg(expected));
    // The header takes one parameter when it has {{1}} or is media (its file: a link), of the
    // header's own type; each URL button ending in {{1}} takes its suffix, by index.
    const MessageTemplate parts = found->parts();
    const QString headerType = headerHasVariable(parts.header) ? QStringLiteral("text")
                               : isMediaHeader(parts.header.format)
                                   ? templateHeaderFormatName(parts.header.format).toLower()
                                   : QString();
    const whatsapp::TemplateHeaderParameter &header = request.headerParameter;
    const bool headerGiven =
        header.type == QLatin1String("text") ? !header.text.isEmpty() : !header.link.isEmpty();
    if (header.type != headerType || (!headerType.isEmpty() && !headerGiven))
        return graphErrorResponse(
            ctx, 132000,
            QStringLiteral("header: number of localizable_params (%1) does not match the "
                           "expected number of params (%2)")
                .arg(header.type.isEmpty() ? 0 : 1)
                .arg(headerType.isEmpty() ? 0 : 1));
    QList<int> urlIndexes;
    for (int i = 0; i < parts.buttons.size(); ++i) {
        if (urlButtonHasVariable(parts.buttons.at(i)))
            urlIndexes.append(i);
    }
    QList<int> givenIndexes;
    for (const whatsapp::TemplateUrlParameter &url : request.urlParameters) {
        if (!url.text.isEmpty())
            givenIndexes.append(url.index);
    }
    if (givenIndexes != urlIndexes)
        return graphErrorResponse(
            ctx, 132000,
            QStringLiteral("buttons: number of localizable_params (%1) does not match the "
                           "expected number of params (%2)")
                .arg(givenIndexes.size())
                .arg(urlIndexes.size()));
    return std::nullopt;
}

// Accepted: the wamid now, the outcome later through status webhooks.
HttpResponse accept(SimContext &ctx, const whatsapp::SendMessageRequest &request)
{
    const bool isTemplate = request.type == QLatin1String("template");
    SentMessage message;
    message.waId = recipientWaId(request.to, ctx.options.displayNumber);
    message.wamid = newWamid(message.waId);
    message.request = request;
    message.acceptedAt = ctx.now();
    message.pricingCategory =
        isTemplate ? ctx.templates.find(request.templateName, request.templateLanguage)
                         ->category()
                         .toLower()
                   : QStringLiteral("service");
    ctx.sent.add(message);
    ctx.customers.businessWrote(message.waId);

    if (!isPlausibleWaId(message.waId)) {
        ctx.delivery->fail(message, 131026,
                           QStringLiteral("Message failed to send because the recipient's phone "
                                          "number is not a WhatsApp user."));
    } else if (!isTemplate && !ctx.customers.windowOpen(message.waId, message.acceptedAt)) {
        ctx.delivery->fail(message, 131047,
                           QStringLiteral("Message failed to send because more than 24 hours have "
                                          "passed since the customer last replied to this "
                                          "number."));
    } else if (!request.mediaId.isEmpty() && !ctx.media.find(request.mediaId)) {
        ctx.delivery->fail(message, 131053,
                           QStringLiteral("Unable to send the media: there is no uploaded media "
                                          "with id %1.")
                               .arg(request.mediaId));
    } else {
        // A free-form reply is free inside the window the customer opened; templates are billed.
        ctx.delivery->deliver(message, isTemplate);
    }

    whatsapp::SendMessageResponse response;
    response.input = request.to;
    response.waId = message.waId;
    response.wamid = message.wamid;
    if (isTemplate)
        response.messageStatus = QStringLiteral("accepted");
    return HttpResponse::json(whatsapp::sendMessageResponseJson(response));
}

HttpResponse messages(SimContext &ctx, const HttpRequest &request)
{
    if (auto refusal = refuseWithoutToken(ctx, request))
        return *refusal;
    if (request.captures.value(0) != ctx.options.phoneNumberId)
        return unknownObject(ctx, request, request.captures.value(0));
    if (auto failure = injectedFailure(ctx, QStringLiteral("messages")))
        return *failure;
    if (!ctx.registration.registered()) // R1.10: a number sends only once it is registered
        return graphErrorResponse(ctx, 133010,
                                  QStringLiteral("The phone number is not registered on the "
                                                 "Cloud API."));
    QJsonObject json;
    QString problem;
    if (!whatsapp::parseJsonObject(request.body, &json, &problem))
        return graphErrorResponse(ctx, 100, problem);
    // Every key against the documented object of its type, as Graph does: an audio with a
    // caption is "(#100) Unexpected key "caption" on param "audio"." (graphrequestshape.h).
    whatsapp::GraphError shapeError;
    if (!whatsapp::checkMessagesRequestShape(json, &shapeError))
        return graphErrorResponse(ctx, shapeError);
    if (whatsapp::isMarkReadRequest(json))
        return markRead(ctx, json);
    whatsapp::SendMessageRequest send;
    whatsapp::GraphError error;
    if (!whatsapp::parseSendMessageRequest(json, &send, &error))
        return graphErrorResponse(ctx, error);
    if (send.type == QLatin1String("template")) {
        if (auto refusal = refuseTemplate(ctx, send))
            return *refusal;
    }
    return accept(ctx, send);
}

} // namespace

void addMessageRoutes(http::HttpServer &server, SimContext &ctx)
{
    server.route("POST", graphVersion + QStringLiteral("/([^/]+)/messages"),
                 [&ctx](const HttpRequest &request) { return messages(ctx, request); });
}

} // namespace parley::sim
