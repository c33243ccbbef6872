#include "ui/admin/creditformat.h"

#include "core/billing/moneydisplay.h"
#include "core/rules/quoterules.h"
#include "ui/main/namespacetr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace parley::ui {

QString creditsText(Credits credits)
{
    return QLocale().toString(qlonglong(credits));
}

QString moneyDisplay(const Money &money)
{
    return localMoneyText(money); // one rule for every screen: core/billing/moneydisplay
}

QString moneyDisplay(qint64 minorUnits, const QString &currency)
{
    return localMinorUnitsText(minorUnits, qMax(0, currencyMinorDigits(currency)), currency);
}

QString instantText(TimestampMs at)
{
    if (at <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).toLocalTime(),
                              QLocale::ShortFormat);
}

QString ledgerKindText(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Purchase:
        return tr("Purchase");
    case LedgerKind::AutoRecharge:
        return tr("Auto-recharge");
    case LedgerKind::Charge:
        return tr("Message charge");
    case LedgerKind::Refund:
        return tr("Refund");
    case LedgerKind::Adjustment:
        return tr("Adjustment");
    }
    return {};
}

QString ledgerKindText(const QString &kindName)
{
    LedgerKind kind = LedgerKind::Charge;
    return ledgerKindFromName(kindName, &kind) ? ledgerKindText(kind) : kindName;
}

QString ledgerNoteText(const QString &note)
{
    if (note == QLatin1String("session_rate"))
        return tr("Session message");
    if (note == QLatin1String("template_rate"))
        return tr("Template message");
    return note;
}

QString rateCountryText(const CountryRate &rate)
{
    if (rate.prefix.isEmpty())
        return tr("Other countries");
    return QCoreApplication::translate("RateCountry", rate.country.toUtf8().constData());
}

QString pricingCategoryText(PricingCategory category)
{
    switch (category) {
    case PricingCategory::Marketing:
        return tr("Marketing");
    case PricingCategory::Utility:
        return tr("Utility");
    case PricingCategory::Authentication:
        return tr("Authentication");
    case PricingCategory::Service:
        return tr("Service");
    }
    return {};
}

QString packTitle(const RatePlan &plan)
{
    // The presets' units in the user's language; a money pack ("US$1") reads the same anywhere.
    if (plan.pack.name == QLatin1String("IM credit"))
        return tr("IM credit");
    if (plan.pack.name == QLatin1String("point"))
        return tr("point");
    return plan.pack.name;
}

// A pack named by its price ("US$1") rather than a unit ("IM credit", "point").
static bool packNamedByPrice(const RatePlan &plan)
{
    return std::any_of(plan.pack.name.cbegin(), plan.pack.name.cend(),
                       [](QChar c) { return c.isDigit(); });
}

QString packSaleText(const RatePlan &plan)
{
    const QString credits = creditsText(plan.pack.credits);
    const QString price = moneyDisplay(packPrice(plan));
    if (packNamedByPrice(plan))
        return tr("Sold in packs of %1 credits for %2.").arg(credits, price);
    return tr("Sold in packs of %1 credits (1 %2) for %3.").arg(credits, packTitle(plan), price);
}

QString packQuoteText(const RatePlan &plan, Credits credits, const Money &price)
{
    if (packNamedByPrice(plan))
        return tr("× %1 credits = %2 credits for %3")
            .arg(creditsText(plan.pack.credits), creditsText(credits), moneyDisplay(price));
    return tr("× %1 = %2 credits for %3")
        .arg(packTitle(plan), creditsText(credits), moneyDisplay(price));
}

QString channelStatusText(ChannelStatus status)
{
    switch (status) {
    case ChannelStatus::PendingVerification:
        return tr("pending verification");
    case ChannelStatus::Connected:
        return tr("connected");
    case ChannelStatus::Deactivated:
        return tr("deactivated");
    case ChannelStatus::Disconnected:
        return tr("disconnected");
    case ChannelStatus::NeedsAttention:
        return tr("needs attention");
    }
    return {};
}

ChannelStatus purchaseChannelStatus(const QList<Channel> &channels)
{
    const QList<ChannelStatus> nearest = {
        ChannelStatus::Connected, ChannelStatus::PendingVerification, ChannelStatus::NeedsAttention,
        ChannelStatus::Deactivated, ChannelStatus::Disconnected};
    for (ChannelStatus status : nearest) {
        for (const Channel &channel : channels) {
            if (channel.status == status)
                return status;
        }
    }
    return ChannelStatus::PendingVerification; // no number yet: it still has to be connected
}

} // namespace parley::ui
