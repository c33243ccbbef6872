#include "hub/service/adminservice.h"

#include "core/protocol/entitycodec.h"
#include "hub/auth/credentials.h"

#include <QJsonArray>
#include <QRegularExpression>

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

CommandResult AdminService::addAgent(const Agent &agent, const QString &password)
{
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    if (!loginPattern.match(agent.login).hasMatch())
        return CommandResult::failure(
            400, QStringLiteral("agent_login_invalid"),
            QStringLiteral("A login is 1 to 64 letters, digits or . _ @ -"));
    if (agent.name.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("agent_name_required"),
                                      QStringLiteral("Give the agent a name."));
    if (password.size() < minPasswordLength)
        return CommandResult::failure(
            400, QStringLiteral("agent_password_too_short"),
            QStringLiteral("A password has at least %1 characters.").arg(minPasswordLength));
    const QString hash = hashPassword(password);
    Transaction transaction(m_ctx.db);
    Agent created = agent;
    created.id = m_ctx.agents.add(agent, hash, m_ctx.now());
    if (created.id == 0)
        return CommandResult::failure(409, QStringLiteral("agent_login_taken"),
                                      QStringLiteral("The login %1 is taken.").arg(agent.login));
    const bool ok = m_ctx.events.append(EventType::AgentUpdated, toJson(created), m_ctx.now()) &&
                    transaction.commit();
    return stored(ok, {{QStringLiteral("agent"), toJson(created)}}, 201);
}

CommandResult AdminService::updateAgent(const Agent &agent)
{
    if (!m_ctx.agents.byId(agent.id))
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("There is no agent %1.").arg(agent.id));
    Transaction transaction(m_ctx.db);
    const bool ok = m_ctx.agents.update(agent) &&
                    m_ctx.events.append(EventType::AgentUpdated, toJson(agent), m_ctx.now()) &&
                    transaction.commit();
    return stored(ok, {{QStringLiteral("agent"), toJson(agent)}});
}

CommandResult AdminService::listAgents()
{
    QJsonArray agents;
    for (const Agent &agent : m_ctx.agents.all())
        agents.append(toJson(agent));
    return CommandResult::success({{QStringLiteral("agents"), agents}});
}

CommandResult AdminService::addDepartment(const QString &name)
{
    if (name.trimmed().isEmpty())
        return CommandResult::failure(400, QStringLiteral("department_name_required"),
                                      QStringLiteral("Give the department a name."));
    const bool ok = m_ctx.db
                        .exec(QStringLiteral("INSERT INTO departments (name) VALUES (?)"
                                             " ON CONFLICT DO NOTHING"),
                              {name.trimmed()})
                        .isActive();
    return stored(ok, {{QStringLiteral("department"), name.trimmed()}}, 201);
}

QStringList AdminService::departments()
{
    QStringList names;
    QSqlQuery q = m_ctx.db.exec(QStringLiteral("SELECT name FROM departments ORDER BY name"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
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
    config.channel.status = ChannelStatus::Connected;
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
    config->channel.status = active ? ChannelStatus::Connected : ChannelStatus::Deactivated;
    return saveChannel(*config);
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

} // namespace parley::hub
