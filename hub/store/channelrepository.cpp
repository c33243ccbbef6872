#include "hub/store/channelrepository.h"

#include "hub/store/agentrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace parley::hub {
namespace {

const QString channelColumns = QStringLiteral(
    "id, name, department, waba_id, phone_number_id, display_number, graph_url, access_token,"
    " app_secret, verify_token, status, new_customers_as, auto_close_after_minutes");

QString openSecret(const SecretBox &secrets, const QString &stored, Id channelId)
{
    if (const std::optional<QString> plain = secrets.open(stored))
        return *plain;
    // The store was checked against the key when it was opened (sealSecretsAtRest), so this is
    // a row damaged since: an empty secret makes Graph refuse the channel visibly, where a wrong
    // one would look like a working channel.
    qCritical("channel %lld: a secret does not open with the store's key", channelId);
    return {};
}

ChannelConfig readChannel(const QSqlQuery &q, const SecretBox &secrets)
{
    ChannelConfig c;
    c.channel.id = q.value(0).toLongLong();
    c.channel.name = q.value(1).toString();
    c.channel.department = q.value(2).toString();
    c.channel.wabaId = q.value(3).toString();
    c.channel.phoneNumberId = q.value(4).toString();
    c.channel.displayNumber = q.value(5).toString();
    c.graphUrl = q.value(6).toString();
    c.accessToken = openSecret(secrets, q.value(7).toString(), c.channel.id);
    c.appSecret = openSecret(secrets, q.value(8).toString(), c.channel.id);
    c.verifyToken = openSecret(secrets, q.value(9).toString(), c.channel.id);
    channelStatusFromName(q.value(10).toString(), &c.channel.status);
    c.channel.newCustomersAs = q.value(11).toString() == QLatin1String("contacts")
                                   ? NewCustomerModule::Contacts
                                   : NewCustomerModule::Leads;
    c.channel.autoCloseAfterMinutes = q.value(12).toLongLong();
    return c;
}

QString newCustomersName(NewCustomerModule module)
{
    return module == NewCustomerModule::Contacts ? QStringLiteral("contacts")
                                                 : QStringLiteral("leads");
}

} // namespace

const QList<ChannelConfig> &ChannelRepository::cached()
{
    const quint64 epoch = m_db.cacheEpoch();
    if (m_cache && m_cacheEpoch == epoch)
        return *m_cache;
    QList<ChannelConfig> channels;
    CachedQuery q =
        m_db.query(QStringLiteral("SELECT %1 FROM channels ORDER BY id").arg(channelColumns));
    while (q.next())
        channels.append(readChannel(*q, m_db.secrets()));
    // A failed read is not kept, so the next call tries again.
    if (q.isActive()) {
        m_cache = std::move(channels);
        m_cacheEpoch = epoch;
        return *m_cache;
    }
    m_cache.reset();
    static const QList<ChannelConfig> none;
    return none;
}

Id ChannelRepository::add(const ChannelConfig &c, TimestampMs now)
{
    m_db.invalidate();
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO channels (name, department, waba_id, phone_number_id,"
                       " display_number, graph_url, access_token, app_secret, verify_token,"
                       " status, new_customers_as, auto_close_after_minutes, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING RETURNING id"),
        {c.channel.name, c.channel.department, c.channel.wabaId, c.channel.phoneNumberId,
         c.channel.displayNumber, c.graphUrl, m_db.secrets().seal(c.accessToken),
         m_db.secrets().seal(c.appSecret), m_db.secrets().seal(c.verifyToken),
         channelStatusName(c.channel.status), newCustomersName(c.channel.newCustomersAs),
         c.channel.autoCloseAfterMinutes, now});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool ChannelRepository::update(const ChannelConfig &c)
{
    m_db.invalidate();
    return m_db
        .exec(QStringLiteral("UPDATE channels SET name = ?, department = ?, waba_id = ?,"
                             " phone_number_id = ?, display_number = ?, graph_url = ?,"
                             " access_token = ?, app_secret = ?, verify_token = ?, status = ?,"
                             " new_customers_as = ?, auto_close_after_minutes = ? WHERE id = ?"),
              {c.channel.name, c.channel.department, c.channel.wabaId, c.channel.phoneNumberId,
               c.channel.displayNumber, c.graphUrl, m_db.secrets().seal(c.accessToken),
               m_db.secrets().seal(c.appSecret), m_db.secrets().seal(c.verifyToken),
               channelStatusName(c.channel.status), newCustomersName(c.channel.newCustomersAs),
               c.channel.autoCloseAfterMinutes, c.channel.id})
        .isActive();
}

std::optional<ChannelConfig> ChannelRepository::byId(Id id)
{
    for (const ChannelConfig &channel : cached()) {
        if (channel.channel.id == id)
            return channel;
    }
    return std::nullopt;
}

std::optional<ChannelConfig> ChannelRepository::byPhoneNumberId(const QString &phoneNumberId)
{
    for (const ChannelConfig &channel : cached()) {
        if (channel.channel.phoneNumberId == phoneNumberId)
            return channel;
    }
    return std::nullopt;
}

QList<ChannelConfig> ChannelRepository::all()
{
    return cached();
}

ChannelRouting ChannelRepository::routing(Id channelId)
{
    ChannelRouting routing;
    // Kept prepared: every first contact reads it (round robin).
    CachedQuery q = m_db.query(QStringLiteral("SELECT assign_to, targets, departments FROM"
                                              " channel_routing WHERE channel_id = ?"),
                               {channelId});
    if (!q.next())
        return routing;
    assignToFromName(q.value(0).toString(), &routing.assignTo);
    const QJsonObject targets = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    for (const QJsonValue &id : targets.value(QStringLiteral("agents")).toArray())
        routing.agents.append(id.toInteger());
    for (const QJsonValue &id : targets.value(QStringLiteral("groups")).toArray())
        routing.groups.append(id.toInteger());
    for (const QJsonValue &name : targets.value(QStringLiteral("roles")).toArray()) {
        Role role = Role::Agent;
        if (roleFromName(name.toString(), &role))
            routing.roles.append(role);
    }
    for (const QJsonValue &name : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
        routing.departments.append(name.toString());
    return routing;
}

bool ChannelRepository::setRouting(Id channelId, const ChannelRouting &routing)
{
    QJsonArray agents, groups, roles;
    for (Id id : routing.agents)
        agents.append(id);
    for (Id id : routing.groups)
        groups.append(id);
    for (Role role : routing.roles)
        roles.append(roleName(role));
    const QJsonObject targets{{QStringLiteral("agents"), agents},
                              {QStringLiteral("groups"), groups},
                              {QStringLiteral("roles"), roles}};
    return m_db
        .exec(QStringLiteral("INSERT INTO channel_routing (channel_id, assign_to, targets,"
                             " departments) VALUES (?, ?, ?, ?) ON CONFLICT (channel_id) DO UPDATE"
                             " SET assign_to = excluded.assign_to, targets = excluded.targets,"
                             " departments = excluded.departments"),
              {channelId, assignToName(routing.assignTo),
               QString::fromUtf8(QJsonDocument(targets).toJson(QJsonDocument::Compact)),
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(routing.departments))
                                     .toJson(QJsonDocument::Compact))})
        .isActive();
}

std::optional<ChannelIconFile> ChannelRepository::icon(Id channelId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT file_name, mime, data FROM channel_icons WHERE channel_id = ?"),
        {channelId});
    if (!q.next())
        return std::nullopt;
    return ChannelIconFile{q.value(0).toString(), q.value(1).toByteArray(),
                           q.value(2).toByteArray()};
}

bool ChannelRepository::setIcon(Id channelId, const ChannelIconFile &icon)
{
    return m_db
        .exec(QStringLiteral("INSERT INTO channel_icons (channel_id, file_name, mime, data)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (channel_id) DO UPDATE SET"
                             " file_name = excluded.file_name, mime = excluded.mime,"
                             " data = excluded.data"),
              {channelId, icon.fileName, QString::fromLatin1(icon.mime), icon.data})
        .isActive();
}

Id ChannelRepository::nextRoundRobinOwner(Id channelId)
{
    const std::optional<ChannelConfig> channel = byId(channelId);
    if (!channel)
        return 0;
    const ChannelRouting rule = routing(channelId);
    AgentRepository agents(m_db);
    QList<Agent> canReply;
    for (const Agent &agent : agents.all()) {
        if (agent.active && canSend(agent.role))
            canReply.append(agent);
    }
    QSet<Id> inGroups;
    for (const AgentGroup &group : agents.groups()) {
        if (rule.groups.contains(group.id))
            inGroups.unite(QSet<Id>(group.members.begin(), group.members.end()));
    }
    const auto named = [&](const Agent &agent) {
        switch (rule.assignTo) {
        case ChannelRouting::AssignTo::Users:
            return rule.agents.contains(agent.id);
        case ChannelRouting::AssignTo::Groups:
            return inGroups.contains(agent.id);
        case ChannelRouting::AssignTo::Roles:
            return rule.roles.contains(agent.role);
        case ChannelRouting::AssignTo::Department:
            break;
        }
        return true;
    };
    QList<Agent> pool;
    for (const Agent &agent : canReply) {
        if (named(agent))
            pool.append(agent);
    }
    if (pool.isEmpty())
        pool = canReply;
    const QStringList departments = QStringList{channel->channel.department} + rule.departments;
    QList<Agent> inDepartment;
    for (const Agent &agent : pool) {
        if (departments.contains(agent.department))
            inDepartment.append(agent);
    }
    if (!inDepartment.isEmpty())
        pool = inDepartment;
    if (pool.isEmpty())
        return 0;
    const qint64 last = m_db.scalar(QStringLiteral("SELECT round_robin_last FROM channels"
                                                   " WHERE id = ?"),
                                    {channelId}, 0)
                            .toLongLong();
    Id next = pool.first().id; // all() is by id, so the pool is too
    for (const Agent &agent : pool) {
        if (agent.id > last) {
            next = agent.id;
            break;
        }
    }
    m_db.run(QStringLiteral("UPDATE channels SET round_robin_last = ? WHERE id = ?"),
             {next, channelId});
    return next;
}

bool ChannelRepository::holdsSealedSecrets()
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT access_token, app_secret, verify_token FROM channels"));
    while (q.next()) {
        for (int column = 0; column < 3; ++column) {
            if (SecretBox::isSealed(q.value(column).toString()))
                return true;
        }
    }
    return false;
}

bool ChannelRepository::sealSecretsAtRest(QString *error)
{
    const SecretBox &secrets = m_db.secrets();
    struct Row {
        Id id;
        QStringList values;
    };
    QList<Row> plaintext;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, access_token, app_secret, verify_token FROM channels"));
    if (!q.isActive()) {
        *error = m_db.errorString();
        return false;
    }
    while (q.next()) {
        Row row{q.value(0).toLongLong(), {}};
        bool sealedAll = true;
        for (int column = 1; column <= 3; ++column) {
            const QString value = q.value(column).toString();
            if (!SecretBox::isSealed(value)) {
                sealedAll = false;
                row.values.append(secrets.seal(value));
            } else if (secrets.open(value)) {
                row.values.append(value);
            } else {
                *error = QStringLiteral("the key file does not open the secrets of channel %1: "
                                        "it is not the secret.key that belongs to this store")
                             .arg(row.id);
                return false;
            }
        }
        if (!sealedAll)
            plaintext.append(row);
    }
    q.finish();
    if (plaintext.isEmpty())
        return true;
    m_db.invalidate();
    // The plaintext must not linger in the file: zeroed where it was, and the write-ahead log
    // that held the older pages emptied.
    m_db.beginScrubbing();
    Transaction transaction(m_db);
    for (const Row &row : plaintext) {
        if (!m_db.exec(QStringLiteral("UPDATE channels SET access_token = ?, app_secret = ?,"
                                      " verify_token = ? WHERE id = ?"),
                       {row.values[0], row.values[1], row.values[2], row.id})
                 .isActive()) {
            *error = m_db.errorString();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = m_db.errorString();
        return false;
    }
    m_db.finishScrubbing();
    return true;
}

QString assignToName(ChannelRouting::AssignTo assignTo)
{
    switch (assignTo) {
    case ChannelRouting::AssignTo::Users:
        return QStringLiteral("users");
    case ChannelRouting::AssignTo::Groups:
        return QStringLiteral("groups");
    case ChannelRouting::AssignTo::Roles:
        return QStringLiteral("roles");
    case ChannelRouting::AssignTo::Department:
        break;
    }
    return QStringLiteral("department");
}

bool assignToFromName(const QString &name, ChannelRouting::AssignTo *assignTo)
{
    for (auto value : {ChannelRouting::AssignTo::Department, ChannelRouting::AssignTo::Users,
                       ChannelRouting::AssignTo::Groups, ChannelRouting::AssignTo::Roles}) {
        if (assignToName(value) == name) {
            *assignTo = value;
            return true;
        }
    }
    return false;
}

} // namespace parley::hub
