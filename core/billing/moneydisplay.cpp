#include "core/billing/moneydisplay.h"

namespace parley {
namespace {

// CLDR's symbol for the US dollar where it differs from the international "US$": the languages
// that write a bare "$" for it (English in the United States, Japanese, German …).
QString dollarSymbol(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::English:
        return locale.territory() == QLocale::UnitedStates ||
                       locale.territory() == QLocale::AnyTerritory
                   ? QStringLiteral("$")
                   : QStringLiteral("US$");
    case QLocale::Japanese:
    case QLocale::German:
        return QStringLiteral("$");
    default:
        return QStringLiteral("US$");
    }
}

QString moneySymbol(const QString &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    if (currency == QLatin1String("USD"))
        return dollarSymbol(locale);
    return currency + u' ';
}

// "1.234" in pt_BR, "1,234" in en_US: every group after the first is three digits.
bool wholeWithGroups(const QString &text, const QString &separator, QString *digits)
{
    const QStringList groups = text.split(separator);
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3 || groups.first().isEmpty())
            return false;
    }
    *digits = groups.join(QString());
    return true;
}

// A number as `locale` writes it ("1.234,5" in pt_BR, "1,234.5" in en_US; spaces ignored) in C's
// form ("1234.5"): the decimal sign is the locale's, and its group separator is taken only
// between groups of three digits, so that "0.07" in pt_BR (where "." groups thousands) is
// refused rather than read as 7. What is left is not checked to be digits: the caller's parser is.
bool plainNumber(const QString &text, const QLocale &locale, QString *plain)
{
    QString number = text;
    number.removeIf([](QChar c) { return c.isSpace(); });
    const QStringList parts = number.split(locale.decimalPoint());
    if (parts.size() > 2 || (parts.size() == 2 && parts.at(1).contains(locale.groupSeparator())))
        return false;
    QString whole;
    if (!wholeWithGroups(parts.first(), locale.groupSeparator(), &whole))
        return false;
    *plain = parts.size() == 2 ? whole + u'.' + parts.at(1) : whole;
    return true;
}

// The one place money meets the locale: `amount` units of `currency` with `decimals` decimals.
QString localCurrencyText(double amount, int decimals, const QString &currency,
                          const QLocale &given)
{
    const QLocale locale = figureLocale(given);
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency ||
        currency == QLatin1String("USD"))
        return locale.toCurrencyString(amount, moneySymbol(currency, locale), decimals);
    // Another currency goes by its ISO code, kept apart from the digits by a no-break space
    // where the locale's pattern sets a symbol right against them ("EUR 50.00" in en_US, not
    // "EUR50.00"; pt_BR's "EUR 50,00" has its own space, not two).
    QString text = locale.toCurrencyString(amount, currency, decimals);
    const qsizetype at = text.indexOf(currency);
    const qsizetype after = at + currency.size();
    if (at >= 0 && after < text.size() && !text.at(after).isSpace())
        text.insert(after, QChar(0x00a0));
    else if (at > 0 && !text.at(at - 1).isSpace())
        text.insert(at, QChar(0x00a0));
    return text;
}

} // namespace

QLocale figureLocale(const QLocale &given)
{
    return given.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                          : given;
}

QString localMoneyText(const Money &money, const QLocale &given)
{
    const QString decimal = moneyDecimalText(money);
    const int decimals = int(decimal.size() - decimal.indexOf(QLatin1Char('.')) - 1);
    return localCurrencyText(double(money.micros) / Money::microsPerUnit, qMax(2, decimals),
                             money.currency, given);
}

QString localMinorUnitsText(qint64 minorUnits, int minorDigits, const QString &currency,
                            const QLocale &given)
{
    const int digits = qBound(0, minorDigits, 6);
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    // Exact below 2^53 minor units (90 trillion dollars), far past any quote a team writes.
    return localCurrencyText(double(minorUnits) / scale, digits, currency, given);
}

bool parseLocalMoney(const QString &text, const QString &currency, Money *money,
                     const QLocale &given)
{
    const QLocale locale = figureLocale(given);
    QString number = text;
    for (const QString &symbol : {moneySymbol(currency, locale).trimmed(), currency,
                                  QStringLiteral("US$"), QStringLiteral("$")}) {
        if (!symbol.isEmpty())
            number.remove(symbol);
    }
    QString plain;
    return plainNumber(number, locale, &plain) && parseMoney(plain, currency, money);
}

bool parseLocalDecimal(const QString &text, int decimals, qint64 *scaled, const QLocale &given)
{
    QString plain;
    if (decimals < 0 || decimals > 6 || !plainNumber(text, figureLocale(given), &plain))
        return false;
    const qsizetype dot = plain.indexOf(u'.');
    const QString whole = dot < 0 ? plain : plain.left(dot);
    const QString fraction = dot < 0 ? QString() : plain.mid(dot + 1);
    // 12 whole digits and 6 decimals stay below qint64's 9.2e18.
    if (whole.isEmpty() || whole.size() > 12 || fraction.size() > decimals)
        return false;
    for (const QString &part : {whole, fraction}) {
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return false;
        }
    }
    qint64 value = whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).unicode() - u'0' : 0);
    *scaled = value;
    return true;
}

} // namespace parley
