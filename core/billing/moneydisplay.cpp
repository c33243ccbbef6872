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
    number.removeIf([](QChar c) { return c.isSpace(); });
    const QString decimalSign = locale.decimalPoint();
    const QStringList parts = number.split(decimalSign);
    if (parts.size() > 2 || (parts.size() == 2 && parts.at(1).contains(locale.groupSeparator())))
        return false;
    QString whole;
    if (!wholeWithGroups(parts.first(), locale.groupSeparator(), &whole))
        return false;
    return parseMoney(parts.size() == 2 ? whole + u'.' + parts.at(1) : whole, currency, money);
}

} // namespace parley
