#include "core/protocol/commands.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/isotime.h"
#include "core/protocol/jsonreader.h"

namespace parley {
namespace {

// Text a customer will read may not be empty or only white space.
void requireText(JsonReader &reader, const QString &key, QString *text)
{
    *text = reader.string(key, true);
    if (reader.ok() && text->trimmed().isEmpty())
        reader.fail(key, QStringLiteral("empty"));
}

} // namespace

QJsonObject toJson(const LoginRequest &request)
{
    return {{QStringLiteral("login"), request.login},
            {QStringLiteral("password"), request.password}};
}

bool fromJson(const QJsonObject &json, LoginRequest *request, QString *error)
{
    JsonReader r(json);
    request->login = r.string(QStringLiteral("login"), true);
    request->password = r.string(QStringLiteral("password"), true);
    return finish(r, error);
}

QJsonObject toJson(const LoginReply &reply)
{
    return {{QStringLiteral("token"), reply.token},
            {QStringLiteral("expires_at"), toIsoUtc(reply.expiresAt)},
            {QStringLiteral("agent"), toJson(reply.agent)}};
}

bool fromJson(const QJsonObject &json, LoginReply *reply, QString *error)
{
    JsonReader r(json);
    reply->token = r.string(QStringLiteral("token"), true);
    reply->expiresAt = r.time(QStringLiteral("expires_at"));
    QString agentError;
    if (r.ok() && !fromJson(r.object(QStringLiteral("agent")), &reply->agent, &agentError))
        r.fail(QStringLiteral("agent"), agentError);
    return finish(r, error);
}

QJsonObject toJson(const SendTextRequest &request)
{
    QJsonObject json{{QStringLiteral("text"), request.text}};
    if (request.replyTo != 0)
        json.insert(QStringLiteral("reply_to"), request.replyTo);
    if (request.previewUrl)
        json.insert(QStringLiteral("preview_url"), *request.previewUrl);
    return json;
}

bool fromJson(const QJsonObject &json, SendTextRequest *request, QString *error)
{
    JsonReader r(json);
    requireText(r, QStringLiteral("text"), &request->text);
    request->replyTo = r.id(QStringLiteral("reply_to"));
    if (r.has(QStringLiteral("preview_url")))
        request->previewUrl = r.boolean(QStringLiteral("preview_url"));
    return finish(r, error);
}

QJsonObject toJson(const SendReactionRequest &request)
{
    return {{QStringLiteral("message_id"), request.messageId},
            {QStringLiteral("emoji"), request.emoji}};
}

bool fromJson(const QJsonObject &json, SendReactionRequest *request, QString *error)
{
    JsonReader r(json);
    request->messageId = r.id(QStringLiteral("message_id"), true);
    // Present but empty removes the agent's reaction, as in Meta's reaction object.
    if (r.ok() && !r.has(QStringLiteral("emoji")))
        r.fail(QStringLiteral("emoji"), QStringLiteral("missing"));
    request->emoji = r.string(QStringLiteral("emoji"));
    return finish(r, error);
}

QJsonObject toJson(const SendTemplateRequest &request)
{
    return {{QStringLiteral("template_id"), request.templateId}};
}

bool fromJson(const QJsonObject &json, SendTemplateRequest *request, QString *error)
{
    JsonReader r(json);
    request->templateId = r.id(QStringLiteral("template_id"), true);
    return finish(r, error);
}

QJsonObject toJson(const AssignRequest &request)
{
    return {{QStringLiteral("owner_id"), request.ownerId}};
}

bool fromJson(const QJsonObject &json, AssignRequest *request, QString *error)
{
    JsonReader r(json);
    request->ownerId = r.id(QStringLiteral("owner_id"), true);
    return finish(r, error);
}

QJsonObject toJson(const SetStatusRequest &request)
{
    return {{QStringLiteral("status"), conversationStatusName(request.status)}};
}

bool fromJson(const QJsonObject &json, SetStatusRequest *request, QString *error)
{
    JsonReader r(json);
    if (!json.contains(QStringLiteral("status")))
        r.fail(QStringLiteral("status"), QStringLiteral("missing"));
    request->status =
        r.enumValue(QStringLiteral("status"), conversationStatusFromName, ConversationStatus::Open);
    return finish(r, error);
}

QJsonObject toJson(const AddNoteRequest &request)
{
    return {{QStringLiteral("text"), request.text}};
}

bool fromJson(const QJsonObject &json, AddNoteRequest *request, QString *error)
{
    JsonReader r(json);
    requireText(r, QStringLiteral("text"), &request->text);
    return finish(r, error);
}

QJsonObject toJson(const ErrorReply &reply)
{
    return {{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), reply.code},
                                                  {QStringLiteral("message"), reply.message}}}};
}

bool fromJson(const QJsonObject &json, ErrorReply *reply, QString *error)
{
    JsonReader outer(json);
    JsonReader r(outer.object(QStringLiteral("error")));
    if (!outer.ok())
        return finish(outer, error);
    reply->code = r.string(QStringLiteral("code"), true);
    reply->message = r.string(QStringLiteral("message"));
    return finish(r, error);
}

} // namespace parley
