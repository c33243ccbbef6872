#pragma once

#include "core/rules/channelrules.h"
#include "hub/service/conversationservice.h"

namespace parley::hub {

// Agents, departments and channels: used by the admin API and by `parley-hub agent add` /
// `channel add`, so both refuse the same things with the same codes.
class AdminService {
public:
    explicit AdminService(HubContext &context) : m_ctx(context) {}

    static constexpr int minPasswordLength = 8;

    CommandResult addAgent(const Agent &agent, const QString &password);
    // R9.1: fields left empty keep their values. The team always keeps one active admin.
    struct AgentChanges {
        std::optional<QString> name;
        std::optional<Role> role;
        std::optional<QString> department; // "" for none; otherwise an existing department
        std::optional<bool> active;
        std::optional<QString> password;
        std::optional<QList<Id>> groups;
    };
    CommandResult updateAgent(Id agentId, const AgentChanges &changes);
    CommandResult listAgents();

    CommandResult addDepartment(const QString &name);
    QStringList departments();

    CommandResult listGroups();
    CommandResult addGroup(const QString &name, const QList<Id> &members);
    CommandResult updateGroup(Id groupId, const std::optional<QString> &name,
                              const std::optional<QList<Id>> &members);
    CommandResult removeGroup(Id groupId);

    struct ChannelRequest {
        ChannelSetup setup;
        QString graphUrl;
        NewCustomerModule newCustomersAs = NewCustomerModule::Leads;
        qint64 autoCloseAfterMinutes = 0;
    };
    CommandResult addChannel(const ChannelRequest &request);
    CommandResult listChannels();
    // Activate (Connected) or deactivate; conversations stay as they are (R1.4).
    CommandResult setChannelActive(Id channelId, bool active);
    // R1.6 / R2.6 and the channel's name and department; credentials stay as they are.
    struct ChannelPreferences {
        std::optional<QString> name;
        std::optional<QString> department;
        std::optional<NewCustomerModule> newCustomersAs;
        std::optional<qint64> autoCloseAfterMinutes;
    };
    CommandResult updateChannel(Id channelId, const ChannelPreferences &preferences);
    // R1.5: the integration is switched off; every stored message stays.
    CommandResult disconnectChannel(Id channelId);
    // R1.6 / R1.8: who is given new numbers' records and chats (ChannelRouting).
    CommandResult channelRouting(Id channelId);
    CommandResult setChannelRouting(Id channelId, const ChannelRouting &routing);
    // R1.2: checked with checkChannelIcon.
    CommandResult setChannelIcon(Id channelId, const QString &fileName, const QByteArray &data);
    std::optional<ChannelIconFile> channelIcon(Id channelId);

private:
    CommandResult saveChannel(ChannelConfig config);
    CommandResult stored(bool ok, const QJsonObject &body, int status = 200);
    CommandResult unknownAgents(const QList<Id> &agentIds);
    QJsonObject agentJson(const Agent &agent);

    HubContext &m_ctx;
};

} // namespace parley::hub
