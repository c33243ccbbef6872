// R4.7: a quote rendered to PDF on the desktop (ui/quotes/quotepdf.h) reads back, with Qt PDF,
// with its number, customer, totals and a Japanese line item: the fonts Qt embedded carry the
// CJK glyphs and their text. Page 1 rendered to PNG is docs/screenshots/quote-pdf-{en,ja}.png
// (written when PARLEY_WRITE_SCREENSHOTS=1, looked at by a person).
#include "core/rules/quoterules.h"
#include "ui/quotes/quotepdf.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
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

QString allText(QPdfDocument &pdf)
{
    QString text;
    for (int page = 0; page < pdf.pageCount(); ++page)
        text += pdf.getAllText(page).text() + QLatin1Char('\n');
    return text;
}

// Extracted PDF text may break a line anywhere the layout did; compare without blanks.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

} // namespace

class QuotePdfTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
    }

    void englishQuoteReadsBack()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QuoteDocument document = sampleQuote();
        QByteArray bytes = renderQuotePdf(document);
        QVERIFY(bytes.startsWith("%PDF-"));
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QVERIFY(pdf.pageCount() >= 1);
        const QString text = squeezed(allText(pdf));
        const QuoteTotals totals = quoteTotals(document.quote.content.items);
        for (const QString &expected :
             {QStringLiteral("Q-2026-0042"), QStringLiteral("Parley Studio"),
              QStringLiteral("山田花子"), QStringLiteral("Websiteredesign"),
              QStringLiteral("ホームページ制作（日本語版）"), QStringLiteral("Subtotal"),
              quoteMoneyText(totals.total, QStringLiteral("USD")), QStringLiteral("50%upfront")})
            QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected + " in " + text));
        QCOMPARE(quoteMoneyText(totals.total, QStringLiteral("USD")), QStringLiteral("$4,799.88"));
        QCOMPARE(quotePdfFileName(document.quote), QStringLiteral("Quote Q-2026-0042.pdf"));
        saveScreenshot(pdf, QStringLiteral("quote-pdf-en.png"));
    }

    void japaneseQuoteReadsBack()
    {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(":/i18n/parley_ja")));
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QuoteDocument document = sampleQuote();
        document.quote.content.currency = QStringLiteral("JPY");
        document.quote.content.title = QStringLiteral("ウェブサイト改修");
        document.quote.content.items = {
            {QStringLiteral("デザイン（5ページ）"), 2000, 150000, 1000, 1000},
            {QStringLiteral("ホームページ制作（日本語版）"), 1500, 80000, 0, 1000},
        };
        document.quote.content.notes = QStringLiteral("前払い50%、残りは納品時。");
        QByteArray bytes = renderQuotePdf(document);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
        const QString text = squeezed(allText(pdf));
        const QuoteTotals totals = quoteTotals(document.quote.content.items);
        // JPY has no decimals: ¥429,000 = 300,000 − 30,000 + 27,000 + 120,000 + 12,000.
        QCOMPARE(totals.total, 429000);
        for (const QString &expected :
             {QStringLiteral("Q-2026-0042"), QStringLiteral("ウェブサイト改修"),
              QStringLiteral("デザイン（5ページ）"), QStringLiteral("ホームページ制作（日本語版）"),
              QStringLiteral("前払い50%、残りは納品時。"),
              quoteMoneyText(totals.total, QStringLiteral("JPY")),
              QCoreApplication::translate("QuotePdf", "Subtotal")})
            QVERIFY2(text.contains(squeezed(expected)), qPrintable(expected + " in " + text));
        QVERIFY(QCoreApplication::translate("QuotePdf", "Subtotal") != QLatin1String("Subtotal"));
        QVERIFY(!quoteMoneyText(totals.total, QStringLiteral("JPY")).contains(QLatin1Char('.')));
        saveScreenshot(pdf, QStringLiteral("quote-pdf-ja.png"));
    }

private:
    static void saveScreenshot(QPdfDocument &pdf, const QString &name)
    {
        const QSizeF points = pdf.pagePointSize(0);
        const QImage page = pdf.render(0, (points * 1.5).toSize());
        QVERIFY(!page.isNull());
        QString dir = QDir::tempPath();
        if (qEnvironmentVariableIntValue("PARLEY_WRITE_SCREENSHOTS") == 1)
            dir = QStringLiteral(PARLEY_FIXTURES_DIR "/../../docs/screenshots");
        QImage flat(page.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, page);
        painter.end();
        QVERIFY(flat.save(QDir(dir).filePath(name)));
    }

    std::unique_ptr<QTranslator> m_translator;
};

QTEST_MAIN(QuotePdfTest)
#include "tst_quotepdf.moc"
