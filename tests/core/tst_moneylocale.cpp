// Money as each locale writes it (core/billing/moneydisplay): the one function every screen uses.
#include "core/billing/moneydisplay.h"

#include <QTest>

using namespace parley;

class MoneyLocaleTest : public QObject {
    Q_OBJECT
private slots:
    void eachLocaleWritesItsWay_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << "en_US" << qint64(50000000) << "$50.00";
        QTest::newRow("pt_BR") << "pt_BR" << qint64(50000000) << QStringLiteral("US$\u00a050,00");
        QTest::newRow("ja") << "ja_JP" << qint64(50000000) << "$50.00";
        QTest::newRow("zh_CN") << "zh_CN" << qint64(50000000) << "US$50.00";
        QTest::newRow("C writes as en_US") << "C" << qint64(50000000) << "$50.00";
        QTest::newRow("en_US thousands") << "en_US" << qint64(1234500000) << "$1,234.50";
        QTest::newRow("pt_BR thousands")
            << "pt_BR" << qint64(1234500000) << QStringLiteral("US$\u00a01.234,50");
        QTest::newRow("ja thousands") << "ja_JP" << qint64(1234500000) << "$1,234.50";
        QTest::newRow("en_US fraction of a cent") << "en_US" << qint64(62500) << "$0.0625";
        QTest::newRow("pt_BR fraction of a cent")
            << "pt_BR" << qint64(5000) << QStringLiteral("US$\u00a00,005");
        QTest::newRow("en_GB tells the dollar apart") << "en_GB" << qint64(2000000) << "US$2.00";
    }

    void eachLocaleWritesItsWay()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, micros);
        QFETCH(QString, expected);
        QCOMPARE(localMoneyText(usd(micros), QLocale(locale)), expected);
    }

    void theDefaultLocaleIsTheUsers()
    {
        QLocale::setDefault(QLocale(QStringLiteral("pt_BR")));
        QCOMPARE(localMoneyText(usd(28000000)), QStringLiteral("US$\u00a028,00"));
        QLocale::setDefault(QLocale::c());
        QCOMPARE(localMoneyText(usd(28000000)), QStringLiteral("$28.00"));
    }

    void theLocalesOwnCurrencyTakesItsSymbol()
    {
        QCOMPARE(
            localMoneyText({QStringLiteral("BRL"), 10000000}, QLocale(QStringLiteral("pt_BR"))),
            QStringLiteral("R$\u00a010,00"));
    }

    void anotherCurrencyGoesByItsCodeOneSpaceApart()
    {
        const Money euros{QStringLiteral("EUR"), 50000000};
        QCOMPARE(localMoneyText(euros, QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("EUR\u00a050.00"));
        QCOMPARE(localMoneyText(euros, QLocale(QStringLiteral("pt_BR"))),
                 QStringLiteral("EUR\u00a050,00"));
        // Counted in minor units with the currency's own decimals (R4.7 quotes).
        QCOMPARE(
            localMinorUnitsText(429000, 0, QStringLiteral("JPY"), QLocale(QStringLiteral("ja_JP"))),
            QStringLiteral("\uffe5429,000"));
        QCOMPARE(
            localMinorUnitsText(479988, 2, QStringLiteral("USD"), QLocale(QStringLiteral("en_US"))),
            QStringLiteral("$4,799.88"));
    }
};

QTEST_GUILESS_MAIN(MoneyLocaleTest)
#include "tst_moneylocale.moc"
