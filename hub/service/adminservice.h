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
    CommandResult updateAgent(const Agent &agent);
    CommandResult listAgents();

    CommandResult addDepartment(const QString &name);
    QStringList departments();

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

private:
    CommandResult saveChannel(ChannelConfig config);
    CommandResult stored(bool ok, const QJsonObject &body, int status = 200);

    HubContext &m_ctx;
};

} // namespace parley::hub
