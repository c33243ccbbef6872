#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// Credits are whole numbers: "1 credit" is one unit here; a plan that sells fractional credits
// scales its rate table instead. Nothing about money is ever a floating-point number.
using Credits = qint64;

enum class LedgerKind { Purchase, AutoRecharge, Charge, Refund, Adjustment };

QString ledgerKindName(LedgerKind kind);
bool ledgerKindFromName(const QString &name, LedgerKind *kind);

struct AutoRecharge {
    bool enabled = false;
    Credits minimumBalance = 0; // R8.3: recharge when the balance falls to this
    Credits creditsToAdd = 0;
};

struct CreditAccount {
    Id id = 0;
    Credits balance = 0;
    AutoRecharge autoRecharge;
};

struct LedgerEntry {
    Id id = 0;
    LedgerKind kind = LedgerKind::Charge;
    Credits amount = 0; // positive adds to the balance, negative takes from it
    Credits balanceAfter = 0;
    Id messageId = 0; // for charges
    QString note;
    TimestampMs createdAt = 0;
};

} // namespace parley
