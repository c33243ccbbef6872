#include "core/whatsapp/graphprofile.h"

#include <QJsonArray>

namespace parley::whatsapp {
namespace {

const QString messagingProduct = QStringLiteral("messaging_product");
const QString whatsapp = QStringLiteral("whatsapp");

} // namespace

QString businessProfileFields()
{
    return QStringLiteral("about,address,description,email,profile_picture_url,websites,vertical");
}

QJsonObject businessProfileUpdateJson(const BusinessProfile &profile)
{
    QJsonObject json{{messagingProduct, whatsapp},
                     {QStringLiteral("address"), profile.address},
                     {QStringLiteral("description"), profile.description},
                     {QStringLiteral("email"), profile.email},
                     {QStringLiteral("vertical"), profile.vertical},
                     {QStringLiteral("websites"), QJsonArray::fromStringList(profile.websites)}};
    if (!profile.about.isEmpty())
        json.insert(QStringLiteral("about"), profile.about);
    return json;
}

bool parseBusinessProfileUpdate(const QJsonObject &json, BusinessProfile *profile,
                                GraphError *error)
{
    if (json.value(messagingProduct).toString() != whatsapp) {
        *error = graphError(100, QStringLiteral("The parameter messaging_product is required."));
        return false;
    }
    const struct {
        const char *name;
        QString *field;
    } strings[] = {{"about", &profile->about},
                   {"address", &profile->address},
                   {"description", &profile->description},
                   {"email", &profile->email},
                   {"vertical", &profile->vertical}};
    for (const auto &s : strings) {
        const QJsonValue value = json.value(QLatin1String(s.name));
        if (value.isUndefined())
            continue;
        if (!value.isString()) {
            *error = graphError(
                100, QStringLiteral("Param %1 must be a string.").arg(QLatin1String(s.name)));
            return false;
        }
        *s.field = value.toString();
    }
    if (json.contains(QLatin1String("about")) && profile->about.isEmpty()) {
        *error = graphError(100, QStringLiteral("Param about must be at least 1 character long."));
        return false;
    }
    const QJsonValue websites = json.value(QLatin1String("websites"));
    if (!websites.isUndefined()) {
        if (!websites.isArray()) {
            *error = graphError(100, QStringLiteral("Param websites must be an array."));
            return false;
        }
        profile->websites.clear();
        for (const QJsonValue &url : websites.toArray())
            profile->websites.append(url.toString());
    }
    return true;
}

QJsonObject businessProfileResponseJson(const BusinessProfile &profile)
{
    QJsonObject entry{{QStringLiteral("about"), profile.about},
                      {QStringLiteral("address"), profile.address},
                      {QStringLiteral("description"), profile.description},
                      {QStringLiteral("email"), profile.email},
                      {messagingProduct, whatsapp},
                      {QStringLiteral("vertical"), profile.vertical},
                      {QStringLiteral("websites"), QJsonArray::fromStringList(profile.websites)}};
    if (!profile.profilePictureUrl.isEmpty())
        entry.insert(QStringLiteral("profile_picture_url"), profile.profilePictureUrl);
    return {{QStringLiteral("data"), QJsonArray{entry}}};
}

bool parseBusinessProfileResponse(const QJsonObject &json, BusinessProfile *profile, QString *error)
{
    const QJsonArray data = json.value(QLatin1String("data")).toArray();
    if (data.isEmpty() || !data.first().isObject()) {
        *error = QStringLiteral("the profile response has no data[0] object");
        return false;
    }
    // Meta leaves out fields that were never set, so every one is optional.
    const QJsonObject entry = data.first().toObject();
    profile->about = entry.value(QLatin1String("about")).toString();
    profile->address = entry.value(QLatin1String("address")).toString();
    profile->description = entry.value(QLatin1String("description")).toString();
    profile->email = entry.value(QLatin1String("email")).toString();
    profile->vertical = entry.value(QLatin1String("vertical")).toString();
    profile->profilePictureUrl = entry.value(QLatin1String("profile_picture_url")).toString();
    profile->websites.clear();
    for (const QJsonValue &url : entry.value(QLatin1String("websites")).toArray())
        profile->websites.append(url.toString());
    return true;
}

} // namespace parley::whatsapp
