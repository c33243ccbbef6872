#pragma once

#include "core/domain/ids.h"
#include "core/domain/record.h"

#include <QDate>
#include <QList>
#include <QString>

namespace parley {

// R4.7 record documents: a quote for a lead, contact or deal, numbered per team (Q-2026-0001),
// which an agent edits while it is a draft and then sends to the customer as a PDF. Money is
// in the currency's minor units (cents; yen have none), quantities in thousandths, percents in
// hundredths of a percent, so that every total is exact integer arithmetic (core/rules/
// quoterules.h) and the hub and every desktop compute the same figures.
enum class QuoteStatus { Draft, Sent, Accepted, Declined };

QString quoteStatusName(QuoteStatus status);
bool quoteStatusFromName(const QString &name, QuoteStatus *status);

struct QuoteItem {
    QString description;
    qint64 quantityMilli = 1000; // 1.5 units: 1500
    qint64 unitPriceMinor = 0;   // US$12.34: 1234; ¥500: 500
    int discountBasisPoints = 0; // 7.5 %: 750
    int taxBasisPoints = 0;      // 20 %: 2000
};

// What an agent writes: the editable part of a quote.
struct QuoteDraft {
    QString title;
    QString currency; // ISO 4217, one of quoteCurrencies()
    QDate validUntil;
    QString notes;
    QList<QuoteItem> items;
};

struct Quote {
    Id id = 0;
    Id recordId = 0;
    Module module = Module::Leads; // the record's: leads, contacts or deals
    QString number;                // "Q-2026-0001", unique in the team
    QDate issuedOn;                // the quote date (UTC day it was created)
    QuoteStatus status = QuoteStatus::Draft;
    QuoteDraft content;
    Id createdBy = 0;
    TimestampMs createdAt = 0;
    TimestampMs updatedAt = 0;
    TimestampMs sentAt = 0; // 0: never sent
};

} // namespace parley
