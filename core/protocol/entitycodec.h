#pragma once

#include "core/domain/activity.h"
#include "core/domain/agent.h"
#include "core/domain/channel.h"
#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/domain/messagetemplate.h"
#include "core/domain/predefinedtext.h"
#include "core/domain/record.h"

#include <QJsonObject>

namespace parley {

// The JSON shape of each entity as the hub's events and REST replies carry it (docs/api.md).
// One codec serves both sides: the hub writes with toJson, the desktop reads with fromJson.
// fromJson returns false and says which field was wrong; the output is then unspecified.

QJsonObject toJson(const Conversation &conversation);
bool fromJson(const QJsonObject &json, Conversation *conversation, QString *error);

QJsonObject toJson(const Message &message);
bool fromJson(const QJsonObject &json, Message *message, QString *error);

QJsonObject toJson(const Agent &agent);
bool fromJson(const QJsonObject &json, Agent *agent, QString *error);

// Channel events never carry secrets (token, app secret, verify token): they stay in the hub.
QJsonObject toJson(const Channel &channel);
bool fromJson(const QJsonObject &json, Channel *channel, QString *error);

QJsonObject toJson(const Record &record);
bool fromJson(const QJsonObject &json, Record *record, QString *error);

QJsonObject toJson(const PredefinedText &text);
bool fromJson(const QJsonObject &json, PredefinedText *text, QString *error);

QJsonObject toJson(const MessageTemplate &messageTemplate);
bool fromJson(const QJsonObject &json, MessageTemplate *messageTemplate, QString *error);

QJsonObject toJson(const Activity &activity);
bool fromJson(const QJsonObject &json, Activity *activity, QString *error);

} // namespace parley
