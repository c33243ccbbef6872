// Money as the user's locale writes it (issue #14 item 7): the symbol and pattern of the locale,
// and "US$" where the locale's own dollar would be ambiguous.
#include "core/billing/money.h"
#include "ui/admin/creditformat.h"

#include <QLocale>
#include <QTest>

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
};

QTEST_MAIN(MoneyDisplayTest)
#include "tst_moneydisplay.moc"
