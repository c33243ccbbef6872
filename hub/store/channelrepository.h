#pragma once

#include "core/domain/agent.h"
#include "core/domain/channel.h"
#include "hub/store/hubdatabase.h"

#include <optional>

namespace parley::hub {

// A channel with what only the hub may know: where and how to call the Graph API and how to
// check Meta's webhooks.
struct ChannelConfig {
    Channel channel;
    QString graphUrl; // e.g. https://graph.facebook.com/v23.0 or the simulator's address
    QString accessToken;
    QString appSecret;
    QString verifyToken;
};

// R1.6 / R1.8: who is given the record and conversation of a number the channel has not seen.
// The pool is everyone who can reply (active admins and agents), narrowed to the named users,
// the members of the named groups or the named roles; then to those in the channel's department
// or one of its enabled `departments`, when that leaves anyone. A pool left empty (every named
// agent inactive, say) falls back to the department rule, so a chat is never left unassigned
// while someone could take it. Owners take turns in id order (round-robin).
struct ChannelRouting {
    enum class AssignTo { Department, Users, Groups, Roles };
    AssignTo assignTo = AssignTo::Department;
    QList<Id> agents;
    QList<Id> groups;
    QList<Role> roles;
    QStringList departments; // enabled besides the channel's own
};

QString assignToName(ChannelRouting::AssignTo assignTo);
bool assignToFromName(const QString &name, ChannelRouting::AssignTo *assignTo);

// R1.2: the picture shown for a channel; checked by checkChannelIcon before it is stored.
struct ChannelIconFile {
    QString fileName;
    QByteArray mime;
    QByteArray data;
};

class ChannelRepository {
public:
    explicit ChannelRepository(HubDatabase &db) : m_db(db) {}

    Id add(const ChannelConfig &config, TimestampMs now); // 0 when the number is taken
    bool update(const ChannelConfig &config);
    std::optional<ChannelConfig> byId(Id id);
    std::optional<ChannelConfig> byPhoneNumberId(const QString &phoneNumberId);
    QList<ChannelConfig> all();

    ChannelRouting routing(Id channelId);
    bool setRouting(Id channelId, const ChannelRouting &routing);
    std::optional<ChannelIconFile> icon(Id channelId);
    bool setIcon(Id channelId, const ChannelIconFile &icon);

    // R1.6 / R9.2: the next owner in turn under the channel's routing (above); 0 when nobody
    // can reply.
    Id nextRoundRobinOwner(Id channelId);

    // The secrets are sealed at rest with the store's key (HubDatabase::secrets()). Whether any
    // row holds a sealed one (then only its own key file opens the store).
    bool holdsSealedSecrets();
    // Seals the plaintext secrets an older hub wrote, in one transaction, and checks that every
    // sealed one opens with the loaded key; false with `error` when one does not.
    bool sealSecretsAtRest(QString *error);

private:
    // Every webhook looks its channel up twice (the app secret for the signature, then the
    // number), so the few channel rows are kept in memory and read again only when
    // HubDatabase::cacheEpoch() says they may have changed.
    const QList<ChannelConfig> &cached();

    HubDatabase &m_db;
    std::optional<QList<ChannelConfig>> m_cache;
    quint64 m_cacheEpoch = 0;
};

} // namespace parley::hub
