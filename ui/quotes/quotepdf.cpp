#include "ui/quotes/quotepdf.h"

#include "core/rules/quoterules.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace parley::ui {
namespace {

QString quoteStatusWords(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Draft:
        return QCoreApplication::translate("QuotePdf", "Draft");
    case QuoteStatus::Sent:
        return QCoreApplication::translate("QuotePdf", "Sent");
    case QuoteStatus::Accepted:
        return QCoreApplication::translate("QuotePdf", "Accepted");
    case QuoteStatus::Declined:
        return QCoreApplication::translate("QuotePdf", "Declined");
    }
    return {};
}

QLocale quoteLocale()
{
    // The C locale (no LANG) writes numbers as American English does; money follows en_US.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

// The Noto CJK face that draws the user's script with its own glyph shapes (a Chinese reader
// expects Simplified forms, a Japanese one Japanese forms); the Latin face comes first.
QStringList quoteFontFamilies(const QLocale &locale)
{
    QString cjk = QStringLiteral("Noto Sans CJK JP");
    if (locale.language() == QLocale::Chinese)
        cjk = locale.script() == QLocale::TraditionalChineseScript
                  ? QStringLiteral("Noto Sans CJK TC")
                  : QStringLiteral("Noto Sans CJK SC");
    else if (locale.language() == QLocale::Korean)
        cjk = QStringLiteral("Noto Sans CJK KR");
    return {QStringLiteral("Noto Sans"), cjk, QStringLiteral("DejaVu Sans")};
}

QString quoteEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString quoteHtml(const QuoteDocument &document, const QLocale &locale)
{
    const Quote &quote = document.quote;
    const QuoteDraft &content = quote.content;
    const QuoteTotals totals = quoteTotals(content.items);
    const QString currency = content.currency;
    QString html;
    html += QStringLiteral(
                "<html><body style=\"font-size:10pt; color:#1f2328\">"
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                "<td><span style=\"font-size:18pt; font-weight:bold\">%1</span></td>"
                "<td align=\"right\"><span style=\"font-size:22pt; color:#0b6e4f\">%2</span><br>"
                "<span style=\"font-size:12pt\">%3</span></td></tr></table>")
                .arg(quoteEscaped(document.businessName),
                     quoteEscaped(QCoreApplication::translate("QuotePdf", "QUOTE")),
                     quoteEscaped(quote.number));
    html += QStringLiteral("<hr>");
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"color:#57606a; padding-right:12px\">%1</td>"
                              "<td>%2</td></tr>")
            .arg(quoteEscaped(label), quoteEscaped(value));
    };
    html += QStringLiteral("<table width=\"100%\"><tr><td valign=\"top\">"
                           "<span style=\"color:#57606a\">%1</span><br>"
                           "<span style=\"font-size:12pt; font-weight:bold\">%2</span></td>"
                           "<td align=\"right\" valign=\"top\"><table>")
                .arg(quoteEscaped(QCoreApplication::translate("QuotePdf", "Prepared for")),
                     quoteEscaped(document.customerName));
    html += row(QCoreApplication::translate("QuotePdf", "Quote number"), quote.number);
    html += row(QCoreApplication::translate("QuotePdf", "Date"),
                locale.toString(quote.issuedOn, QLocale::LongFormat));
    html += row(QCoreApplication::translate("QuotePdf", "Valid until"),
                locale.toString(content.validUntil, QLocale::LongFormat));
    html += row(QCoreApplication::translate("QuotePdf", "Status"), quoteStatusWords(quote.status));
    html += QStringLiteral("</table></td></tr></table>");
    html += QStringLiteral("<p style=\"font-size:13pt; font-weight:bold\">%1</p>")
                .arg(quoteEscaped(content.title));

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\""
                           " style=\"border-collapse:collapse\">"
                           "<tr style=\"background-color:#0b6e4f; color:#ffffff\">");
    const QStringList headers{QCoreApplication::translate("QuotePdf", "Description"),
                              QCoreApplication::translate("QuotePdf", "Quantity"),
                              QCoreApplication::translate("QuotePdf", "Unit price"),
                              QCoreApplication::translate("QuotePdf", "Discount"),
                              QCoreApplication::translate("QuotePdf", "Tax"),
                              QCoreApplication::translate("QuotePdf", "Amount")};
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th align=\"%1\">%2</th>")
                    .arg(i == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                         quoteEscaped(headers.at(i)));
    html += QStringLiteral("</tr>");
    for (qsizetype i = 0; i < content.items.size(); ++i) {
        const QuoteItem &item = content.items.at(i);
        const QuoteLineTotals &line = totals.lines.at(i);
        html += QStringLiteral("<tr style=\"background-color:%1\">")
                    .arg(i % 2 ? QStringLiteral("#f3f5f7") : QStringLiteral("#ffffff"));
        html += QStringLiteral("<td>%1</td>").arg(quoteEscaped(item.description));
        for (const QString &cell :
             {quoteQuantityText(item.quantityMilli), quoteMoneyText(item.unitPriceMinor, currency),
              quotePercentText(item.discountBasisPoints), quotePercentText(item.taxBasisPoints),
              quoteMoneyText(line.total, currency)})
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(quoteEscaped(cell));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<table width=\"100%\"><tr><td width=\"55%\"></td><td>"
                           "<table width=\"100%\" cellpadding=\"3\">");
    const auto totalRow = [&](const QString &label, const QString &value, bool strong) {
        const QString style =
            strong ? QStringLiteral(" style=\"font-size:13pt; font-weight:bold\"") : QString();
        return QStringLiteral("<tr%1><td>%2</td><td align=\"right\">%3</td></tr>")
            .arg(style, quoteEscaped(label), quoteEscaped(value));
    };
    html += totalRow(QCoreApplication::translate("QuotePdf", "Subtotal"),
                     quoteMoneyText(totals.subtotal, currency), false);
    html += totalRow(QCoreApplication::translate("QuotePdf", "Discount"),
                     quoteMoneyText(-totals.discount, currency), false);
    html += totalRow(QCoreApplication::translate("QuotePdf", "Tax"),
                     quoteMoneyText(totals.tax, currency), false);
    html += totalRow(QCoreApplication::translate("QuotePdf", "Total"),
                     quoteMoneyText(totals.total, currency), true);
    html += QStringLiteral("</table></td></tr></table>");
    if (!content.notes.isEmpty())
        html += QStringLiteral("<p><span style=\"color:#57606a\">%1</span><br>%2</p>")
                    .arg(quoteEscaped(QCoreApplication::translate("QuotePdf", "Notes")),
                         quoteEscaped(content.notes));
    html +=
        QStringLiteral("<p style=\"color:#57606a; font-size:8pt\">%1</p></body></html>")
            .arg(quoteEscaped(
                QCoreApplication::translate("QuotePdf", "Amounts in %1. Quote %2, valid until %3.")
                    .arg(currency, quote.number,
                         locale.toString(content.validUntil, QLocale::ShortFormat))));
    return html;
}

} // namespace

QString quoteMoneyText(qint64 minorUnits, const QString &currency)
{
    const QLocale locale = quoteLocale();
    const int digits = qMax(0, currencyMinorDigits(currency));
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // The locale's own currency takes its own symbol ("$" in en_US, "￥" in ja); another is
    // told apart by the ISO code ("US$" for dollars, as CLDR's international form).
    QString symbol;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    else if (currency == QLatin1String("USD"))
        symbol = QStringLiteral("US$");
    else
        symbol = currency + u' ';
    return locale.toCurrencyString(double(minorUnits) / double(scale), symbol, digits);
}

QString quoteQuantityText(qint64 quantityMilli)
{
    return quoteLocale().toString(double(quantityMilli) / 1000.0, 'f',
                                  quantityMilli % 1000 == 0  ? 0
                                  : quantityMilli % 100 == 0 ? 1
                                  : quantityMilli % 10 == 0  ? 2
                                                             : 3);
}

QString quotePercentText(int basisPoints)
{
    const QLocale locale = quoteLocale();
    const int decimals = basisPoints % 100 == 0 ? 0 : basisPoints % 10 == 0 ? 1 : 2;
    return locale.toString(double(basisPoints) / 100.0, 'f', decimals) + locale.percent();
}

QString quotePdfFileName(const Quote &quote)
{
    return QCoreApplication::translate("QuotePdf", "Quote %1.pdf").arg(quote.number);
}

QByteArray renderQuotePdf(const QuoteDocument &document)
{
    const QLocale locale = quoteLocale();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QCoreApplication::translate("QuotePdf", "Quote %1").arg(document.quote.number));
    writer.setCreator(QStringLiteral("Parley"));

    QTextDocument text;
    QFont font;
    font.setFamilies(quoteFontFamilies(locale));
    font.setPointSizeF(10);
    text.setDefaultFont(font);
    text.setHtml(quoteHtml(document, locale));
    // Laid out on the page in points; the painter's resolution scales it.
    const QRectF page = writer.pageLayout().paintRectPoints();
    text.setPageSize(page.size());
    text.setDocumentMargin(0);

    QPainter painter(&writer);
    const double scale = writer.resolution() / 72.0;
    painter.scale(scale, scale);
    const int pages = text.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        text.drawContents(&painter, clip);
        painter.restore();
    }
    painter.end();
    return bytes;
}

} // namespace parley::ui
