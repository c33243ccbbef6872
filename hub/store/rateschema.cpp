#include "hub/store/rateschema.h"

#include "core/billing/rateedit.h"

namespace parley::hub {
namespace {

QString sqlText(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

// The presets as rows: the numbers live in core/billing/rateplan.cpp alone.
QString presetRatesInsert(const RatePlan &plan)
{
    QStringList values;
    for (const CountryRate &rate : templateRateRows(plan))
        values << QStringLiteral("(%1, %2, %3, %4, %5, %6, %7)")
                      .arg(sqlText(plan.id), sqlText(rate.prefix), sqlText(rate.country))
                      .arg(rate.marketing.micros)
                      .arg(rate.utility.micros)
                      .arg(rate.authentication.micros)
                      .arg(rate.service.micros);
    return QStringLiteral("INSERT INTO credit_rates (plan, prefix, country, marketing, utility,"
                          " authentication, service) VALUES ") +
           values.join(QStringLiteral(", "));
}

} // namespace

QStringList creditRatesStep()
{
    // Prices in micro-units of the plan's currency; the empty prefix is every other country.
    QStringList step = {
        "CREATE TABLE credit_rates (plan TEXT NOT NULL, prefix TEXT NOT NULL,"
        " country TEXT NOT NULL DEFAULT '', marketing BIGINT NOT NULL, utility BIGINT NOT NULL,"
        " authentication BIGINT NOT NULL, service BIGINT NOT NULL, PRIMARY KEY (plan, prefix))",
        // Who changed which price when, from what to what (a reset writes one row per price
        // it moved).
        "CREATE TABLE credit_rate_changes (id INTEGER PRIMARY KEY, plan TEXT NOT NULL,"
        " prefix TEXT NOT NULL, category TEXT NOT NULL, old_micros BIGINT NOT NULL,"
        " new_micros BIGINT NOT NULL, agent_id BIGINT NOT NULL, changed_at BIGINT NOT NULL)",
    };
    for (const RatePlan &plan : presetRatePlans())
        step << presetRatesInsert(plan);
    return step;
}

} // namespace parley::hub
