// R4.7 quotes: what a quote may hold and what it adds up to (core/rules/quoterules.h), and its
// wire form (core/protocol/quotetypes.h).
#include "core/protocol/quotetypes.h"
#include "core/rules/quoterules.h"

#include <QJsonArray>
#include <QTest>

using namespace parley;

namespace {

QuoteItem item(const QString &description, qint64 quantityMilli, qint64 priceMinor,
               int discountBp = 0, int taxBp = 0)
{
    return {description, quantityMilli, priceMinor, discountBp, taxBp};
}

QuoteDraft validDraft()
{
    QuoteDraft draft;
    draft.title = QStringLiteral("Website redesign");
    draft.currency = QStringLiteral("USD");
    draft.validUntil = QDate(2026, 12, 31);
    draft.items = {item(QStringLiteral("Design"), 2000, 150000)};
    return draft;
}

QStringList codes(const RuleErrors &errors)
{
    QStringList out;
    for (const RuleError &error : errors)
        out.append(error.code);
    return out;
}

} // namespace

class TestQuoteRules : public QObject {
    Q_OBJECT

private slots:
    void totalsOfAPlainLine()
    {
        const QuoteTotals totals = quoteTotals({item(QStringLiteral("A"), 3000, 1999)});
        QCOMPARE(totals.subtotal, 5997);
        QCOMPARE(totals.discount, 0);
        QCOMPARE(totals.tax, 0);
        QCOMPARE(totals.total, 5997);
    }

    void discountThenTaxOnTheDiscountedAmount()
    {
        // 10 × 100.00 = 1000.00; 10 % off = 100.00; tax 20 % of 900.00 = 180.00.
        const QuoteLineTotals line =
            quoteLineTotals(item(QStringLiteral("A"), 10000, 10000, 1000, 2000));
        QCOMPARE(line.gross, 100000);
        QCOMPARE(line.discount, 10000);
        QCOMPARE(line.net, 90000);
        QCOMPARE(line.tax, 18000);
        QCOMPARE(line.total, 108000);
    }

    void roundsHalfAwayFromZeroPerLine()
    {
        // 1.5 × 0.33 = 0.495 → 0.50 (half up), 7.5 % of 0.50 = 0.0375 → 0.04.
        QuoteLineTotals line = quoteLineTotals(item(QStringLiteral("A"), 1500, 33, 750));
        QCOMPARE(line.gross, 50);
        QCOMPARE(line.discount, 4);
        QCOMPARE(line.net, 46);
        // 0.125 → 0.13, not banker's 0.12.
        line = quoteLineTotals(item(QStringLiteral("B"), 125, 100));
        QCOMPARE(line.gross, 13);
        // Below the half: 0.124 → 0.12.
        line = quoteLineTotals(item(QStringLiteral("C"), 124, 100));
        QCOMPARE(line.gross, 12);
        QCOMPARE(roundedQuotient(-5, 10), -1);
        QCOMPARE(roundedQuotient(-4, 10), 0);
        QCOMPARE(roundedQuotient(15, 10), 2);
    }

    void quoteTotalsAreTheSumsOfRoundedLines()
    {
        // Three lines of 0.333 × 1.00 each round to 0.33: the total is 0.99, not round(0.999).
        const QuoteItem third = item(QStringLiteral("A"), 333, 100);
        const QuoteTotals totals = quoteTotals({third, third, third});
        QCOMPARE(totals.lines.size(), 3);
        QCOMPARE(totals.subtotal, 99);
        QCOMPARE(totals.total, 99);
        QCOMPARE(totals.total, totals.subtotal - totals.discount + totals.tax);
    }

    void largestQuoteStaysExact()
    {
        // 100 lines at the bounds: 10^6 units × 10^10 minor, 100 % tax, no overflow.
        QList<QuoteItem> items;
        for (int i = 0; i < QuoteLimits::maxItems; ++i)
            items.append(item(QStringLiteral("Big"), QuoteLimits::maxQuantityMilli,
                              QuoteLimits::maxUnitPriceMinor, 0, 10000));
        const QuoteTotals totals = quoteTotals(items);
        QCOMPARE(totals.subtotal, 100LL * 1000000 * 10000000000LL);
        QCOMPARE(totals.total, 2 * totals.subtotal);
        // A fraction of a unit at the top price stays exact too.
        QCOMPARE(quoteLineTotals(item(QStringLiteral("F"), 999999999, 9999999999LL)).gross,
                 9999999989000000LL);
    }

    void validDraftPasses()
    {
        QVERIFY(checkQuoteDraft(validDraft(), QDate(2026, 12, 5)).isEmpty());
    }

    void refusesWhatBreaksTheLimits()
    {
        QuoteDraft draft = validDraft();
        draft.title = QString(201, QLatin1Char('x'));
        draft.currency = QStringLiteral("XYZ");
        draft.validUntil = QDate(2026, 12, 4);
        draft.notes = QString(2001, QLatin1Char('n'));
        draft.items = {item(QString(), 1000, 1),
                       item(QStringLiteral("B"), 0, 1),
                       item(QStringLiteral("C"), 1000, -1),
                       item(QStringLiteral("D"), 1000, 1, 10001),
                       item(QStringLiteral("E"), 1000000001, 1),
                       item(QString(201, QLatin1Char('d')), 1000, 1, 0, -1)};
        const RuleErrors errors = checkQuoteDraft(draft, QDate(2026, 12, 5));
        const QStringList found = codes(errors);
        for (const char *code : {"quote_title_invalid", "quote_currency_unknown",
                                 "quote_validity_invalid", "quote_notes_too_long",
                                 "quote_item_description_invalid", "quote_item_quantity_invalid",
                                 "quote_item_price_invalid", "quote_item_percent_invalid"})
            QVERIFY2(found.contains(QLatin1String(code)), code);
        QCOMPARE(found.count(QStringLiteral("quote_item_description_invalid")), 2);
        QCOMPARE(found.count(QStringLiteral("quote_item_quantity_invalid")), 2);
        // Each item error names its line, 1-based.
        QCOMPARE(errors.at(found.indexOf(QStringLiteral("quote_item_price_invalid")))
                     .args.value(QStringLiteral("item"))
                     .toInt(),
                 3);
        QVERIFY(!errors.first().message().contains(QLatin1Char('{')));
    }

    void itemCountIsBounded()
    {
        QuoteDraft draft = validDraft();
        draft.items.clear();
        QCOMPARE(codes(checkQuoteDraft(draft, QDate(2026, 12, 5))),
                 QStringList{QStringLiteral("quote_items_count")});
        for (int i = 0; i < QuoteLimits::maxItems; ++i)
            draft.items.append(item(QStringLiteral("x"), 1000, 1));
        QVERIFY(checkQuoteDraft(draft, QDate(2026, 12, 5)).isEmpty());
        draft.items.append(item(QStringLiteral("x"), 1000, 1));
        QCOMPARE(codes(checkQuoteDraft(draft, QDate(2026, 12, 5))),
                 QStringList{QStringLiteral("quote_items_count")});
    }

    void validityMayBeTheQuoteDateButNotBeforeNorPastTenYears()
    {
        QuoteDraft draft = validDraft();
        draft.validUntil = QDate(2026, 12, 5);
        QVERIFY(checkQuoteDraft(draft, QDate(2026, 12, 5)).isEmpty());
        draft.validUntil = QDate(2037, 1, 1);
        QVERIFY(hasError(checkQuoteDraft(draft, QDate(2026, 12, 5)),
                         QStringLiteral("quote_validity_invalid")));
        draft.validUntil = QDate();
        QVERIFY(hasError(checkQuoteDraft(draft, QDate(2026, 12, 5)),
                         QStringLiteral("quote_validity_invalid")));
    }

    void currenciesKnowTheirDecimals()
    {
        QCOMPARE(currencyMinorDigits(QStringLiteral("USD")), 2);
        QCOMPARE(currencyMinorDigits(QStringLiteral("JPY")), 0);
        QCOMPARE(currencyMinorDigits(QStringLiteral("KWD")), 3);
        QCOMPARE(currencyMinorDigits(QStringLiteral("usd")), -1);
        QVERIFY(quoteCurrencies().contains(QStringLiteral("BRL")));
        QVERIFY(quoteCurrencies().contains(QStringLiteral("CNY")));
    }

    void modulesAndStatusChanges()
    {
        QVERIFY(quoteModuleAllowed(Module::Leads));
        QVERIFY(quoteModuleAllowed(Module::Contacts));
        QVERIFY(quoteModuleAllowed(Module::Deals));
        QVERIFY(!quoteModuleAllowed(Module::Companies));
        QVERIFY(quoteStatusChangeAllowed(QuoteStatus::Draft, QuoteStatus::Sent));
        QVERIFY(quoteStatusChangeAllowed(QuoteStatus::Sent, QuoteStatus::Sent));
        QVERIFY(quoteStatusChangeAllowed(QuoteStatus::Sent, QuoteStatus::Accepted));
        QVERIFY(quoteStatusChangeAllowed(QuoteStatus::Accepted, QuoteStatus::Declined));
        QVERIFY(!quoteStatusChangeAllowed(QuoteStatus::Draft, QuoteStatus::Accepted));
        QVERIFY(!quoteStatusChangeAllowed(QuoteStatus::Sent, QuoteStatus::Draft));
        QCOMPARE(quoteNumber(2026, 1), QStringLiteral("Q-2026-0001"));
        QCOMPARE(quoteNumber(2026, 12345), QStringLiteral("Q-2026-12345"));
    }

    void wireFormRoundTripsAndCarriesTotals()
    {
        Quote quote;
        quote.id = 7;
        quote.recordId = 3;
        quote.module = Module::Deals;
        quote.number = QStringLiteral("Q-2026-0007");
        quote.issuedOn = QDate(2026, 12, 5);
        quote.status = QuoteStatus::Sent;
        quote.content = validDraft();
        quote.content.items.append(item(QStringLiteral("ホームページ制作"), 1500, 33, 750, 1000));
        const QJsonObject json = toJson(quote);
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("total")),
                 QJsonValue(qint64(quoteTotals(quote.content.items).total)));
        const QJsonObject second = json.value(QStringLiteral("items")).toArray().at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("quantity")).toDouble(), 1.5);
        QCOMPARE(second.value(QStringLiteral("discount_percent")).toDouble(), 7.5);
        Quote read;
        QString problem;
        QVERIFY2(fromJson(json, &read, &problem), qPrintable(problem));
        QCOMPARE(read.number, quote.number);
        QCOMPARE(read.module, Module::Deals);
        QCOMPARE(read.status, QuoteStatus::Sent);
        QCOMPARE(read.issuedOn, quote.issuedOn);
        QCOMPARE(read.content.items.size(), 2);
        QCOMPARE(read.content.items.at(1).quantityMilli, 1500);
        QCOMPARE(read.content.items.at(1).discountBasisPoints, 750);
        QCOMPARE(read.content.items.at(1).taxBasisPoints, 1000);
        QCOMPARE(read.content.items.at(1).description, QStringLiteral("ホームページ制作"));
    }

    void wireFormRefusesWhatIsNotAQuote()
    {
        QuoteDraft draft;
        QString problem;
        QJsonObject json = toJson(validDraft());
        QJsonArray items = json.value(QStringLiteral("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("quantity"), 1.0005); // four decimals
        items.replace(0, first);
        json.insert(QStringLiteral("items"), items);
        QVERIFY(!fromJson(json, &draft, &problem));
        QVERIFY(problem.contains(QLatin1String("quantity")));
        first.insert(QStringLiteral("quantity"), QStringLiteral("2"));
        items.replace(0, first);
        json.insert(QStringLiteral("items"), items);
        QVERIFY(!fromJson(json, &draft, &problem));
        json = toJson(validDraft());
        json.insert(QStringLiteral("valid_until"), QStringLiteral("31/12/2026"));
        QVERIFY(!fromJson(json, &draft, &problem));
        // Absurd numbers are read as out of range for the rules, never as wrapped values.
        json = toJson(validDraft());
        items = json.value(QStringLiteral("items")).toArray();
        first = items.at(0).toObject();
        first.insert(QStringLiteral("quantity"), 1e300);
        first.insert(QStringLiteral("tax_percent"), -1e300);
        items.replace(0, first);
        json.insert(QStringLiteral("items"), items);
        draft = {};
        QVERIFY2(fromJson(json, &draft, &problem), qPrintable(problem));
        const QStringList found = codes(checkQuoteDraft(draft, QDate(2026, 12, 5)));
        QVERIFY(found.contains(QStringLiteral("quote_item_quantity_invalid")));
        QVERIFY(found.contains(QStringLiteral("quote_item_percent_invalid")));
        // A list longer than the limit is read only one past it.
        json = toJson(validDraft());
        items = {};
        for (int i = 0; i < 5000; ++i)
            items.append(json.value(QStringLiteral("items")).toArray().at(0));
        json.insert(QStringLiteral("items"), items);
        draft = {};
        QVERIFY(fromJson(json, &draft, &problem));
        QCOMPARE(draft.items.size(), QuoteLimits::maxItems + 1);
    }
};

QTEST_MAIN(TestQuoteRules)
#include "tst_quoterules.moc"
