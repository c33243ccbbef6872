#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// A balance, a charge or a top-up, counted in the plan's credit: a whole number, never a
// floating-point one. Each rate plan (core/billing/rateplan.h) says what one credit is worth in
// money and picks it small enough that every price it charges is a whole number of credits
// (US$0.0001 for Meta-style rate cards, US$0.005 for a "400 messages per point" plan). What a
// customer buys may be a bigger pack of credits (an "IM credit" at US$2 is 20,000 credits of
// US$0.0001); the ledger always stores credits.
using Credits = qint64;

enum class LedgerKind { Purchase, AutoRecharge, Charge, Refund, Adjustment };

QString ledgerKindName(LedgerKind kind);
bool ledgerKindFromName(const QString &name, LedgerKind *kind);

// R8.3. core/billing/autorecharge.h decides when and how much.
struct AutoRechargeSettings {
    bool enabled = false;
    Credits minimumBalance = 0; // recharge when the balance falls to this or below
    Credits creditsToAdd = 0;   // one top-up; several may be needed to get back above the minimum
};

struct CreditAccount {
    Id id = 0;
    QString ratePlanId; // RatePlan::id
    Credits balance = 0;
    AutoRechargeSettings autoRecharge;
};

struct LedgerEntry {
    Id id = 0;
    LedgerKind kind = LedgerKind::Charge;
    Credits amount = 0; // positive adds to the balance, negative takes from it
    Credits balanceAfter = 0;
    // Money paid for a purchase or an auto-recharge, in micro-units of `currency`
    // (core/billing/money.h); 0 for charges and adjustments.
    qint64 paidMicros = 0;
    QString currency;
    Id messageId = 0;  // for charges
    QString chargeWhy; // for charges: chargeReasonName() of core/billing/charging.h
    QString note;
    TimestampMs createdAt = 0;
};

} // namespace parley
