#include "hub/service/profileservice.h"

#include "core/protocol/channeltypes.h"
#include "core/rules/profilerules.h"
#include "hub/service/channelhealth.h"

namespace parley::hub {
namespace {

// Graph's failures in the hub's shape: Meta's own words go along, since they name the field,
// and Meta's words for people (error_user_title / error_user_msg) as whatsapp_title /
// whatsapp_message of the error (docs/api.md, "WhatsApp's words in errors").
CommandResult graphFailure(const GraphClient::Reply &reply)
{
    if (reply.httpStatus == 0)
        return CommandResult::failure(
            502, QStringLiteral("whatsapp_unreachable"),
            QStringLiteral("WhatsApp could not be reached: %1").arg(reply.networkErrorText));
    whatsapp::GraphError error;
    QString problem;
    if (!whatsapp::parseGraphError(reply.json, &error, &problem))
        return CommandResult::failure(
            502, QStringLiteral("whatsapp_error"),
            QStringLiteral("WhatsApp answered HTTP %1 without an error.").arg(reply.httpStatus));
    const QString words = whatsapp::graphErrorForPeople(error);
    CommandResult result;
    switch (whatsapp::classifyGraphError(error.code, reply.httpStatus)) {
    case whatsapp::GraphErrorClass::Auth:
        result = CommandResult::failure(
            502, QStringLiteral("whatsapp_token_invalid"),
            QStringLiteral("WhatsApp refused the channel's access token: %1").arg(words));
        break;
    case whatsapp::GraphErrorClass::InvalidParameter:
        result =
            CommandResult::failure(422, QStringLiteral("whatsapp_rejected"),
                                   QStringLiteral("WhatsApp refused the profile: %1").arg(words));
        break;
    default:
        result = CommandResult::failure(502, QStringLiteral("whatsapp_error"),
                                        QStringLiteral("WhatsApp failed: %1").arg(words));
    }
    if (!error.userTitle.isEmpty())
        result.body.insert(QStringLiteral("whatsapp_title"), error.userTitle);
    if (!error.userMessage.isEmpty())
        result.body.insert(QStringLiteral("whatsapp_message"), error.userMessage);
    return result;
}

} // namespace

QJsonObject ProfileService::toJson(const whatsapp::BusinessProfile &profile)
{
    return toAgentApiJson(profile); // the shape the desktop's ChannelsApi reads
}

std::optional<ChannelConfig> ProfileService::channel(Id channelId, CommandResult *refusal)
{
    std::optional<ChannelConfig> config = m_ctx.channels.byId(channelId);
    if (!config)
        *refusal = CommandResult::failure(404, QStringLiteral("not_found"),
                                          QStringLiteral("There is no channel %1.").arg(channelId));
    return config;
}

void ProfileService::get(Id channelId, Done done)
{
    CommandResult refusal;
    const std::optional<ChannelConfig> config = channel(channelId, &refusal);
    if (!config)
        return done(refusal);
    const QString path = config->channel.phoneNumberId +
                         QStringLiteral("/whatsapp_business_profile?fields=") +
                         whatsapp::businessProfileFields();
    m_graph.get(*config, path, [this, channelId, done](const GraphClient::Reply &reply) {
        noteGraphReply(m_ctx, channelId, reply); // R1.3: an expired token needs attention
        if (reply.httpStatus != 200)
            return done(graphFailure(reply));
        whatsapp::BusinessProfile profile;
        QString problem;
        if (!whatsapp::parseBusinessProfileResponse(reply.json, &profile, &problem))
            return done(CommandResult::failure(502, QStringLiteral("whatsapp_error"), problem));
        done(CommandResult::success({{QStringLiteral("profile"), toJson(profile)}}));
    });
}

void ProfileService::update(Id channelId, const whatsapp::BusinessProfile &profile, Done done)
{
    CommandResult refusal;
    const std::optional<ChannelConfig> config = channel(channelId, &refusal);
    if (!config)
        return done(refusal);
    const RuleErrors broken = checkBusinessProfile(profile);
    if (!broken.isEmpty())
        return done(CommandResult::failure(422, broken.first()));
    const QString path =
        config->channel.phoneNumberId + QStringLiteral("/whatsapp_business_profile");
    m_graph.post(*config, path, whatsapp::businessProfileUpdateJson(profile),
                 [this, channelId, done, profile](const GraphClient::Reply &reply) {
                     noteGraphReply(m_ctx, channelId, reply);
                     if (reply.httpStatus != 200)
                         return done(graphFailure(reply));
                     done(CommandResult::success({{QStringLiteral("profile"), toJson(profile)}}));
                 });
}

} // namespace parley::hub
