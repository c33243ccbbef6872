#include "sim/templatereview.h"

#include "sim/templatestore.h"

#include <QRegularExpression>

namespace parley::sim {
namespace {

// Latin-script words match whole words, case-insensitively ("sale", not "wholesale"); CJK
// phrases match anywhere, since those scripts do not separate words.
const char *const promotionalWords[] = {
    // English
    "discount",
    "sale",
    "on sale",
    "special offer",
    "promo",
    "promotion",
    "coupon",
    "voucher",
    "deal",
    "deals",
    "clearance",
    "limited time",
    "buy now",
    "shop now",
    "free shipping",
    "black friday",
    "cyber monday",
    // Portuguese
    "promoção",
    "promoções",
    "desconto",
    "descontos",
    "oferta",
    "ofertas",
    "cupom",
    "liquidação",
    "compre já",
    "frete grátis",
    "imperdível",
};

const char *const promotionalPhrases[] = {
    // Chinese
    "优惠",
    "折扣",
    "促销",
    "打折",
    "特价",
    "限时",
    "秒杀",
    "包邮",
    "满减",
    // Japanese
    "セール",
    "割引",
    "クーポン",
    "特価",
    "期間限定",
    "お得",
    "半額",
    "送料無料",
};

bool hasWords(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

ReviewVerdict rejected(const QString &reason, const QString &info = QString(),
                       const QString &recommendation = QString())
{
    return {QStringLiteral("REJECTED"), reason, info, recommendation};
}

ReviewVerdict invalidFormat(const QString &info, const QString &recommendation)
{
    return rejected(QStringLiteral("INVALID_FORMAT"), info, recommendation);
}

} // namespace

QString promotionalWording(const QString &text)
{
    for (const char *word : promotionalWords) {
        const QRegularExpression pattern(
            QStringLiteral("(?<![\\p{L}\\p{N}])%1(?![\\p{L}\\p{N}])")
                .arg(QRegularExpression::escape(QString::fromUtf8(word))),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::UseUnicodePropertiesOption);
        if (pattern.match(text).hasMatch())
            return QString::fromUtf8(word);
    }
    static const QRegularExpression percentOff(QStringLiteral("\\d+\\s*%\\s*off\\b"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch off = percentOff.match(text);
    if (off.hasMatch())
        return off.captured();
    for (const char *phrase : promotionalPhrases) {
        if (text.contains(QString::fromUtf8(phrase)))
            return QString::fromUtf8(phrase);
    }
    return {};
}

ReviewVerdict reviewTemplate(const whatsapp::TemplateCreateRequest &request)
{
    const QString &body = request.bodyText;
    QList<QRegularExpressionMatch> matches;
    for (const QRegularExpressionMatch &match : templatePlaceholderPattern().globalMatch(body))
        matches.append(match);
    if (!matches.isEmpty()) {
        if (!hasWords(QStringView(body).left(matches.first().capturedStart())) ||
            !hasWords(QStringView(body).mid(matches.last().capturedEnd())))
            return invalidFormat(
                QStringLiteral("Your template has a parameter at the start or the end of the "
                               "message body."),
                QStringLiteral("Add text before the first parameter and after the last one."));
        for (int i = 1; i < matches.size(); ++i) {
            const int gapStart = int(matches.at(i - 1).capturedEnd());
            if (!hasWords(
                    QStringView(body).mid(gapStart, matches.at(i).capturedStart() - gapStart)))
                return invalidFormat(
                    QStringLiteral("Your template has parameters placed next to each other with "
                                   "no text in between."),
                    QStringLiteral("Separate parameters with descriptive text so the message "
                                   "makes sense."));
        }
    }
    if (request.parameterFormat != QLatin1String("named")) {
        const QStringList names = templatePlaceholders(body);
        for (int i = 0; i < names.size(); ++i) {
            if (names.at(i) != QString::number(i + 1))
                return invalidFormat(
                    QStringLiteral("Your template's parameters are not numbered in sequence "
                                   "({{1}}, {{2}}, …)."),
                    QStringLiteral("Number positional parameters in order, starting at {{1}}."));
        }
    }
    if (request.category == QLatin1String("UTILITY") && !promotionalWording(body).isEmpty())
        return rejected(QStringLiteral("INCORRECT_CATEGORY"));
    return {QStringLiteral("APPROVED"), QStringLiteral("NONE"), QString(), QString()};
}

} // namespace parley::sim
