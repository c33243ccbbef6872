#include "core/billing/money.h"

#include <QtNumeric>

namespace parley {

Money operator+(const Money &a, const Money &b)
{
    Q_ASSERT(a.currency == b.currency);
    return {a.currency, a.micros + b.micros};
}

Money operator-(const Money &a, const Money &b)
{
    Q_ASSERT(a.currency == b.currency);
    return {a.currency, a.micros - b.micros};
}

Money operator*(const Money &money, qint64 times)
{
    qint64 product = 0;
    const bool overflowed = qMulOverflow(money.micros, times, &product);
    Q_ASSERT_X(!overflowed, "Money", "callers bound amounts before multiplying");
    Q_UNUSED(overflowed);
    return {money.currency, product};
}

QString moneyDecimalText(const Money &money)
{
    const bool negative = money.micros < 0;
    // Work on the unsigned magnitude so that the most negative value cannot overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(money.micros) : quint64(money.micros);
    const quint64 whole = magnitude / quint64(Money::microsPerUnit);
    QString fraction = QString::number(magnitude % quint64(Money::microsPerUnit))
                           .rightJustified(6, QLatin1Char('0'));
    while (fraction.size() > 2 && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(whole) +
           QLatin1Char('.') + fraction;
}

QString moneyText(const Money &money)
{
    return money.currency + QLatin1Char(' ') + moneyDecimalText(money);
}

bool parseMoney(const QString &text, const QString &currency, Money *money)
{
    const QString trimmed = text.trimmed();
    const qsizetype dot = trimmed.indexOf(QLatin1Char('.'));
    const QString wholeText = dot < 0 ? trimmed : trimmed.left(dot);
    const QString fractionText = dot < 0 ? QString() : trimmed.mid(dot + 1);
    if ((wholeText.isEmpty() && fractionText.isEmpty()) || fractionText.size() > 6 ||
        wholeText.size() > 13)
        return false;
    for (const QString &part : {wholeText, fractionText}) {
        for (QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        }
    }
    const qint64 whole = wholeText.isEmpty() ? 0 : wholeText.toLongLong();
    const qint64 fraction =
        fractionText.isEmpty() ? 0 : fractionText.leftJustified(6, QLatin1Char('0')).toLongLong();
    if (whole > 9000000000000LL)
        return false;
    *money = {currency, whole * Money::microsPerUnit + fraction};
    return true;
}

} // namespace parley
