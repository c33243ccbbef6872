// CSAT (issue #14 item 5) against the real hub and the real cloud simulator: an admin turns the
// survey on (one channel, or every channel), closing a conversation sends the survey template
// once per closing, the simulator's customer presses a button and the score is recorded without
// reopening the conversation or counting as unread, and the report averages and distributes the
// answers per agent, group and channel.
#include "simteamfixture.h"

#include <QDate>
#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

class HubCsatTest : public QObject, protected SimTeamFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(setUpTeam());
        // The survey: a utility template whose five quick-reply buttons are the customer's 1–5.
        QJsonArray scores;
        for (const char *label : {"5 - Ótimo", "4 - Bom", "3 - Regular", "2 - Ruim", "1 - Péssimo"})
            scores.append(QJsonObject{{"type", "QUICK_REPLY"}, {"text", QString::fromUtf8(label)}});
        m_survey = approved({{"name", "pesquisa_satisfacao"},
                             {"language", "pt_BR"},
                             {"category", "UTILITY"},
                             {"module", "Contacts"},
                             {"body", "Como foi o atendimento de hoje? Toque de 1 a 5."},
                             {"buttons", scores}});
        // Body only: no button to press, so no survey.
        m_bodyOnly = approved({{"name", "avaliacao_texto"},
                               {"language", "pt_BR"},
                               {"category", "UTILITY"},
                               {"module", "Contacts"},
                               {"body", "Responda com uma nota de 1 a 5."}});
        QVERIFY(m_survey > 0 && m_bodyOnly > 0);
    }

    // What Meta holds (the simulator's GET …/message_templates): five QUICK_REPLY buttons in
    // Meta's component shape, which a survey message carries to the customer.
    void theSurveyHasFiveQuickRepliesInMetasShape()
    {
        const QJsonArray data =
            m_sim
                .graph("GET", QStringLiteral("/%1/message_templates?name=pesquisa_satisfacao")
                                  .arg(m_sim.identity().wabaId))
                .json()["data"]
                .toArray();
        QCOMPARE(data.size(), 1);
        QJsonArray buttons;
        for (const QJsonValue &component : data.first()["components"].toArray()) {
            if (component["type"].toString() == QLatin1String("BUTTONS"))
                buttons = component["buttons"].toArray();
        }
        QCOMPARE(buttons.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(buttons.at(i)["type"].toString(), QStringLiteral("QUICK_REPLY"));
            QVERIFY(buttons.at(i)["text"].toString().startsWith(QString::number(5 - i)));
        }
    }

    void onlyAdminsTurnItOnWithAnApprovedTemplate()
    {
        const QString path = QStringLiteral("/api/v1/csat/settings");
        QCOMPARE(m_hub.post(path, {{"template_id", m_survey}}, m_agent).status, 403);
        QCOMPARE(
            m_hub.post(path, {{"channel_id", 9999}, {"template_id", m_survey}}, m_admin).status,
            404);
        QCOMPARE(m_hub.post(path, {{"template_id", 9999}}, m_admin).status, 404);
        const HttpReply bodyOnly = m_hub.post(path, {{"template_id", m_bodyOnly}}, m_admin);
        QCOMPARE(bodyOnly.status, 422);
        QCOMPARE(errorCode(bodyOnly), QStringLiteral("csat_template_not_survey"));
        QCOMPARE(errorCode(m_hub.post(path, {{"channel_id", m_channel}}, m_admin)),
                 QStringLiteral("bad_request"));
        QCOMPARE(m_hub.post(path, {{"channel_id", 0}, {"template_id", m_survey}}, m_admin).status,
                 200);
        const QJsonArray settings = m_hub.getList(path, QStringLiteral("settings"), m_admin);
        QCOMPARE(settings.size(), 1);
        QCOMPARE(settings.first()["channel_id"].toInteger(), 0);
        QCOMPARE(settings.first()["template_id"].toInteger(), m_survey);
    }

    void aClosingSendsTheSurveyAndTheButtonIsTheScore()
    {
        const QString number = QStringLiteral("5511987650601");
        const qint64 chat = writes(number, "Minha entrega chegou, obrigado");
        QVERIFY(chat > 0);
        const QString triage = QStringLiteral("/api/v1/conversations/%1/triage").arg(chat);
        QCOMPARE(m_hub.post(triage, {{"owner_id", m_bo}}, m_admin).status, 200);
        QCOMPARE(m_hub.post(triage, {{"status", "closed"}}, m_agent).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(number).size(), 1, 10000);
        const QJsonObject survey = m_sim.sent(number).first().toObject();
        QCOMPARE(survey["template"]["name"].toString(), QStringLiteral("pesquisa_satisfacao"));
        // Changed while closed: no second survey.
        QCOMPARE(m_hub.post(triage, {{"priority", "high"}}, m_agent).status, 200);
        QTest::qWait(500);
        QCOMPARE(m_sim.sent(number).size(), 1);

        const qint64 since = lastSeq();
        const int unreadBefore = latestConversation(chat)["unread_count"].toInt();
        QCOMPARE(m_sim
                     .inbound({{"from", number},
                               {"reply_to", survey["wamid"].toString()},
                               {"button", QJsonObject{{"text", "4 - Bom"}}}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(chat, QStringLiteral("4 - Bom"), since), 10000);
        // Recorded and shown; the conversation stays closed and nobody has it unread.
        const QJsonObject after = latestConversation(chat);
        QCOMPARE(after["status"].toString(), QStringLiteral("closed"));
        QCOMPARE(after["unread_count"].toInt(), unreadBefore);
        QTRY_COMPARE_WITH_TIMEOUT(report()["count"].toInt(), 1, 10000);

        // Reopened by the customer, closed again: another closing, another survey.
        QVERIFY(writes(number, "Mais uma dúvida") == chat);
        QCOMPARE(latestConversation(chat)["status"].toString(), QStringLiteral("open"));
        QCOMPARE(m_hub.post(triage, {{"status", "closed"}}, m_agent).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(number).size(), 2, 10000);
        const QString second = m_sim.sent(number).at(1)["wamid"].toString();
        QCOMPARE(m_sim
                     .inbound({{"from", number},
                               {"reply_to", second},
                               {"button", QJsonObject{{"text", "2 - Ruim"}}}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(report()["count"].toInt(), 2, 10000);
        // Only the survey's own buttons can be pressed (Meta's rule, kept by the simulator).
        QCOMPARE(m_sim
                     .inbound({{"from", number},
                               {"reply_to", second},
                               {"button", QJsonObject{{"payload", "5"}, {"text", "5 estrelas"}}}})
                     .status,
                 400);
        // A second press of the same survey changes nothing.
        QCOMPARE(m_sim
                     .inbound({{"from", number},
                               {"reply_to", second},
                               {"button", QJsonObject{{"text", "5 - Ótimo"}}}})
                     .status,
                 200);
        QTest::qWait(500);
        const QJsonObject csat = report();
        QCOMPARE(csat["count"].toInt(), 2);
        QCOMPARE(csat["average"].toDouble(), 3.0);
        QCOMPARE(csat["distribution"].toArray(), (QJsonArray{0, 1, 0, 1, 0}));
        const QJsonArray agents = csat["agents"].toArray();
        QCOMPARE(agents.size(), 1);
        QCOMPARE(agents.first()["id"].toInteger(), m_bo);
        QCOMPARE(agents.first()["count"].toInt(), 2);
        QCOMPARE(csat["channels"].toArray().first()["id"].toInteger(), m_channel);
        // Narrowed to another agent: nothing.
        QCOMPARE(report(QStringLiteral("&agent=%1").arg(m_bo + 100))["count"].toInt(), 0);
    }

    // A "1" pressed on another template's buttons is that template's answer, not a rating: only
    // a press in reply to the survey message itself (Meta's context.id) is recorded.
    void aPressOnAnotherTemplateIsNoRating()
    {
        const qint64 menu =
            approved({{"name", "menu_opcoes"},
                      {"language", "pt_BR"},
                      {"category", "UTILITY"},
                      {"module", "Contacts"},
                      {"body", "Com quem quer falar?"},
                      {"buttons",
                       QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "1 - Vendas"}},
                                  QJsonObject{{"type", "QUICK_REPLY"}, {"text", "2 - Suporte"}}}}});
        QVERIFY(menu > 0);
        const QString number = QStringLiteral("5511987650603");
        const qint64 chat = writes(number, "Bom dia");
        QVERIFY(chat > 0);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/template").arg(chat),
                           {{"template_id", menu}}, m_admin,
                           {{"Idempotency-Key", QByteArray("csat-menu")}})
                     .status,
                 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(number).size(), 1, 10000);
        const QString menuWamid = m_sim.sent(number).first()["wamid"].toString();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"status", "closed"}}, m_admin)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(number).size(), 2, 10000);
        const QString surveyWamid = m_sim.sent(number).at(1)["wamid"].toString();
        const int before = report()["count"].toInt();

        const qint64 since = lastSeq();
        QCOMPARE(m_sim
                     .inbound({{"from", number},
                               {"reply_to", menuWamid},
                               {"button", QJsonObject{{"text", "1 - Vendas"}}}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(hasMessage(chat, QStringLiteral("1 - Vendas"), since), 10000);
        QCOMPARE(report()["count"].toInt(), before);
        // The customer wrote to the business: the press reopens the conversation like any message.
        QCOMPARE(latestConversation(chat)["status"].toString(), QStringLiteral("open"));

        QCOMPARE(m_sim
                     .inbound({{"from", number},
                               {"reply_to", surveyWamid},
                               {"button", QJsonObject{{"text", "3 - Regular"}}}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(report()["count"].toInt(), before + 1, 10000);
    }

    void turnedOffNoSurveyGoes()
    {
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/csat/settings"),
                           {{"channel_id", 0}, {"template_id", 0}}, m_admin)
                     .status,
                 200);
        const QString number = QStringLiteral("5511987650602");
        const qint64 chat = writes(number, "Oi");
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"status", "closed"}}, m_admin)
                     .status,
                 200);
        QTest::qWait(500);
        QCOMPARE(m_sim.sent(number).size(), 0);
    }

private:
    QJsonObject report(const QString &extra = QString())
    {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const HttpReply reply = m_hub.get(
            QStringLiteral("/api/v1/reports/csat?from=%1&to=%1%2").arg(today, extra), m_admin);
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.json();
    }

    qint64 lastSeq()
    {
        qint64 seq = 0;
        for (const QJsonValue &event : m_hub.events(m_admin))
            seq = qMax(seq, event["seq"].toInteger());
        return seq;
    }

    bool hasMessage(qint64 chat, const QString &text, qint64 since)
    {
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["seq"].toInteger() > since &&
                event["type"] == QStringLiteral("message.created") &&
                event["data"]["conversation_id"].toInteger() == chat &&
                event["data"]["text"].toString() == text)
                return true;
        }
        return false;
    }

    // The template created and approved by Meta (the simulator's review); 0 otherwise.
    qint64 approved(const QJsonObject &body)
    {
        const HttpReply draft = m_hub.post(QStringLiteral("/api/v1/templates"), body, m_admin);
        if (draft.status != 202) {
            qWarning("template refused: %s", draft.body.constData());
            return 0;
        }
        const qint64 id = draft.json().value(QStringLiteral("template"))["id"].toInteger();
        for (int i = 0; i < 100 && templateStatus(id) != QLatin1String("APPROVED"); ++i)
            QTest::qWait(100);
        return templateStatus(id) == QLatin1String("APPROVED") ? id : 0;
    }

    qint64 m_survey = 0;
    qint64 m_bodyOnly = 0;
};

QTEST_MAIN(HubCsatTest)
#include "tst_hubcsat.moc"
