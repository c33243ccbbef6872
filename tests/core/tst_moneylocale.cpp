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

    // What an admin types for a price (issue #14 item 7) is read back in the same locale.
    void eachLocaleReadsItsWay_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("en_US as shown") << "en_US"
                                        << "$0.0625" << true << qint64(62500);
        QTest::newRow("en_US bare") << "en_US"
                                    << " 0.07 " << true << qint64(70000);
        QTest::newRow("en_US thousands") << "en_US"
                                         << "$1,234.50" << true << qint64(1234500000);
        QTest::newRow("pt_BR as shown")
            << "pt_BR" << QStringLiteral("US$\u00a00,005") << true << qint64(5000);
        QTest::newRow("pt_BR bare") << "pt_BR"
                                    << "0,07" << true << qint64(70000);
        QTest::newRow("pt_BR thousands")
            << "pt_BR" << QStringLiteral("US$\u00a01.234,50") << true << qint64(1234500000);
        // "." groups thousands in pt_BR: "0.07" is no amount there, not seven dollars.
        QTest::newRow("pt_BR with a dot") << "pt_BR"
                                          << "0.07" << false << qint64(0);
        QTest::newRow("en_US with a comma") << "en_US"
                                            << "0,07" << false << qint64(0);
        QTest::newRow("zh_CN as shown") << "zh_CN"
                                        << "US$0.0113" << true << qint64(11300);
        QTest::newRow("ja as shown") << "ja_JP"
                                     << "$0.044" << true << qint64(44000);
        QTest::newRow("C as en_US") << "C"
                                    << "$2.00" << true << qint64(2000000);
        QTest::newRow("negative") << "en_US"
                                  << "-$0.01" << false << qint64(0);
        QTest::newRow("seven decimals") << "en_US"
                                        << "0.0000001" << false << qint64(0);
        QTest::newRow("two decimal signs") << "pt_BR"
                                           << "0,0,7" << false << qint64(0);
        QTest::newRow("words") << "en_US"
                               << "free" << false << qint64(0);
        QTest::newRow("empty") << "en_US"
                               << "" << false << qint64(0);
    }
    void eachLocaleReadsItsWay()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(bool, ok);
        QFETCH(qint64, micros);
        Money money = usd(-7);
        QCOMPARE(parseLocalMoney(typed, QStringLiteral("USD"), &money, QLocale(locale)), ok);
        QCOMPARE(money, ok ? usd(micros) : usd(-7));
    }

    // A quote's quantities, unit prices and percents (R4.7) are read by the same rule as a price,
    // exactly and to the column's decimals: no figure is silently rounded.
    void figuresAreReadExactlyInEachLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("scaled");
        QTest::newRow("pt_BR quantity") << "pt_BR"
                                        << "1,5" << 3 << true << qint64(1500);
        QTest::newRow("pt_BR thousands") << "pt_BR"
                                         << "1.234,5" << 2 << true << qint64(123450);
        QTest::newRow("pt_BR with a dot") << "pt_BR"
                                          << "1.5" << 3 << false << qint64(0);
        QTest::newRow("en_US thousands") << "en_US"
                                         << " 4,799.88 " << 2 << true << qint64(479988);
        QTest::newRow("ja yen") << "ja_JP"
                                << "429,000" << 0 << true << qint64(429000);
        QTest::newRow("C as en_US") << "C"
                                    << "12.5" << 2 << true << qint64(1250);
        QTest::newRow("whole") << "en_US"
                               << "2" << 3 << true << qint64(2000);
        // Past a double's 15-16 digits: still exact.
        QTest::newRow("eighteen digits")
            << "en_US"
            << "123456789012.345678" << 6 << true << qint64(123456789012345678);
        QTest::newRow("more decimals than kept") << "en_US"
                                                 << "1.2345" << 3 << false << qint64(0);
        QTest::newRow("negative") << "en_US"
                                  << "-1" << 0 << false << qint64(0);
        QTest::newRow("exponent") << "en_US"
                                  << "1e3" << 0 << false << qint64(0);
        QTest::newRow("thirteen whole digits") << "en_US"
                                               << "1234567890123" << 0 << false << qint64(0);
        QTest::newRow("empty") << "en_US"
                               << "" << 2 << false << qint64(0);
        QTest::newRow("only a decimal sign") << "en_US"
                                             << ".5" << 2 << false << qint64(0);
    }
    void figuresAreReadExactlyInEachLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(int, decimals);
        QFETCH(bool, ok);
        QFETCH(qint64, scaled);
        qint64 read = -7;
        QCOMPARE(parseLocalDecimal(typed, decimals, &read, QLocale(locale)), ok);
        QCOMPARE(read, ok ? scaled : qint64(-7));
    }

    void whatIsWrittenReadsBack()
    {
        for (const char *name : {"en_US", "pt_BR", "zh_CN", "ja_JP"}) {
            const QLocale locale{QString::fromLatin1(name)};
            for (qint64 micros : {qint64(0), qint64(100), qint64(62500), qint64(9999900)}) {
                Money read;
                QVERIFY2(parseLocalMoney(localMoneyText(usd(micros), locale), QStringLiteral("USD"),
                                         &read, locale),
                         name);
                QCOMPARE(read, usd(micros));
            }
        }
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
