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

} // namespace

QString localMoneyText(const Money &money, const QLocale &given)
{
    const QString decimal = moneyDecimalText(money);
    const int decimals = int(decimal.size() - decimal.indexOf(QLatin1Char('.')) - 1);
    const QLocale locale =
        given.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : given;
    QString symbol;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency)
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    else if (money.currency == QLatin1String("USD"))
        symbol = dollarSymbol(locale);
    else
        symbol = money.currency + u' ';
    return locale.toCurrencyString(double(money.micros) / Money::microsPerUnit, symbol,
                                   qMax(2, decimals));
}

} // namespace parley
