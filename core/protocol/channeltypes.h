#pragma once

#include "core/domain/ids.h"
#include "core/whatsapp/graphprofile.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace parley {

// Bodies of the channel endpoints (docs/api.md "Channels", R1.x); the channel itself travels
// in entitycodec's shape, without secrets.

// The credentials of a new channel, sent once: the hub keeps them and never sends them back.
struct ChannelCredentials {
    QString displayNumber;
    QString wabaId;
    QString phoneNumberId;
    QString accessToken;
    QString appSecret;
    QString verifyToken;
    QString graphUrl; // empty: Meta's
    // R1.10: the number is not registered on the Cloud API yet; the channel starts "pending
    // verification" until it is (code by SMS or voice, then a PIN).
    bool needsRegistration = false;
};

// POST /api/v1/channels (with credentials) and /api/v1/channels/{id} (without).
struct ChannelSettings {
    QString name;
    QString department;
    QString newCustomersAs; // "leads" or "contacts"
    qint64 autoCloseAfterMinutes = 0;
    std::optional<ChannelCredentials> credentials;
};
QJsonObject toJson(const ChannelSettings &settings);

// GET and POST /api/v1/channels/{id}/routing (R1.6): who new customers go to.
struct ChannelRoutingRule {
    QString assignTo; // "department", "users", "groups" or "roles"
    QList<Id> agents;
    QList<Id> groups;
    QStringList roles; // roleName()s
    QStringList departments;
};
QJsonObject toJson(const ChannelRoutingRule &routing);
bool fromJson(const QJsonObject &json, ChannelRoutingRule *routing, QString *error);

// R1.10: POST /api/v1/channels/{id}/registration/request-code {"method": "sms"|"voice",
// "language"}, …/verify-code {"code"}, …/register {"pin"}; POST /api/v1/channels/{id}/token
// {"access_token"} gives a channel that needs attention a new token.
QJsonObject requestCodeJson(bool voice, const QString &language);
QJsonObject verifyCodeJson(const QString &code);
QJsonObject registerNumberJson(const QString &pin);
QJsonObject accessTokenJson(const QString &accessToken);

// POST /api/v1/channels/{id}/icon: the file's bytes travel base64-encoded.
struct ChannelIconUpload {
    QString fileName;
    QByteArray data;
};
QJsonObject toJson(const ChannelIconUpload &icon);

// GET and POST /api/v1/channels/{id}/profile (R1.9), in the agent API's shape (not Graph's).
QJsonObject toAgentApiJson(const whatsapp::BusinessProfile &profile);
bool fromAgentApiJson(const QJsonObject &json, whatsapp::BusinessProfile *profile, QString *error);

} // namespace parley
