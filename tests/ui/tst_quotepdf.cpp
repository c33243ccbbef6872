// R4.7: a quote rendered to PDF on the desktop (ui/quotes/quotepdf.h) reads back, with Qt PDF,
// in each of the desktop's languages: its number, customer, line items and totals in the
// locale's money format, the labels translated, and the Noto Sans CJK face of the locale's
// script embedded (its subset as a /FontFile2), which is what draws the Japanese name and items.
// With PARLEY_SCREENSHOT_DIR set, page 1 of each is saved as quote-pdf-<lang>.png
// (docs/screenshots).
#include "core/rules/quoterules.h"
#include "screenshots.h"
#include "ui/admin/creditformat.h"
#include "ui/quotes/quotepdf.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace parley;
using namespace parley::ui;

namespace {

QuoteDocument sampleQuote()
{
    QuoteDocument document;
    document.businessName = QStringLiteral("Parley Studio");
    document.customerName = QStringLiteral("山田 花子");
    Quote &quote = document.quote;
    quote.id = 1;
    quote.recordId = 5;
    quote.number = QStringLiteral("Q-2026-0042");
    quote.issuedOn = QDate(2026, 12, 5);
    quote.status = QuoteStatus::Draft;
    quote.content.title = QStringLiteral("Website redesign");
    quote.content.currency = QStringLiteral("USD");
    quote.content.validUntil = QDate(2027, 1, 4);
    quote.content.notes = QStringLiteral("50% upfront, the rest on delivery.");
    quote.content.items = {
        {QStringLiteral("Design of 5 pages"), 2000, 150000, 1000, 2000},
        {QStringLiteral("ホームページ制作（日本語版）"), 1500, 80000, 0, 1000},
        {QStringLiteral("Hosting, 12 months"), 12000, 1999, 0, 0},
    };
    return document;
}

// Extracted PDF text may break a line anywhere the layout did; compare without blanks. And in
// NFKC: Noto Sans CJK draws 山 and the Kangxi radical ⼭ with one glyph, and Qt's /ToUnicode
// names the glyph by the radical, so the text reads back as ⼭⽥ (the same picture, a different
// code point; a known limit of Qt's PDF writer).
QString squeezed(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC); // also a no-break space to a space
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// The names of the fonts embedded in `pdf` as TrueType subsets (Qt writes each as a font
// descriptor with /FontName and /FontFile2 in plain dictionaries).
QStringList embeddedFonts(const QByteArray &pdf)
{
    QStringList names;
    static const QRegularExpression descriptor(
        QStringLiteral("/FontName\\s*/([^\\s/<>\\[\\]]+)[^>]*?/FontFile2"),
        QRegularExpression::DotMatchesEverythingOption);
    auto matches = descriptor.globalMatch(QString::fromLatin1(pdf));
    while (matches.hasNext())
        names.append(matches.next().captured(1));
    return names;
}

} // namespace

class QuotePdfTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::removeTranslator(&m_translator);
    }

    void moneyIsWrittenAsTheLocaleWritesIt()
    {
        // One rule for every amount on the desktop (moneyDisplay): the currency's own decimals.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(moneyDisplay(479988, QStringLiteral("USD")), QStringLiteral("$4,799.88"));
        QCOMPARE(moneyDisplay(429000, QStringLiteral("JPY")), QStringLiteral("JPY\u00a0429,000"));
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        QCOMPARE(moneyDisplay(479988, QStringLiteral("USD")), QStringLiteral("US$\u00a04.799,88"));
        QCOMPARE(moneyDisplay(1234, QStringLiteral("KWD")), QStringLiteral("KWD\u00a01,234"));
        QLocale::setDefault(QLocale(QStringLiteral("ja_JP")));
        QCOMPARE(moneyDisplay(429000, QStringLiteral("JPY")), QStringLiteral("￥429,000"));
    }

    void quoteReadsBackInEveryLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("cjkFont");
        QTest::newRow("en") << "en"
                            << "USD"
                            << "NotoSansCJKjp";
        QTest::newRow("pt_BR") << "pt_BR"
                               << "BRL"
                               << "NotoSansCJKjp";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "CNY"
                               << "NotoSansCJKsc";
        QTest::newRow("ja") << "ja"
                            << "JPY"
                            << "NotoSansCJKjp";
    }

    void quoteReadsBackInEveryLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, currency);
        QFETCH(QString, cjkFont);
        const QLocale locale(lang == QLatin1String("en") ? QStringLiteral("en_US") : lang);
        QLocale::setDefault(locale);
        if (lang != QLatin1String("en")) {
            QVERIFY(m_translator.load(QStringLiteral(":/i18n/parley_%1.qm").arg(lang)));
            QCoreApplication::installTranslator(&m_translator);
        }
        QuoteDocument document = sampleQuote();
        document.quote.content.currency = currency;
        if (currency == QLatin1String("JPY")) // no minor unit: the prices are whole yen
            for (QuoteItem &item : document.quote.content.items)
                item.unitPriceMinor *= 10;

        QByteArray bytes = renderQuotePdf(document);
        QVERIFY(bytes.startsWith("%PDF-"));
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QPdfDocument pdf;
        pdf.load(&buffer);
        QTRY_COMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QCOMPARE(pdf.pageCount(), 1);
        const QString text = squeezed(pdf.getAllText(0).text());

        const QuoteTotals totals = quoteTotals(document.quote.content.items);
        const QString total = moneyDisplay(totals.total, currency);
        const QString subtotal = QCoreApplication::translate("parley::ui", "Subtotal");
        const QString unitPrice = QCoreApplication::translate("parley::ui", "Unit price");
        if (lang != QLatin1String("en")) // "Subtotal" is Subtotal in Portuguese too
            QVERIFY2(unitPrice != QLatin1String("Unit price"), qPrintable(unitPrice));
        for (const QString &expected :
             {QStringLiteral("Q-2026-0042"), QStringLiteral("Parley Studio"),
              QStringLiteral("山田 花子"), QStringLiteral("Website redesign"),
              QStringLiteral("Design of 5 pages"), QStringLiteral("ホームページ制作（日本語版）"),
              QStringLiteral("Hosting, 12 months"), QStringLiteral("50% upfront"), subtotal,
              unitPrice, quoteQuantityText(1500),
              moneyDisplay(currency == QLatin1String("JPY") ? 19990 : 1999, currency),
              moneyDisplay(totals.lines.at(0).total, currency),
              moneyDisplay(totals.subtotal, currency), moneyDisplay(totals.tax, currency), total})
            QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected + " in " + text));
        // The total is the rules' sum of the lines: 3,240.00 + 1,320.00 + 239.88.
        QCOMPARE(totals.total, qint64(currency == QLatin1String("JPY") ? 4799880 : 479988));
        if (lang == QLatin1String("pt_BR"))
            QVERIFY2(text.contains(squeezed(QStringLiteral("R$\u00a04.799,88"))), qPrintable(text));
        if (lang == QLatin1String("ja"))
            QVERIFY2(text.contains(squeezed(QStringLiteral("￥4,799,880"))), qPrintable(text));

        // The Japanese text is drawn with the embedded Noto Sans CJK subset of the locale's
        // script, not left to the reader's fonts (or their tofu boxes).
        const QStringList fonts = embeddedFonts(bytes);
        QVERIFY2(!fonts.filter(cjkFont).isEmpty(), qPrintable(fonts.join(", ")));
        QVERIFY(bytes.contains("/ToUnicode"));

        QVERIFY(!quotePdfFileName(document.quote).contains(QLatin1Char('/')));
        QVERIFY(quotePdfFileName(document.quote).endsWith(QLatin1String("Q-2026-0042.pdf")));
        saveFirstPage(pdf, QStringLiteral("quote-pdf-%1.png").arg(lang));
    }

    void longQuotesGoOnOverPages()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QuoteDocument document = sampleQuote();
        document.quote.content.items.clear();
        for (int i = 1; i <= QuoteLimits::maxItems; ++i)
            document.quote.content.items.append(
                {QStringLiteral("Item %1").arg(i), 1000, 100 * i, 0, 0});
        QByteArray bytes = renderQuotePdf(document);
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QPdfDocument pdf;
        pdf.load(&buffer);
        QTRY_COMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QVERIFY(pdf.pageCount() >= 2);
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += squeezed(pdf.getAllText(page).text());
        // Every line once, and the total (the sum of 1..100 dollars) at the end.
        for (int i = 1; i <= QuoteLimits::maxItems; ++i) {
            // "Item 7", quantity 1, unit price and amount $7.00.
            const QString row = QStringLiteral("Item%1").arg(i) + QLatin1Char('1') +
                                moneyDisplay(100 * i, QStringLiteral("USD"));
            QVERIFY2(text.contains(row), qPrintable(row + " in " + text));
        }
        QVERIFY(text.contains(QStringLiteral("$5,050.00")));
        QVERIFY(text.contains(QStringLiteral("Page%1of%1").arg(pdf.pageCount())));
    }

    void numbersNeverNameAPath()
    {
        Quote quote;
        quote.number = QStringLiteral("../../etc/x");
        const QString name = quotePdfFileName(quote);
        QVERIFY(!name.contains(QLatin1Char('/')));
        QVERIFY(!name.contains(QStringLiteral("..")));
    }

private:
    static void saveFirstPage(QPdfDocument &pdf, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PARLEY_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        const QImage page = pdf.render(0, (pdf.pagePointSize(0) * 1.5).toSize());
        QVERIFY(!page.isNull());
        QImage flat(page.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, page);
        painter.end();
        QVERIFY(flat.save(QDir(dir).filePath(name)));
    }

    QTranslator m_translator;
};

QTEST_MAIN(QuotePdfTest)
#include "tst_quotepdf.moc"
