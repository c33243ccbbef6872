#include "ui/quotes/quotepdf.h"

#include "core/billing/moneydisplay.h"
#include "core/rules/quoterules.h"
#include "ui/admin/creditformat.h"
#include "ui/main/namespacetr.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace parley::ui {
namespace {

// DejaVu Sans for Latin, Greek and Cyrillic, then the Noto Sans CJK face that draws the user's
// script with its own glyph shapes (a Chinese reader expects Simplified or Traditional forms, a
// Japanese one Japanese forms). Not the CJK face for everything: Qt's PDF subset of that
// OpenType (CFF) face mapped some of its Latin digits back to the wrong characters, so the
// PDF's text read "Q-??-???" when copied or searched (seen in ui.tst_quotepdf).
QStringList quoteFontFamilies(const QLocale &locale)
{
    QString cjk = QStringLiteral("Noto Sans CJK JP");
    if (locale.language() == QLocale::Chinese)
        cjk = locale.script() == QLocale::TraditionalChineseScript
                  ? QStringLiteral("Noto Sans CJK TC")
                  : QStringLiteral("Noto Sans CJK SC");
    else if (locale.language() == QLocale::Korean)
        cjk = QStringLiteral("Noto Sans CJK KR");
    return {QStringLiteral("DejaVu Sans"), cjk};
}

QString quoteEscaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

constexpr double quotePdfResolution = 300; // dots per inch of the PDF's layout

// Lengths in the HTML are device pixels of the writer: a point is resolution / 72 of them.
int quotePoints(double points)
{
    return qRound(points * quotePdfResolution / 72.0);
}

} // namespace

QString quoteStatusText(QuoteStatus status)
{
    switch (status) {
    case QuoteStatus::Draft:
        return tr("Draft");
    case QuoteStatus::Sent:
        return tr("Sent");
    case QuoteStatus::Accepted:
        return tr("Accepted");
    case QuoteStatus::Declined:
        return tr("Declined");
    }
    return {};
}

// The quote as rich text for QTextDocument (its HTML subset: colours on cells, not rows).
QString quotePdfHtml(const QuoteDocument &document, const QLocale &locale)
{
    const Quote &quote = document.quote;
    const QuoteDraft &content = quote.content;
    const QuoteTotals totals = quoteTotals(content.items); // the rules' figures, line by line
    const QString currency = content.currency;
    const QString muted = QStringLiteral("#57606a");
    const QString accent = QStringLiteral("#0b6e4f");
    QString html = QStringLiteral("<html><body style=\"font-size:10pt; color:#1f2328\">");

    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td valign=\"bottom\"><span style=\"font-size:18pt; "
                           "font-weight:bold\">%1</span></td>"
                           "<td align=\"right\"><span style=\"font-size:24pt; font-weight:bold; "
                           "color:%2\">%3</span><br><span style=\"font-size:12pt\">%4</span>"
                           "</td></tr></table>"
                           "<p style=\"background-color:%2; font-size:2pt\">&nbsp;</p>")
                .arg(quoteEscaped(document.businessName), accent, quoteEscaped(tr("QUOTE")),
                     quoteEscaped(quote.number));

    const auto fact = [&](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"color:%1\">%2</td><td width=\"%3\"></td>"
                              "<td align=\"right\">%4</td></tr>")
            .arg(muted, quoteEscaped(label), QString::number(quotePoints(12)), quoteEscaped(value));
    };
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                           "<td valign=\"top\"><span style=\"color:%1\">%2</span><br>"
                           "<span style=\"font-size:13pt; font-weight:bold\">%3</span></td>"
                           "<td align=\"right\" valign=\"top\"><table cellspacing=\"0\" "
                           "cellpadding=\"%4\">")
                .arg(muted, quoteEscaped(tr("Prepared for")), quoteEscaped(document.customerName),
                     QString::number(quotePoints(1)));
    html += fact(tr("Quote number"), quote.number);
    html += fact(tr("Date"), locale.toString(quote.issuedOn, QLocale::LongFormat));
    html += fact(tr("Valid until"), locale.toString(content.validUntil, QLocale::LongFormat));
    html += QStringLiteral("</table></td></tr></table>");
    html += QStringLiteral("<p style=\"font-size:14pt; font-weight:bold; margin-top:%1px\">%2</p>")
                .arg(QString::number(quotePoints(14)), quoteEscaped(content.title));

    // The line items: a coloured header, rows shaded in turn, figures right-aligned.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" "
                           "style=\"border-collapse:collapse\"><thead><tr>")
                .arg(quotePoints(4));
    const QStringList headers{tr("Description"), tr("Quantity"), tr("Unit price"),
                              tr("Discount"),    tr("Tax"),      tr("Amount")};
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th bgcolor=\"%1\" align=\"%2\" style=\"color:#ffffff\">%3</th>")
                    .arg(accent, i == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                         quoteEscaped(headers.at(i)));
    html += QStringLiteral("</tr></thead>");
    for (qsizetype i = 0; i < content.items.size(); ++i) {
        const QuoteItem &item = content.items.at(i);
        const QString shade = i % 2 ? QStringLiteral("#f3f5f7") : QStringLiteral("#ffffff");
        html += QStringLiteral("<tr><td bgcolor=\"%1\">%2</td>")
                    .arg(shade, quoteEscaped(item.description));
        for (const QString &cell :
             {quoteQuantityText(item.quantityMilli), moneyDisplay(item.unitPriceMinor, currency),
              quotePercentText(item.discountBasisPoints), quotePercentText(item.taxBasisPoints),
              moneyDisplay(totals.lines.at(i).total, currency)})
            html += QStringLiteral("<td bgcolor=\"%1\" align=\"right\">%2</td>")
                        .arg(shade, quoteEscaped(cell));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // The totals under the Amount column, the sums of the lines above (quoteTotals).
    const auto total = [](const QString &label, const QString &value, bool strong) {
        const QString style = strong ? QStringLiteral(" style=\"font-size:13pt; "
                                                      "font-weight:bold\"")
                                     : QString();
        return QStringLiteral("<tr%1><td>%2</td><td align=\"right\">%3</td></tr>")
            .arg(style, quoteEscaped(label), quoteEscaped(value));
    };
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                           "style=\"margin-top:%1px\"><tr><td width=\"50%\"></td><td>"
                           "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%2\">")
                .arg(QString::number(quotePoints(8)), QString::number(quotePoints(3)));
    html += total(tr("Subtotal"), moneyDisplay(totals.subtotal, currency), false);
    html += total(tr("Discount"), moneyDisplay(-totals.discount, currency), false);
    html += total(tr("Tax"), moneyDisplay(totals.tax, currency), false);
    html += total(tr("Total"), moneyDisplay(totals.total, currency), true);
    html += QStringLiteral("</table></td></tr></table>");

    if (!content.notes.isEmpty())
        html += QStringLiteral("<p style=\"margin-top:%1px\"><span style=\"color:%2\">%3</span>"
                               "<br>%4</p>")
                    .arg(QString::number(quotePoints(14)), muted, quoteEscaped(tr("Notes")),
                         quoteEscaped(content.notes));
    html += QStringLiteral("<p style=\"color:%1; font-size:8pt; margin-top:%2px\">%3</p>")
                .arg(muted, QString::number(quotePoints(10)),
                     quoteEscaped(tr("Amounts in %1. This quote is valid until %2.")
                                      .arg(currency, locale.toString(content.validUntil,
                                                                     QLocale::LongFormat))));
    html += QStringLiteral("</body></html>");
    return html;
}

QString quoteQuantityText(qint64 quantityMilli)
{
    const int decimals = quantityMilli % 1000 == 0  ? 0
                         : quantityMilli % 100 == 0 ? 1
                         : quantityMilli % 10 == 0  ? 2
                                                    : 3;
    return figureLocale().toString(double(quantityMilli) / 1000.0, 'f', decimals);
}

QString quotePercentText(int basisPoints)
{
    const QLocale locale = figureLocale();
    const int decimals = basisPoints % 100 == 0 ? 0 : basisPoints % 10 == 0 ? 1 : 2;
    return locale.toString(double(basisPoints) / 100.0, 'f', decimals) + locale.percent();
}

QString quotePdfFileName(const Quote &quote)
{
    QString number;
    for (const QChar c : quote.number)
        number += c.isLetterOrNumber() || c == u'-' ? c : QChar(u'_');
    return tr("Quote %1.pdf").arg(number);
}

QByteArray renderQuotePdf(const QuoteDocument &document)
{
    const QLocale locale = figureLocale();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    writer.setResolution(int(quotePdfResolution));
    writer.setTitle(tr("Quote %1").arg(document.quote.number));
    writer.setCreator(QStringLiteral("Parley"));

    // Laid out for the writer itself (its resolution decides what a point is), so 10 pt on
    // screen is 10 pt on paper whatever the screen's DPI.
    QTextDocument text;
    text.documentLayout()->setPaintDevice(&writer);
    text.setUseDesignMetrics(true);
    QFont font;
    font.setFamilies(quoteFontFamilies(locale));
    font.setPointSizeF(10);
    text.setDefaultFont(font);
    text.setDocumentMargin(0);
    const QSizeF paper(writer.width(), writer.height());
    // A footer line under each page: "Q-2026-0001 · Page 1 of 2".
    QFont footerFont = font;
    footerFont.setPointSizeF(8);
    const double footerHeight = quotePoints(20);
    text.setPageSize(QSizeF(paper.width(), paper.height() - footerHeight));
    text.setHtml(quotePdfHtml(document, locale));

    QPainter painter(&writer);
    const double pageHeight = text.pageSize().height();
    const int pages = text.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * pageHeight);
        text.drawContents(&painter, QRectF(0, i * pageHeight, paper.width(), pageHeight));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x57, 0x60, 0x6a));
        painter.drawText(
            QRectF(0, paper.height() - footerHeight, paper.width(), footerHeight),
            Qt::AlignHCenter | Qt::AlignBottom,
            tr("%1 · Page %2 of %3")
                .arg(document.quote.number, locale.toString(i + 1), locale.toString(pages)));
    }
    painter.end();
    return bytes;
}

} // namespace parley::ui
