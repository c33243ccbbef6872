// CSAT (issue #14 item 5): the score a customer's button press gives (core/rules/csatrules.h).
#include "core/rules/csatrules.h"

#include <QTest>

using namespace parley;

class CsatRulesTest : public QObject {
    Q_OBJECT
private slots:
    void thePayloadOrElseTheTitleHoldsTheScore()
    {
        QCOMPARE(csatScore(QStringLiteral("4"), QStringLiteral("Bom")), 4);
        QCOMPARE(csatScore(QStringLiteral(" 1 "), QString()), 1);
        QCOMPARE(csatScore(QStringLiteral("CSAT_GOOD"), QStringLiteral("5 - Ótimo")), 5);
        QCOMPARE(csatScore(QString(), QStringLiteral("⭐ 3")), 3);
    }

    void anythingElseIsNoScore()
    {
        QCOMPARE(csatScore(QStringLiteral("0"), QStringLiteral("0 - Péssimo")), 0);
        QCOMPARE(csatScore(QStringLiteral("6"), QStringLiteral("6")), 0);
        QCOMPARE(csatScore(QStringLiteral("45"), QStringLiteral("Falar com alguém")), 0);
        QCOMPARE(csatScore(QString(), QStringLiteral("Obrigado!")), 0);
        QCOMPARE(csatScore(QString(), QStringLiteral("10 de 10")), 0); // ten, not one
    }
};

QTEST_GUILESS_MAIN(CsatRulesTest)
#include "tst_csatrules.moc"
