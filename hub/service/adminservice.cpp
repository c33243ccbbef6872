#include "hub/service/adminservice.h"

#include "core/protocol/entitycodec.h"

#include <QJsonArray>

namespace parley::hub {

CommandResult AdminService::stored(bool ok, const QJsonObject &body, int status)
{
    if (!ok)
        return CommandResult::failure(
            500, QStringLiteral("store_failed"),
            QStringLiteral("The hub could not save the change: %1").arg(m_ctx.db.errorString()));
    m_ctx.eventsCommitted();
    return CommandResult::success(body, status);
}

CommandResult AdminService::addChannel(const ChannelRequest &request)
{
    // A disconnected channel's number may be connected again (R1.5 kept its conversations):
    // it is the same channel, brought back with new credentials.
    QList<Channel> existing;
    std::optional<ChannelConfig> returning;
    const QString number = normalizedPhoneNumber(request.setup.displayNumber);
    for (const ChannelConfig &config : m_ctx.channels.all()) {
        if (config.channel.status == ChannelStatus::Disconnected &&
            (config.channel.displayNumber == number ||
             config.channel.phoneNumberId == request.setup.phoneNumberId.trimmed()))
            returning = config;
        else
            existing.append(config.channel);
    }
    if (!request.setup.department.trimmed().isEmpty() &&
        !departments().contains(request.setup.department.trimmed()))
        return CommandResult::failure(
            400, QStringLiteral("department_unknown"),
            QStringLiteral("There is no department %1.").arg(request.setup.department));
    const RuleErrors errors = checkChannelSetup(request.setup, existing, int(departments().size()));
    if (!errors.isEmpty())
        return CommandResult::failure(
            errors.first().code == QLatin1String("channel_number_in_use") ? 409 : 400,
            errors.first());
    if (request.autoCloseAfterMinutes < 0)
        return CommandResult::failure(400, QStringLiteral("channel_auto_close_invalid"),
                                      QStringLiteral("The auto-close limit is 0 (off) or a number "
                                                     "of minutes."));
    if (!request.graphUrl.startsWith(QLatin1String("http://")) &&
        !request.graphUrl.startsWith(QLatin1String("https://")))
        return CommandResult::failure(400, QStringLiteral("channel_graph_url_invalid"),
                                      QStringLiteral("The Graph API URL must start with http:// "
                                                     "or https://."));
    ChannelConfig config;
    config.channel.name = request.setup.name.trimmed();
    config.channel.department = request.setup.department.trimmed();
    config.channel.wabaId = request.setup.wabaId.trimmed();
    config.channel.phoneNumberId = request.setup.phoneNumberId.trimmed();
    config.channel.displayNumber = normalizedPhoneNumber(request.setup.displayNumber);
    config.channel.status =
        request.needsRegistration ? ChannelStatus::PendingVerification : ChannelStatus::Connected;
    config.channel.newCustomersAs = request.newCustomersAs;
    config.channel.autoCloseAfterMinutes = request.autoCloseAfterMinutes;
    config.graphUrl = request.graphUrl;
    config.accessToken = request.setup.accessToken.trimmed();
    config.appSecret = request.setup.appSecret.trimmed();
    config.verifyToken = request.setup.verifyToken.trimmed();
    if (returning) {
        config.channel.id = returning->channel.id;
        return saveChannel(config);
    }
    Transaction transaction(m_ctx.db);
    config.channel.id = m_ctx.channels.add(config, m_ctx.now());
    if (config.channel.id == 0)
        return CommandResult::failure(409, QStringLiteral("channel_number_in_use"),
                                      QStringLiteral("This phone number id or number is already "
                                                     "connected."));
    const bool ok =
        m_ctx.events.append(EventType::ChannelUpdated, toJson(config.channel), m_ctx.now()) &&
        transaction.commit();
    return stored(ok, {{QStringLiteral("channel"), toJson(config.channel)}}, 201);
}

CommandResult AdminService::listChannels()
{
    QJsonArray channels;
    for (const ChannelConfig &config : m_ctx.channels.all())
        channels.append(toJson(config.channel));
    return CommandResult::success({{QStringLiteral("channels"), channels}});
}

CommandResult AdminService::saveChannel(ChannelConfig config)
{
    Transaction transaction(m_ctx.db);
    const bool ok =
        m_ctx.channels.update(config) &&
        m_ctx.events.append(EventType::ChannelUpdated, toJson(config.channel), m_ctx.now()) &&
        transaction.commit();
    return stored(ok, {{QStringLiteral("channel"), toJson(config.channel)}});
}

CommandResult AdminService::setChannelActive(Id channelId, bool active)
{
    std::optional<ChannelConfig> config = m_ctx.channels.byId(channelId);
    if (!config)
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    if (config->channel.status == ChannelStatus::Disconnected)
        return CommandResult::failure(409, QStringLiteral("channel_disconnected"),
                                      QStringLiteral("A disconnected channel must be connected "
                                                     "again with its credentials."));
    if (active && config->channel.status != ChannelStatus::Deactivated)
        return listChannelAsIs(*config); // pending or needing attention: activating changes nothing
    config->channel.status = active ? ChannelStatus::Connected : ChannelStatus::Deactivated;
    const CommandResult saved = saveChannel(*config);
    if (saved.ok() && active)
        m_ctx.channelActivated(channelId); // R1.4: what arrived meanwhile is taken in now
    return saved;
}

CommandResult AdminService::listChannelAsIs(const ChannelConfig &config)
{
    return CommandResult::success({{QStringLiteral("channel"), toJson(config.channel)}});
}

CommandResult AdminService::updateChannel(Id channelId, const ChannelPreferences &preferences)
{
    std::optional<ChannelConfig> config = m_ctx.channels.byId(channelId);
    if (!config)
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    if (preferences.name) {
        if (preferences.name->trimmed().isEmpty())
            return CommandResult::failure(400, QStringLiteral("channel_name_required"),
                                          QStringLiteral("Give the channel a name."));
        config->channel.name = preferences.name->trimmed();
    }
    if (preferences.department) {
        if (!departments().contains(preferences.department->trimmed()))
            return CommandResult::failure(
                400, QStringLiteral("department_unknown"),
                QStringLiteral("There is no department %1.").arg(*preferences.department));
        config->channel.department = preferences.department->trimmed();
    }
    if (preferences.newCustomersAs)
        config->channel.newCustomersAs = *preferences.newCustomersAs;
    if (preferences.autoCloseAfterMinutes) {
        if (*preferences.autoCloseAfterMinutes < 0)
            return CommandResult::failure(400, QStringLiteral("channel_auto_close_invalid"),
                                          QStringLiteral("The auto-close limit is 0 (off) or a "
                                                         "number of minutes."));
        config->channel.autoCloseAfterMinutes = *preferences.autoCloseAfterMinutes;
    }
    return saveChannel(*config);
}

CommandResult AdminService::disconnectChannel(Id channelId)
{
    std::optional<ChannelConfig> config = m_ctx.channels.byId(channelId);
    if (!config)
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    config->channel.status = ChannelStatus::Disconnected;
    config->accessToken.clear(); // nothing may be sent in its name any more
    return saveChannel(*config);
}

namespace {

QJsonObject routingJson(Id channelId, const ChannelRouting &routing)
{
    QJsonArray agents, groups, roles;
    for (Id id : routing.agents)
        agents.append(id);
    for (Id id : routing.groups)
        groups.append(id);
    for (Role role : routing.roles)
        roles.append(roleName(role));
    return {{QStringLiteral("channel_id"), channelId},
            {QStringLiteral("assign_to"), assignToName(routing.assignTo)},
            {QStringLiteral("agents"), agents},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("roles"), roles},
            {QStringLiteral("departments"), QJsonArray::fromStringList(routing.departments)}};
}

CommandResult routingInvalid(const QString &message)
{
    return CommandResult::failure(400, QStringLiteral("channel_routing_invalid"), message);
}

} // namespace

CommandResult AdminService::channelRouting(Id channelId)
{
    if (!m_ctx.channels.byId(channelId))
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    return CommandResult::success(
        {{QStringLiteral("routing"), routingJson(channelId, m_ctx.channels.routing(channelId))}});
}

CommandResult AdminService::setChannelRouting(Id channelId, const ChannelRouting &routing)
{
    if (!m_ctx.channels.byId(channelId))
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    const QStringList known = departments();
    for (const QString &department : routing.departments) {
        if (!known.contains(department))
            return CommandResult::failure(
                400, QStringLiteral("department_unknown"),
                QStringLiteral("There is no department %1.").arg(department));
    }
    switch (routing.assignTo) {
    case ChannelRouting::AssignTo::Users:
        if (routing.agents.isEmpty())
            return routingInvalid(QStringLiteral("Choose at least one user."));
        if (const CommandResult unknown = unknownAgents(routing.agents); !unknown.ok())
            return unknown;
        break;
    case ChannelRouting::AssignTo::Groups:
        if (routing.groups.isEmpty())
            return routingInvalid(QStringLiteral("Choose at least one group."));
        for (Id id : routing.groups) {
            if (!m_ctx.agents.groupById(id))
                return CommandResult::failure(400, QStringLiteral("group_unknown"),
                                              QStringLiteral("There is no group %1.").arg(id));
        }
        break;
    case ChannelRouting::AssignTo::Roles:
        if (routing.roles.isEmpty())
            return routingInvalid(QStringLiteral("Choose at least one role."));
        if (routing.roles.contains(Role::Viewer))
            return routingInvalid(QStringLiteral("Viewers cannot reply, so chats cannot be "
                                                 "assigned to them."));
        break;
    case ChannelRouting::AssignTo::Department:
        break;
    }
    Transaction transaction(m_ctx.db);
    const bool ok = m_ctx.channels.setRouting(channelId, routing) && transaction.commit();
    // No event: routing is the hub's own business; the admin screen reads it when it opens.
    if (!ok)
        return stored(false, {});
    return CommandResult::success(
        {{QStringLiteral("routing"), routingJson(channelId, m_ctx.channels.routing(channelId))}});
}

CommandResult AdminService::setChannelIcon(Id channelId, const QString &fileName,
                                           const QByteArray &data)
{
    if (!m_ctx.channels.byId(channelId))
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no channel %1.").arg(channelId));
    const RuleErrors errors =
        checkChannelIcon({fileName, data.size(), data.left(attachmentSniffBytes)});
    if (!errors.isEmpty())
        return CommandResult::failure(400, errors.first());
    const QByteArray mime = data.startsWith("\x89PNG") ? QByteArrayLiteral("image/png")
                                                       : QByteArrayLiteral("image/jpeg");
    Transaction transaction(m_ctx.db);
    const bool ok =
        m_ctx.channels.setIcon(channelId, {fileName, mime, data}) && transaction.commit();
    if (!ok)
        return stored(false, {});
    return CommandResult::success({{QStringLiteral("ok"), true}});
}

std::optional<ChannelIconFile> AdminService::channelIcon(Id channelId)
{
    return m_ctx.channels.icon(channelId);
}

} // namespace parley::hub
