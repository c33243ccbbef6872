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

// The one place money meets the locale: `amount` units of `currency` with `decimals` decimals.
QString localCurrencyText(double amount, int decimals, const QString &currency,
                          const QLocale &given)
{
    const QLocale locale =
        given.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : given;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.toCurrencyString(amount, locale.currencySymbol(QLocale::CurrencySymbol),
                                       decimals);
    if (currency == QLatin1String("USD"))
        return locale.toCurrencyString(amount, dollarSymbol(locale), decimals);
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

} // namespace parley
