#include "core/sync/channelsapi.h"

#include "core/protocol/entitycodec.h"
#include "core/protocol/listcodec.h"

namespace parley {
namespace {

QString channelPath(Id channelId, const char *below = nullptr)
{
    QString path = QStringLiteral("/channels/%1").arg(channelId);
    if (below)
        path += QLatin1Char('/') + QLatin1String(below);
    return path;
}

} // namespace

void ChannelsApi::list(HubCallback<QList<Channel>> done) const
{
    m_api.get<QList<Channel>>(QStringLiteral("/channels"), HubSubject::Change,
                              listDecoder<Channel>(QStringLiteral("channels")), std::move(done));
}

void ChannelsApi::save(Id channelId, const ChannelSettings &settings,
                       HubCallback<Channel> done) const
{
    m_api.post<Channel>(channelId == 0 ? QStringLiteral("/channels") : channelPath(channelId),
                        toJson(settings), HubSubject::Change,
                        entityDecoder<Channel>(QStringLiteral("channel")), std::move(done));
}

void ChannelsApi::command(Id channelId, const QString &action, HubCallback<Channel> done) const
{
    m_api.post<Channel>(channelPath(channelId) + QLatin1Char('/') + action, {}, HubSubject::Change,
                        entityDecoder<Channel>(QStringLiteral("channel")), std::move(done));
}

void ChannelsApi::requestCode(Id channelId, bool voice, const QString &language,
                              HubCallback<Done> done) const
{
    m_api.post<Done>(channelPath(channelId, "registration/request-code"),
                     requestCodeJson(voice, language), HubSubject::Change, &HubApi::nothing,
                     std::move(done));
}

void ChannelsApi::verifyCode(Id channelId, const QString &code, HubCallback<Done> done) const
{
    m_api.post<Done>(channelPath(channelId, "registration/verify-code"), verifyCodeJson(code),
                     HubSubject::Change, &HubApi::nothing, std::move(done));
}

void ChannelsApi::registerNumber(Id channelId, const QString &pin, HubCallback<Channel> done) const
{
    m_api.post<Channel>(channelPath(channelId, "registration/register"), registerNumberJson(pin),
                        HubSubject::Change, entityDecoder<Channel>(QStringLiteral("channel")),
                        std::move(done));
}

void ChannelsApi::renewToken(Id channelId, const QString &accessToken,
                             HubCallback<Channel> done) const
{
    m_api.post<Channel>(channelPath(channelId, "token"), accessTokenJson(accessToken),
                        HubSubject::Change, entityDecoder<Channel>(QStringLiteral("channel")),
                        std::move(done));
}

void ChannelsApi::routing(Id channelId, HubCallback<ChannelRoutingRule> done) const
{
    m_api.get<ChannelRoutingRule>(channelPath(channelId, "routing"), HubSubject::Change,
                                  entityDecoder<ChannelRoutingRule>(QStringLiteral("routing")),
                                  std::move(done));
}

void ChannelsApi::setRouting(Id channelId, const ChannelRoutingRule &routing,
                             HubCallback<Done> done) const
{
    m_api.post<Done>(channelPath(channelId, "routing"), toJson(routing), HubSubject::Change,
                     &HubApi::nothing, std::move(done));
}

void ChannelsApi::icon(Id channelId, HubCallback<QByteArray> done) const
{
    m_api.getBytes(channelPath(channelId, "icon"), HubSubject::Change, std::move(done));
}

void ChannelsApi::setIcon(Id channelId, const ChannelIconUpload &icon, HubCallback<Done> done) const
{
    m_api.post<Done>(channelPath(channelId, "icon"), toJson(icon), HubSubject::Change,
                     &HubApi::nothing, std::move(done));
}

void ChannelsApi::profile(Id channelId, HubCallback<whatsapp::BusinessProfile> done) const
{
    m_api.get<whatsapp::BusinessProfile>(
        channelPath(channelId, "profile"), HubSubject::Change,
        [](const QJsonObject &json, whatsapp::BusinessProfile *profile, QString *error) {
            return fromAgentApiJson(json.value(QStringLiteral("profile")).toObject(), profile,
                                    error);
        },
        std::move(done));
}

void ChannelsApi::setProfile(Id channelId, const whatsapp::BusinessProfile &profile,
                             HubCallback<Done> done) const
{
    QJsonObject body = toAgentApiJson(profile);
    body.remove(QStringLiteral("profile_picture_url")); // Meta sets it; not editable here
    m_api.post<Done>(channelPath(channelId, "profile"), body, HubSubject::Change, &HubApi::nothing,
                     std::move(done));
}

} // namespace parley
