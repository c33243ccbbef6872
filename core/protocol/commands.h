#pragma once

#include "core/domain/agent.h"
#include "core/domain/conversation.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace parley {

// Bodies of the agent API's requests and replies (docs/api.md). Each fromJson checks types and
// required fields and says which field was wrong.

struct LoginRequest {
    QString login;
    QString password;
};
QJsonObject toJson(const LoginRequest &request);
bool fromJson(const QJsonObject &json, LoginRequest *request, QString *error);

struct LoginReply {
    QString token;
    TimestampMs expiresAt = 0;
    Agent agent;
};
QJsonObject toJson(const LoginReply &reply);
bool fromJson(const QJsonObject &json, LoginReply *reply, QString *error);

// POST /api/v1/conversations/{id}/messages; the outbox id travels as the Idempotency-Key header.
struct SendTextRequest {
    QString text;
    Id replyTo = 0; // optional: the message of this conversation the reply quotes
    // Ask WhatsApp to render a link preview (Graph's text.preview_url); unset: on when the text
    // holds an http:// or https:// link (whatsapp::textWantsLinkPreview).
    std::optional<bool> previewUrl;
};
QJsonObject toJson(const SendTextRequest &request);
bool fromJson(const QJsonObject &json, SendTextRequest *request, QString *error);

// POST /api/v1/conversations/{id}/reactions: the agent reacts to a message (an empty emoji
// takes the reaction back); the outbox id travels as the Idempotency-Key header.
struct SendReactionRequest {
    Id messageId = 0;
    QString emoji;
};
QJsonObject toJson(const SendReactionRequest &request);
bool fromJson(const QJsonObject &json, SendReactionRequest *request, QString *error);

// POST /api/v1/conversations/{id}/template: the hub fills the parameters from the record.
struct SendTemplateRequest {
    Id templateId = 0;
};
QJsonObject toJson(const SendTemplateRequest &request);
bool fromJson(const QJsonObject &json, SendTemplateRequest *request, QString *error);

// POST /api/v1/conversations/{id}/assign
struct AssignRequest {
    Id ownerId = 0;
};
QJsonObject toJson(const AssignRequest &request);
bool fromJson(const QJsonObject &json, AssignRequest *request, QString *error);

// POST /api/v1/conversations/{id}/status
struct SetStatusRequest {
    ConversationStatus status = ConversationStatus::Open;
};
QJsonObject toJson(const SetStatusRequest &request);
bool fromJson(const QJsonObject &json, SetStatusRequest *request, QString *error);

// POST /api/v1/conversations/{id}/notes
struct AddNoteRequest {
    QString text;
};
QJsonObject toJson(const AddNoteRequest &request);
bool fromJson(const QJsonObject &json, AddNoteRequest *request, QString *error);

// Every error reply: {"error": {"code": "window_closed", "message": "…"}}. The desktop shows
// its own translation of the code and falls back to the hub's English message.
struct ErrorReply {
    QString code;
    QString message;
};
QJsonObject toJson(const ErrorReply &reply);
bool fromJson(const QJsonObject &json, ErrorReply *reply, QString *error);

} // namespace parley
