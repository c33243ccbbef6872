#pragma once

#include "core/billing/money.h"

#include <QString>

namespace parley::hub {

// Where the money for credits comes from (R8.2, R8.3). A card gateway implements charge() by
// calling its API and answering with its payment reference; docs/operations.md shows how one
// plugs in. The hub asks for the money before it adds the credits, and adds nothing on failure.
class PaymentProvider {
public:
    virtual ~PaymentProvider() = default;

    struct Result {
        bool ok = false;
        QString reference; // the provider's id for the payment, kept in the ledger note
        QString error;     // why not, in words for the admin
    };

    virtual QString name() const = 0;
    virtual Result charge(const Money &amount, const QString &description) = 0;
};

// For teams that pay Meta directly and use credits as an internal budget: a top-up is recorded
// at once, nothing is charged anywhere.
class LedgerPaymentProvider : public PaymentProvider {
public:
    QString name() const override { return QStringLiteral("ledger"); }
    Result charge(const Money &, const QString &) override
    {
        return {true, QStringLiteral("ledger"), {}};
    }
};

} // namespace parley::hub
