#include "hub/store/raterepository.h"

namespace parley::hub {

std::optional<QList<CountryRate>> RateRepository::rates(const QString &planId,
                                                        const QString &currency)
{
    CachedQuery q = m_db.query(
        QStringLiteral("SELECT prefix, country, marketing, utility, authentication, service"
                       " FROM credit_rates WHERE plan = ? ORDER BY prefix"),
        {planId});
    if (!q.isActive())
        return std::nullopt;
    QList<CountryRate> rows;
    while (q.next())
        rows.append(
            {q.value(0).toString(), q.value(1).toString(), Money{currency, q.value(2).toLongLong()},
             Money{currency, q.value(3).toLongLong()}, Money{currency, q.value(4).toLongLong()},
             Money{currency, q.value(5).toLongLong()}});
    return rows;
}

bool RateRepository::setPrice(const QString &planId, const CountryRate &row,
                              PricingCategory category, bool rename)
{
    // The column is one of four fixed names (pricingCategoryName), never outside text.
    const QString column = pricingCategoryName(category);
    return m_db.run(
        QStringLiteral("INSERT INTO credit_rates (plan, prefix, country, marketing, utility,"
                       " authentication, service) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (plan, prefix) DO UPDATE SET %1 = excluded.%1%2")
            .arg(column, rename ? QStringLiteral(", country = excluded.country") : QString()),
        {planId, row.prefix, row.country, row.marketing.micros, row.utility.micros,
         row.authentication.micros, row.service.micros});
}

bool RateRepository::saveRow(const QString &planId, const CountryRate &row)
{
    return m_db.run(
        QStringLiteral("INSERT INTO credit_rates (plan, prefix, country, marketing, utility,"
                       " authentication, service) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (plan, prefix) DO UPDATE SET country = excluded.country,"
                       " marketing = excluded.marketing, utility = excluded.utility,"
                       " authentication = excluded.authentication, service = excluded.service"),
        {planId, row.prefix, row.country, row.marketing.micros, row.utility.micros,
         row.authentication.micros, row.service.micros});
}

bool RateRepository::replacePlan(const QString &planId, const QList<CountryRate> &rows)
{
    if (!m_db.run(QStringLiteral("DELETE FROM credit_rates WHERE plan = ?"), {planId}))
        return false;
    for (const CountryRate &row : rows) {
        if (!saveRow(planId, row))
            return false;
    }
    return true;
}

bool RateRepository::logChange(const Change &change)
{
    return m_db.run(QStringLiteral("INSERT INTO credit_rate_changes (plan, prefix, category,"
                                   " old_micros, new_micros, agent_id, changed_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {change.planId, change.prefix, change.category, change.oldMicros,
                     change.newMicros, change.agentId, change.at});
}

std::optional<QList<RateRepository::Change>> RateRepository::changes(int limit)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, plan, prefix, category, old_micros, new_micros, agent_id,"
                       " changed_at FROM credit_rate_changes ORDER BY id DESC LIMIT ?"),
        {limit});
    if (!q.isActive())
        return std::nullopt;
    QList<Change> found;
    while (q.next())
        found.append(Change{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                            q.value(6).toLongLong(), q.value(7).toLongLong()});
    return found;
}

} // namespace parley::hub
