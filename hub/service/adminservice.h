#pragma once

#include "core/rules/channelrules.h"
#include "hub/auth/credentials.h"
#include "hub/service/conversationservice.h"

#include <deque>
#include <functional>

namespace parley::hub {

class PasswordChecker;

// Agents, departments and channels: used by the admin API and by `parley-hub agent add` /
// `channel add`, so both refuse the same things with the same codes.
class AdminService {
public:
    // `passwords` hashes the passwords set through the API (addAgentLater, updateAgentLater);
    // the command line, which has no event loop to keep free, needs none.
    explicit AdminService(HubContext &context, PasswordChecker *passwords = nullptr)
        : m_ctx(context), m_passwords(passwords)
    {}

    static constexpr int minPasswordLength = 8;

    using Done = std::function<void(const CommandResult &)>;

    // `parley-hub agent add`: hashes here, on the calling thread.
    CommandResult addAgent(const Agent &agent, const QString &password,
                           PasswordCost cost = PasswordCost::Interactive);
    // R9.1: fields left empty keep their values. The team always keeps one active admin.
    struct AgentChanges {
        std::optional<QString> name;
        std::optional<Role> role;
        std::optional<QString> department; // "" for none; otherwise an existing department
        std::optional<bool> active;
        std::optional<QString> password;
        std::optional<QList<Id>> groups;
    };
    // The admin API's agent writes. A password is hashed on the PasswordChecker's threads, so the
    // event loop keeps answering meanwhile; every write is checked before its hash is made and
    // again when it is stored, and the writes are stored in the order they were asked for (one
    // with no password too waits for the earlier ones). `done` is called later on this thread:
    // as addAgent() / updateAgent() would answer, or 503 password_busy when too many hashes wait.
    void addAgentLater(const Agent &agent, const QString &password, Done done);
    void updateAgentLater(Id agentId, const AgentChanges &changes, Done done);
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
        bool needsRegistration = false; // R1.10: starts pending verification
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
    CommandResult checkNewAgent(const Agent &agent, const QString &password);
    CommandResult storeNewAgent(const Agent &agent, const QString &passwordHash);
    // Success with `changed` set to the agent as `changes` leave it, or the refusal.
    CommandResult checkAgentChanges(Id agentId, const AgentChanges &changes, Agent *changed);
    CommandResult storeAgentChanges(const Agent &agent, const AgentChanges &changes,
                                    const QString &passwordHash);
    // Queues an agent write; `store` runs once `password` (if any) is hashed and every earlier
    // write is stored, with the hash ("" for none).
    void queueAgentWrite(const std::optional<QString> &password,
                         std::function<CommandResult(const QString &hash)> store, Done done);
    void agentWriteReady(quint64 number, std::function<CommandResult()> store);

    CommandResult saveChannel(ChannelConfig config);
    CommandResult listChannelAsIs(const ChannelConfig &config);
    CommandResult stored(bool ok, const QJsonObject &body, int status = 200);
    CommandResult unknownAgents(const QList<Id> &agentIds);
    QJsonObject agentJson(const Agent &agent);

    HubContext &m_ctx;
    PasswordChecker *m_passwords;
    struct AgentWrite {
        quint64 number;
        std::function<CommandResult()> store; // set once it may run
        Done done;
    };
    std::deque<AgentWrite> m_agentWrites; // oldest first
    quint64 m_nextAgentWrite = 0;
};

} // namespace parley::hub
