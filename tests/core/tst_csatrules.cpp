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

    // The survey offers each score once as a quick reply, and nothing that is not a score.
    void aSurveyTemplateHasAQuickReplyForEachScore()
    {
        const auto withButtons = [](const QStringList &texts) {
            MessageTemplate t;
            for (const QString &text : texts)
                t.buttons.append({TemplateButtonType::QuickReply, text, {}, {}});
            return t;
        };
        QVERIFY(isCsatSurveyTemplate(withButtons({"1", "2", "3", "4", "5"})));
        QVERIFY(isCsatSurveyTemplate(
            withButtons({"5 - Excelente", "4 - Bom", "3 - Regular", "2 - Ruim", "1 - Péssimo"})));
        MessageTemplate withLink = withButtons({"1", "2", "3", "4", "5"});
        withLink.buttons.append({TemplateButtonType::Url,
                                 QStringLiteral("Site"),
                                 QStringLiteral("https://loja.example"),
                                 {}});
        QVERIFY(isCsatSurveyTemplate(withLink)); // a URL button is no answer

        QVERIFY(!isCsatSurveyTemplate(MessageTemplate{})); // body only
        QVERIFY(!isCsatSurveyTemplate(withButtons({"1", "2", "3", "4"})));
        QVERIFY(!isCsatSurveyTemplate(withButtons({"1", "2", "3", "4", "4"})));
        QVERIFY(!isCsatSurveyTemplate(withButtons({"1", "2", "3", "4", "5", "Falar com alguém"})));
        MessageTemplate phones = withButtons({"1", "2", "3", "4"});
        phones.buttons.append({TemplateButtonType::PhoneNumber,
                               QStringLiteral("5"),
                               QStringLiteral("+5511987650001"),
                               {}});
        QVERIFY(!isCsatSurveyTemplate(phones)); // pressing it calls, it answers nothing
    }
};

QTEST_GUILESS_MAIN(CsatRulesTest)
#include "tst_csatrules.moc"
