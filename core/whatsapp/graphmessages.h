#pragma once

#include "core/whatsapp/grapherrors.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace parley::whatsapp {

// POST /<PHONE_NUMBER_ID>/messages (§5): the hub builds these, the simulator parses them.

struct TemplateParameter {
    QString text;
    QString parameterName; // named templates only ("first_name"); empty for {{1}}-style
};

// A template send's header value: {"type": "text", "text": …} or {"type": "image", "image":
// {"link": …}} (video, document alike). An empty type: the template's header takes none.
struct TemplateHeaderParameter {
    QString type;
    QString text;
    QString link;
};

// The suffix of the URL button at `index` (0-based among all buttons): a component
// {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", …}]}.
struct TemplateUrlParameter {
    int index = 0;
    QString text;
};

struct SendMessageRequest {
    QString to;
    QString recipientType = QStringLiteral("individual");
    // "text", "image", "video", "audio", "document", "sticker" or "template" (read), or
    // "location", "contacts", "interactive" or "reaction" (accepted, their objects not read)
    QString type;

    QString text; // text.body
    bool previewUrl = false;

    QString mediaId;   // media types: exactly one of mediaId and mediaLink
    QString mediaLink; // Meta caches a link for 10 minutes
    QString caption;   // image, video, document; never audio or sticker (Graph refuses it)
    QString filename;  // document

    QString templateName;
    QString templateLanguage; // language.code, e.g. "en_US"
    QList<TemplateParameter> bodyParameters;
    TemplateHeaderParameter headerParameter;
    QList<TemplateUrlParameter> urlParameters;

    QString reactionMessageId; // reaction: the wamid reacted to (reaction.message_id)
    QString reactionEmoji;     // reaction.emoji; empty takes the reaction back

    QString replyToWamid;          // context.message_id
    QString bizOpaqueCallbackData; // echoed in status webhooks
};

// Meta documents a caption on image, video and document objects only; audio and sticker take
// none ("(#100) Unexpected key \"caption\" on param \"audio\"").
bool mediaCaptionAllowed(const QString &type);

// True when `text` holds a link WhatsApp can preview. Meta's "Text messages" page: with
// preview_url true the client renders a preview of the first URL, and "URLs must begin with
// http:// or https://". The hub's default for text.preview_url.
bool textWantsLinkPreview(const QString &text);

// `to` is written as given: the hub passes recipientE164() (graphrequestshape.h).
QJsonObject sendMessageRequestJson(const SendMessageRequest &request);
// Meta's reaction object (§5): {"message_id", "emoji"}; an empty emoji removes the reaction.
QJsonObject reactionJson(const SendMessageRequest &request);
// As Graph checks a send (the simulator answers with `error`): messaging_product must be
// "whatsapp" (100); to, type, text.body, a media id/link, template name and language.code are
// required (131008); an unknown type or both id and link is 131009; text over 4096, caption over
// 1024 or biz_opaque_callback_data over 512 characters is 100, like Graph's "Param text['body']
// must be at most 4096 characters long".
bool parseSendMessageRequest(const QJsonObject &json, SendMessageRequest *request,
                             GraphError *error);

// Mark as read, optionally with a typing indicator; sent to the same endpoint as messages.
struct MarkReadRequest {
    QString messageId;
    bool typingIndicator = false;
};

QJsonObject markReadRequestJson(const MarkReadRequest &request);
// The messages endpoint takes both kinds of body; a "status" field marks this one.
bool isMarkReadRequest(const QJsonObject &json);
bool parseMarkReadRequest(const QJsonObject &json, MarkReadRequest *request, GraphError *error);

// A 200 reply to a send: accepted, not yet delivered.
struct SendMessageResponse {
    QString input;         // contacts[0].input, the "to" as sent
    QString waId;          // contacts[0].wa_id
    QString wamid;         // messages[0].id
    QString messageStatus; // paced templates only: "accepted" or "held_for_quality_assessment"
};

QJsonObject sendMessageResponseJson(const SendMessageResponse &response);
// Fails when messages[0].id is missing or longer than 128 characters (Parley stores it).
bool parseSendMessageResponse(const QJsonObject &json, SendMessageResponse *response,
                              QString *error);

// {"success": true}: mark-as-read, template edit, media delete.
QJsonObject successResponseJson();
bool parseSuccessResponse(const QJsonObject &json, QString *error);

} // namespace parley::whatsapp
