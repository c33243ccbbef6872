#pragma once

#include "core/billing/money.h"
#include "core/billing/rateplan.h"
#include "core/domain/channel.h"
#include "core/domain/credits.h"
#include "core/domain/ids.h"

#include <QList>
#include <QString>

namespace parley::ui {

// How the Credits screen writes numbers, money, instants and names: always through QLocale and
// tr(), never by hand.
QString creditsText(Credits credits);
// Money as the user's locale writes it ("$28.00" in en_US, "US$ 28,00" in pt_BR), with as many
// decimals as the amount needs (at least 2).
QString moneyDisplay(const Money &money);
// A quote's amount (R4.7) in minor units of `currency` (one of quoteCurrencies()), by the same
// rule with the currency's own decimals: ¥429,000, $4,799.88, "US$ 4.799,88" in pt_BR.
QString moneyDisplay(qint64 minorUnits, const QString &currency);
QString instantText(TimestampMs at);
QString ledgerKindText(LedgerKind kind);
QString ledgerKindText(const QString &kindName);
// The hub's notes for charges ("session_rate", "template_rate") in words; other notes (payment
// references, failure codes) as they are.
QString ledgerNoteText(const QString &note);
QString pricingCategoryText(PricingCategory category);
// A template rate row's country in the user's language: the preset rows' names (core/billing/
// rateplan.cpp) are translated, a name an admin gave stays as written, and the row without a
// calling code is "Other countries".
QString rateCountryText(const CountryRate &rate);
// R1.3, also used by the Channels screen.
QString channelStatusText(ChannelStatus status);
// The unit credits are sold in ("point", "IM credit", "US$1").
QString packTitle(const RatePlan &plan);
// How packs are sold: "Sold in packs of 10,000 credits for US$1.00." for a pack named by its
// price ("US$1", which "1 US$1 = …" only repeated), "Sold in packs of 400 credits (1 point) for
// US$2.00." for a pack that is a unit of its own.
QString packSaleText(const RatePlan &plan);
// What follows the number of packs to buy: "× 10,000 credits = 30,000 credits for US$3.00" (a pack
// named by its price), "× point = 1,200 credits for US$6.00" (a unit).
QString packQuoteText(const RatePlan &plan, Credits credits, const Money &price);

// R8.2: the number whose state decides whether credits may be bought: a connected one when
// there is any, otherwise the nearest to it (pending, deactivated, disconnected, in that order).
ChannelStatus purchaseChannelStatus(const QList<Channel> &channels);

} // namespace parley::ui
