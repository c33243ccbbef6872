#include "hub/service/registrationservice.h"

#include "core/protocol/entitycodec.h"
#include "hub/service/channelhealth.h"

namespace parley::hub {
namespace {

CommandResult success()
{
    return CommandResult::success({{QStringLiteral("ok"), true}});
}

// Meta's registration codes (graphregistration.h) → the hub's, so the desktop can say what to
// do next without reading Graph's numbers.
struct RegistrationRefusal {
    int graphCode;
    int status;
    const char *code;
};
const RegistrationRefusal refusals[] = {
    {136024, 422, "registration_code_refused"},
    {136025, 422, "registration_code_wrong"},
    {133005, 422, "registration_pin_mismatch"},
    {133006, 409, "registration_not_verified"},
    {133009, 429, "registration_too_many_attempts"},
    {133016, 429, "registration_too_many_attempts"},
    {100, 422, "whatsapp_rejected"},
};

} // namespace

std::optional<ChannelConfig> RegistrationService::usableChannel(Id channelId,
                                                                CommandResult *refusal)
{
    std::optional<ChannelConfig> config = m_ctx.channels.byId(channelId);
    if (!config) {
        *refusal = CommandResult::failure(404, QStringLiteral("not_found"),
                                          QStringLiteral("There is no channel %1.").arg(channelId));
        return std::nullopt;
    }
    if (config->channel.status == ChannelStatus::Disconnected ||
        config->channel.status == ChannelStatus::Deactivated) {
        *refusal = CommandResult::failure(
            409, QStringLiteral("channel_not_active"),
            QStringLiteral("Activate or connect the channel before registering its number."));
        return std::nullopt;
    }
    return config;
}

CommandResult RegistrationService::graphFailure(Id channelId, const GraphClient::Reply &reply)
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
    if (whatsapp::classifyGraphError(error.code, reply.httpStatus) ==
        whatsapp::GraphErrorClass::Auth) {
        noteGraphReply(m_ctx, channelId, reply);
        return CommandResult::failure(
            502, QStringLiteral("whatsapp_token_invalid"),
            QStringLiteral("WhatsApp refused the channel's access token: %1").arg(words));
    }
    for (const RegistrationRefusal &known : refusals) {
        if (known.graphCode == error.code)
            return CommandResult::failure(known.status, QString::fromLatin1(known.code), words);
    }
    return CommandResult::failure(502, QStringLiteral("whatsapp_error"),
                                  QStringLiteral("WhatsApp failed: %1").arg(words));
}

CommandResult RegistrationService::setStatus(ChannelConfig config, ChannelStatus status)
{
    config.channel.status = status;
    Transaction transaction(m_ctx.db);
    const bool ok =
        m_ctx.channels.update(config) &&
        m_ctx.events.append(EventType::ChannelUpdated, toJson(config.channel), m_ctx.now()) &&
        transaction.commit();
    if (!ok)
        return CommandResult::failure(
            500, QStringLiteral("store_failed"),
            QStringLiteral("The hub could not save the change: %1").arg(m_ctx.db.errorString()));
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("channel"), toJson(config.channel)}});
}

void RegistrationService::requestCode(Id channelId, whatsapp::CodeMethod method,
                                      const QString &language, Done done)
{
    CommandResult refusal;
    const std::optional<ChannelConfig> config = usableChannel(channelId, &refusal);
    if (!config)
        return done(refusal);
    if (!whatsapp::isCodeLanguage(language))
        return done(CommandResult::failure(400, QStringLiteral("registration_language_invalid"),
                                           QStringLiteral("The language is a code such as en_US "
                                                          "or pt_BR.")));
    m_graph.post(*config, config->channel.phoneNumberId + QStringLiteral("/request_code"),
                 whatsapp::requestCodeJson(method, language),
                 [this, channelId, done](const GraphClient::Reply &reply) {
                     done(reply.httpStatus == 200 ? success() : graphFailure(channelId, reply));
                 });
}

void RegistrationService::verifyCode(Id channelId, const QString &code, Done done)
{
    CommandResult refusal;
    const std::optional<ChannelConfig> config = usableChannel(channelId, &refusal);
    if (!config)
        return done(refusal);
    if (!whatsapp::isSixDigits(code))
        return done(CommandResult::failure(400, QStringLiteral("registration_code_invalid"),
                                           QStringLiteral("The code is the 6 digits WhatsApp "
                                                          "sent.")));
    m_graph.post(*config, config->channel.phoneNumberId + QStringLiteral("/verify_code"),
                 whatsapp::verifyCodeJson(code),
                 [this, channelId, done](const GraphClient::Reply &reply) {
                     done(reply.httpStatus == 200 ? success() : graphFailure(channelId, reply));
                 });
}

void RegistrationService::registerNumber(Id channelId, const QString &pin, Done done)
{
    CommandResult refusal;
    const std::optional<ChannelConfig> config = usableChannel(channelId, &refusal);
    if (!config)
        return done(refusal);
    if (!whatsapp::isSixDigits(pin))
        return done(CommandResult::failure(400, QStringLiteral("registration_pin_invalid"),
                                           QStringLiteral("The PIN is 6 digits.")));
    m_graph.post(*config, config->channel.phoneNumberId + QStringLiteral("/register"),
                 whatsapp::registerJson(pin),
                 [this, channelId, done](const GraphClient::Reply &reply) {
                     if (reply.httpStatus != 200)
                         return done(graphFailure(channelId, reply));
                     // Read again: the channel may have changed while Graph answered.
                     std::optional<ChannelConfig> now = m_ctx.channels.byId(channelId);
                     if (!now)
                         return done(CommandResult::failure(
                             404, QStringLiteral("not_found"),
                             QStringLiteral("There is no channel %1.").arg(channelId)));
                     if (now->channel.status != ChannelStatus::PendingVerification)
                         return done(CommandResult::success(
                             {{QStringLiteral("channel"), toJson(now->channel)}}));
                     done(setStatus(*now, ChannelStatus::Connected));
                     m_ctx.outgoingQueued();
                 });
}

void RegistrationService::renewToken(Id channelId, const QString &accessToken, Done done)
{
    std::optional<ChannelConfig> config = m_ctx.channels.byId(channelId);
    if (!config)
        return done(
            CommandResult::failure(404, QStringLiteral("not_found"),
                                   QStringLiteral("There is no channel %1.").arg(channelId)));
    if (config->channel.status == ChannelStatus::Disconnected)
        return done(
            CommandResult::failure(409, QStringLiteral("channel_disconnected"),
                                   QStringLiteral("A disconnected channel must be "
                                                  "connected again with its credentials.")));
    const QString token = accessToken.trimmed();
    if (token.isEmpty() || token.size() > 4096 || token.contains(QLatin1Char(' ')))
        return done(CommandResult::failure(400, QStringLiteral("channel_token_invalid"),
                                           QStringLiteral("Paste the access token as Meta shows "
                                                          "it.")));
    ChannelConfig candidate = *config;
    candidate.accessToken = token;
    // Graph is asked with the new token before it replaces the old one: a token it refuses
    // would only put the channel back where it is.
    m_graph.get(candidate,
                candidate.channel.phoneNumberId + QStringLiteral("?fields=platform_type"),
                [this, channelId, token, done](const GraphClient::Reply &reply) {
                    if (reply.httpStatus != 200) {
                        CommandResult failure = graphFailure(0, reply);
                        if (failure.code == QLatin1String("whatsapp_token_invalid"))
                            failure.message = QStringLiteral("WhatsApp refused this token too.");
                        return done(failure);
                    }
                    std::optional<ChannelConfig> now = m_ctx.channels.byId(channelId);
                    if (!now)
                        return done(CommandResult::failure(
                            404, QStringLiteral("not_found"),
                            QStringLiteral("There is no channel %1.").arg(channelId)));
                    now->accessToken = token;
                    ChannelStatus status = now->channel.status;
                    if (status == ChannelStatus::NeedsAttention)
                        status = reply.json.value(QLatin1String("platform_type")).toString() ==
                                         QLatin1String("CLOUD_API")
                                     ? ChannelStatus::Connected
                                     : ChannelStatus::PendingVerification;
                    done(setStatus(*now, status));
                    m_ctx.outgoingQueued();
                });
}

} // namespace parley::hub
