// Money as the user's locale writes it (issue #14 item 7): the symbol and pattern of the locale,
// and "US$" where the locale's own dollar would be ambiguous. The plan names of the Credits page
// write their amounts by the same rule: the Japanese page once read "US$0.005" in a plan's name
// and "$0.005" under it.
#include "core/billing/money.h"
#include "core/billing/rateplan.h"
#include "ui/admin/creditformat.h"
#include "ui/admin/creditratetable.h"

#include <QComboBox>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace parley;
using namespace parley::ui;

class MoneyDisplayTest : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void localesWriteMoneyTheirWay_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << "en_US" << qint64(50000000) << "$50.00";
        QTest::newRow("pt_BR") << "pt_BR" << qint64(50000000) << QStringLiteral("US$\u00a050,00");
        QTest::newRow("C follows en_US") << "C" << qint64(50000000) << "$50.00";
        QTest::newRow("en_US fraction of a cent") << "en_US" << qint64(62500) << "$0.0625";
        QTest::newRow("pt_BR thousands")
            << "pt_BR" << qint64(1234500000) << QStringLiteral("US$\u00a01.234,50");
    }
    void localesWriteMoneyTheirWay()
    {
        QFETCH(QString, locale);
        QFETCH(qint64, micros);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(moneyDisplay(usd(micros)), expected);
    }

    void planNamesWriteMoneyAsThePageDoes_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << "en"
                            << "en_US";
        QTest::newRow("pt_BR") << "pt_BR"
                               << "pt_BR";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "zh_CN";
        QTest::newRow("ja") << "ja"
                            << "ja_JP";
    }
    void planNamesWriteMoneyAsThePageDoes()
    {
        QFETCH(QString, lang);
        QFETCH(QString, locale);
        QTranslator translator;
        if (lang != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/parley_%1.qm").arg(lang)));
            QCoreApplication::installTranslator(&translator);
        }
        QLocale::setDefault(QLocale(locale));
        CreditRateTable table;
        auto *presets = table.findChild<QComboBox *>(QStringLiteral("planPreset"));
        QVERIFY(presets);
        int withMoney = 0;
        for (const RatePlan &plan : presetRatePlans()) {
            QString title = presets->itemText(presets->findData(plan.id));
            QVERIFY(!title.isEmpty());
            // Each amount a name may state, as moneyDisplay() writes it; what is left of the name
            // writes no dollar of its own.
            for (const Money &amount : {packPrice(plan), plan.creditValue}) {
                if (title.contains(moneyDisplay(amount)))
                    ++withMoney;
                title.remove(moneyDisplay(amount));
            }
            for (const QString &dollar :
                 {QStringLiteral("$"), QStringLiteral("US"), QStringLiteral("美元"),
                  QStringLiteral("ドル"), QStringLiteral("dólar")})
                QVERIFY2(!title.contains(dollar), qPrintable(title));
        }
        QCOMPARE(withMoney, 2); // IM credits at US$2, points at US$0.005
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(MoneyDisplayTest)
#include "tst_moneydisplay.moc"
