#include "hub/store/channelrepository.h"

namespace parley::hub {
namespace {

const QString columns = QStringLiteral(
    "id, name, department, waba_id, phone_number_id, display_number, graph_url, access_token,"
    " app_secret, verify_token, status, new_customers_as, auto_close_after_minutes");

ChannelConfig readChannel(const QSqlQuery &q)
{
    ChannelConfig c;
    c.channel.id = q.value(0).toLongLong();
    c.channel.name = q.value(1).toString();
    c.channel.department = q.value(2).toString();
    c.channel.wabaId = q.value(3).toString();
    c.channel.phoneNumberId = q.value(4).toString();
    c.channel.displayNumber = q.value(5).toString();
    c.graphUrl = q.value(6).toString();
    c.accessToken = q.value(7).toString();
    c.appSecret = q.value(8).toString();
    c.verifyToken = q.value(9).toString();
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

Id ChannelRepository::add(const ChannelConfig &c, TimestampMs now)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO channels (name, department, waba_id, phone_number_id,"
                       " display_number, graph_url, access_token, app_secret, verify_token,"
                       " status, new_customers_as, auto_close_after_minutes, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING RETURNING id"),
        {c.channel.name, c.channel.department, c.channel.wabaId, c.channel.phoneNumberId,
         c.channel.displayNumber, c.graphUrl, c.accessToken, c.appSecret, c.verifyToken,
         channelStatusName(c.channel.status), newCustomersName(c.channel.newCustomersAs),
         c.channel.autoCloseAfterMinutes, now});
    return q.isActive() && q.next() ? q.value(0).toLongLong() : 0;
}

bool ChannelRepository::update(const ChannelConfig &c)
{
    return m_db
        .exec(QStringLiteral("UPDATE channels SET name = ?, department = ?, waba_id = ?,"
                             " phone_number_id = ?, display_number = ?, graph_url = ?,"
                             " access_token = ?, app_secret = ?, verify_token = ?, status = ?,"
                             " new_customers_as = ?, auto_close_after_minutes = ? WHERE id = ?"),
              {c.channel.name, c.channel.department, c.channel.wabaId, c.channel.phoneNumberId,
               c.channel.displayNumber, c.graphUrl, c.accessToken, c.appSecret, c.verifyToken,
               channelStatusName(c.channel.status), newCustomersName(c.channel.newCustomersAs),
               c.channel.autoCloseAfterMinutes, c.channel.id})
        .isActive();
}

std::optional<ChannelConfig> ChannelRepository::byId(Id id)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM channels WHERE id = ?").arg(columns), {id});
    if (!q.next())
        return std::nullopt;
    return readChannel(q);
}

std::optional<ChannelConfig> ChannelRepository::byPhoneNumberId(const QString &phoneNumberId)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM channels WHERE phone_number_id = ?").arg(columns),
                  {phoneNumberId});
    if (!q.next())
        return std::nullopt;
    return readChannel(q);
}

QList<ChannelConfig> ChannelRepository::all()
{
    QList<ChannelConfig> channels;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM channels ORDER BY id").arg(columns));
    while (q.next())
        channels.append(readChannel(q));
    return channels;
}

Id ChannelRepository::nextRoundRobinOwner(Id channelId)
{
    const QVariantList channel = {channelId};
    const qint64 last = m_db.scalar(QStringLiteral("SELECT round_robin_last FROM channels"
                                                   " WHERE id = ?"),
                                    channel, 0)
                            .toLongLong();
    // Eligible: active agents who may reply, in the channel's department when anyone is in it.
    const QString eligible = QStringLiteral(
        "FROM agents a WHERE a.active = 1 AND a.role IN ('admin', 'agent') AND"
        " (a.department = (SELECT department FROM channels WHERE id = ?) OR NOT EXISTS"
        " (SELECT 1 FROM agents b WHERE b.active = 1 AND b.role IN ('admin', 'agent') AND"
        " b.department = (SELECT department FROM channels WHERE id = ?)))");
    Id next = m_db.scalar(QStringLiteral("SELECT min(a.id) %1 AND a.id > ?").arg(eligible),
                          {channelId, channelId, last}, 0)
                  .toLongLong();
    if (next == 0)
        next = m_db.scalar(QStringLiteral("SELECT min(a.id) %1").arg(eligible),
                           {channelId, channelId}, 0)
                   .toLongLong();
    if (next != 0)
        m_db.exec(QStringLiteral("UPDATE channels SET round_robin_last = ? WHERE id = ?"),
                  {next, channelId});
    return next;
}

} // namespace parley::hub
