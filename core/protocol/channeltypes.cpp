#include "core/protocol/channeltypes.h"

#include "core/protocol/jsonreader.h"

#include <QJsonArray>

namespace parley {
namespace {

bool readIds(const QJsonObject &json, const QString &key, QList<Id> *ids, JsonReader &r)
{
    ids->clear();
    for (const QJsonValue &value : json.value(key).toArray()) {
        if (!value.isDouble())
            r.fail(key, QStringLiteral("not an id"));
        ids->append(value.toInteger());
    }
    return r.ok();
}

bool readStrings(const QJsonObject &json, const QString &key, QStringList *strings, JsonReader &r)
{
    strings->clear();
    for (const QJsonValue &value : json.value(key).toArray()) {
        if (!value.isString())
            r.fail(key, QStringLiteral("not a string"));
        strings->append(value.toString());
    }
    return r.ok();
}

} // namespace

QJsonObject toJson(const ChannelSettings &settings)
{
    QJsonObject body{{QStringLiteral("name"), settings.name},
                     {QStringLiteral("department"), settings.department},
                     {QStringLiteral("new_customers_as"), settings.newCustomersAs},
                     {QStringLiteral("auto_close_after_minutes"), settings.autoCloseAfterMinutes}};
    if (const auto &c = settings.credentials) {
        body.insert(QStringLiteral("display_number"), c->displayNumber);
        body.insert(QStringLiteral("waba_id"), c->wabaId);
        body.insert(QStringLiteral("phone_number_id"), c->phoneNumberId);
        body.insert(QStringLiteral("access_token"), c->accessToken);
        body.insert(QStringLiteral("app_secret"), c->appSecret);
        body.insert(QStringLiteral("verify_token"), c->verifyToken);
        body.insert(QStringLiteral("graph_url"), c->graphUrl);
        body.insert(QStringLiteral("needs_registration"), c->needsRegistration);
    }
    return body;
}

QJsonObject requestCodeJson(bool voice, const QString &language)
{
    return {{QStringLiteral("method"), voice ? QStringLiteral("voice") : QStringLiteral("sms")},
            {QStringLiteral("language"), language}};
}

QJsonObject verifyCodeJson(const QString &code)
{
    return {{QStringLiteral("code"), code}};
}

QJsonObject registerNumberJson(const QString &pin)
{
    return {{QStringLiteral("pin"), pin}};
}

QJsonObject accessTokenJson(const QString &accessToken)
{
    return {{QStringLiteral("access_token"), accessToken}};
}

QJsonObject toJson(const ChannelRoutingRule &routing)
{
    return {{QStringLiteral("assign_to"), routing.assignTo},
            {QStringLiteral("agents"), idArray(routing.agents)},
            {QStringLiteral("groups"), idArray(routing.groups)},
            {QStringLiteral("roles"), QJsonArray::fromStringList(routing.roles)},
            {QStringLiteral("departments"), QJsonArray::fromStringList(routing.departments)}};
}

bool fromJson(const QJsonObject &json, ChannelRoutingRule *routing, QString *error)
{
    JsonReader r(json);
    routing->assignTo = r.string(QStringLiteral("assign_to"));
    readIds(json, QStringLiteral("agents"), &routing->agents, r);
    readIds(json, QStringLiteral("groups"), &routing->groups, r);
    readStrings(json, QStringLiteral("roles"), &routing->roles, r);
    readStrings(json, QStringLiteral("departments"), &routing->departments, r);
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

QJsonObject toJson(const ChannelIconUpload &icon)
{
    return {{QStringLiteral("file_name"), icon.fileName},
            {QStringLiteral("data"), QString::fromLatin1(icon.data.toBase64())}};
}

QJsonObject toAgentApiJson(const whatsapp::BusinessProfile &profile)
{
    return {{QStringLiteral("about"), profile.about},
            {QStringLiteral("address"), profile.address},
            {QStringLiteral("description"), profile.description},
            {QStringLiteral("email"), profile.email},
            {QStringLiteral("vertical"), profile.vertical},
            {QStringLiteral("websites"), QJsonArray::fromStringList(profile.websites)},
            {QStringLiteral("profile_picture_url"), profile.profilePictureUrl}};
}

bool fromAgentApiJson(const QJsonObject &json, whatsapp::BusinessProfile *profile, QString *error)
{
    JsonReader r(json);
    profile->about = r.string(QStringLiteral("about"));
    profile->address = r.string(QStringLiteral("address"));
    profile->description = r.string(QStringLiteral("description"));
    profile->email = r.string(QStringLiteral("email"));
    profile->vertical = r.string(QStringLiteral("vertical"));
    profile->profilePictureUrl = r.string(QStringLiteral("profile_picture_url"));
    readStrings(json, QStringLiteral("websites"), &profile->websites, r);
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

} // namespace parley
