// R6.5 automations run by the hub for every trigger, whatever made the change: a record updated
// through the API (as the desktop does), a lead the webhook made for a new number, a
// conversation closed by an agent or by another automation, and customers left without a reply
// (the hub's clock moved by a HubTestClock). Each occurrence runs once, also after a restart;
// conditions filter; chains are counted; the run log says what happened.
#include "hubtestclock.h"
#include "simteamfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

class HubAutomationTriggersTest : public QObject, protected SimTeamFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_clock.install());
        qputenv("PARLEY_HUB_HOUSEKEEPING_MS", "100");
        QVERIFY(setUpTeam());
        const HttpReply label = m_hub.post(QStringLiteral("/api/v1/labels"),
                                           {{"name", "follow-up"}, {"color", "#3366cc"}}, m_admin);
        QCOMPARE(label.status, 201);
        m_followUp = label.json().value(QStringLiteral("label"))["id"].toInteger();
        const HttpReply vip = m_hub.post(QStringLiteral("/api/v1/labels"),
                                         {{"name", "new-lead"}, {"color", "#cc3366"}}, m_admin);
        QCOMPARE(vip.status, 201);
        m_newLead = vip.json().value(QStringLiteral("label"))["id"].toInteger();
        const HttpReply draft =
            m_hub.post(QStringLiteral("/api/v1/templates"),
                       {{"name", "proposta_pronta"},
                        {"language", "pt_BR"},
                        {"category", "UTILITY"},
                        {"module", "Leads"},
                        {"body", "Olá $[Leads.First Name], sua proposta está pronta."}},
                       m_admin);
        QCOMPARE(draft.status, 202);
        m_template = draft.json().value(QStringLiteral("template"))["id"].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(templateStatus(m_template), QStringLiteral("APPROVED"), 10000);
    }

    void badRulesAreRefused()
    {
        const auto create = [this](const QJsonObject &body) {
            return m_hub.post(QStringLiteral("/api/v1/automations"), body, m_admin);
        };
        QCOMPARE(errorCode(create({{"trigger", "conversation_closed"},
                                   {"action", "label"},
                                   {"conditions", QJsonArray{QJsonObject{{"field", "Department"},
                                                                         {"op", "changes_to"},
                                                                         {"value", "Sales"}}}},
                                   {"label_id", m_followUp}})),
                 QStringLiteral("automation_condition_needs_update"));
        QCOMPARE(errorCode(create({{"trigger", "no_reply"}, {"action", "close"}})),
                 QStringLiteral("automation_wait_invalid"));
        QCOMPARE(
            errorCode(create({{"trigger", "no_reply"}, {"wait_hours", 2}, {"action", "assign"}})),
            QStringLiteral("automation_target_missing"));
        QCOMPARE(
            errorCode(create(
                {{"trigger", "conversation_closed"}, {"action", "label"}, {"label_id", 9999}})),
            QStringLiteral("automation_target_unknown"));
        QCOMPARE(errorCode(create({{"trigger", "record_updated"},
                                   {"module", "Leads"},
                                   {"action", "close"},
                                   {"conditions", QJsonArray{QJsonObject{{"field", "City"},
                                                                         {"op", "sometimes"}}}}})),
                 QStringLiteral("bad_request"));
        QCOMPARE(errorCode(create({{"trigger", "whenever"}, {"action", "close"}})),
                 QStringLiteral("bad_request"));
        QCOMPARE(automations().size(), 0);
    }

    void anUpdateSendsOnceWhenTheFieldChangesTo()
    {
        const HttpReply rule =
            m_hub.post(QStringLiteral("/api/v1/automations"),
                       {{"name", "Proposal when qualified"},
                        {"trigger", "record_updated"},
                        {"module", "Leads"},
                        {"conditions", QJsonArray{QJsonObject{{"field", "Lead Status"},
                                                              {"op", "changes_to"},
                                                              {"value", "Qualified"}}}},
                        {"action", "send_template"},
                        {"template_id", m_template},
                        {"channel_id", m_channel}},
                       m_admin);
        QCOMPARE(rule.status, 201);
        m_qualified = rule.json().value(QStringLiteral("automation"))["id"].toInteger();
        const QString number = QStringLiteral("5511987650401");
        const HttpReply created = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{"module", "Leads"},
             {"fields",
              QJsonObject{{"First Name", "Rita"}, {"Mobile", number}, {"Lead Status", "New"}}}},
            m_agent);
        QCOMPARE(created.status, 201);
        const qint64 record = created.json().value(QStringLiteral("record"))["id"].toInteger();
        const QString path = QStringLiteral("/api/v1/records/%1").arg(record);
        // Another field, and a status that is not the one: nothing.
        QCOMPARE(m_hub.post(path, {{"fields", QJsonObject{{"City", "Santos"}}}}, m_agent).status,
                 200);
        QCOMPARE(m_hub.post(path, {{"fields", QJsonObject{{"Lead Status", "Contacted"}}}}, m_agent)
                     .status,
                 200);
        QTest::qWait(400);
        QCOMPARE(m_sim.sent(number).size(), 0);
        // The desktop changes the status, as it does through this route: one send.
        QCOMPARE(m_hub.post(path, {{"fields", QJsonObject{{"Lead Status", "qualified "}}}}, m_agent)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(number).size(), 1, 10000);
        QCOMPARE(m_sim.sent(number).first()["template"]["name"].toString(),
                 QStringLiteral("proposta_pronta"));
        // Still qualified, another field changes: not a change to Qualified.
        QCOMPARE(m_hub.post(path, {{"fields", QJsonObject{{"City", "Recife"}}}}, m_agent).status,
                 200);
        QTest::qWait(400);
        QCOMPARE(m_sim.sent(number).size(), 1);
        const QJsonArray logged = runsOf(m_qualified);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first()["trigger"].toString(), QStringLiteral("record_updated"));
        QCOMPARE(logged.first()["target_kind"].toString(), QStringLiteral("record"));
        QCOMPARE(logged.first()["target_id"].toInteger(), record);
        QCOMPARE(logged.first()["outcome"].toString(), QStringLiteral("done"));
        QCOMPARE(logged.first()["automation_name"].toString(),
                 QStringLiteral("Proposal when qualified"));
        QCOMPARE(logged.first()["depth"].toInt(), 1);
    }

    void aLeadTheWebhookMadeIsLabelledOnce()
    {
        const HttpReply rule = m_hub.post(QStringLiteral("/api/v1/automations"),
                                          {{"trigger", "record_created"},
                                           {"module", "Leads"},
                                           {"action", "label"},
                                           {"label_id", m_newLead}},
                                          m_admin);
        QCOMPARE(rule.status, 201);
        const qint64 automation = rule.json().value(QStringLiteral("automation"))["id"].toInteger();
        const qint64 chat = writes(QStringLiteral("5511987650402"), "Oi, quero um orçamento");
        QVERIFY(chat > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            latestConversation(chat)["labels"].toArray().contains(QJsonValue(m_newLead)), 10000);
        // The customer writes again: the same lead, no new trigger.
        QVERIFY(writes(QStringLiteral("5511987650402"), "Alô?") == chat);
        QTest::qWait(400);
        const QJsonArray logged = runsOf(automation);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first()["outcome"].toString(), QStringLiteral("done"));
        QCOMPARE(logged.first()["trigger"].toString(), QStringLiteral("record_created"));
        // A record without a conversation has nothing to label: skipped, and why.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records"),
                           {{"module", "Leads"}, {"fields", QJsonObject{{"First Name", "Sem"}}}},
                           m_agent)
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(runsOf(automation).size(), 2, 10000);
        QCOMPARE(runsOf(automation).first()["outcome"].toString(), QStringLiteral("skipped"));
        QCOMPARE(runsOf(automation).first()["reason"].toString(),
                 QStringLiteral("automation_no_conversation"));
        QCOMPARE(httpDelete(QStringLiteral("/api/v1/automations/%1").arg(automation)), 200);
    }

    void aClosedConversationIsLabelledOncePerClosing()
    {
        const HttpReply rule = m_hub.post(QStringLiteral("/api/v1/automations"),
                                          {{"name", "Follow up after closing"},
                                           {"trigger", "conversation_closed"},
                                           {"action", "label"},
                                           {"label_id", m_followUp}},
                                          m_admin);
        QCOMPARE(rule.status, 201);
        m_closedRule = rule.json().value(QStringLiteral("automation"))["id"].toInteger();
        const qint64 chat = writes(QStringLiteral("5511987650403"), "Obrigado, resolvido");
        QVERIFY(chat > 0);
        const QString triage = QStringLiteral("/api/v1/conversations/%1/triage").arg(chat);
        QCOMPARE(m_hub.post(triage, {{"status", "closed"}}, m_agent).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(
            latestConversation(chat)["labels"].toArray().contains(QJsonValue(m_followUp)), 10000);
        // Changed while closed: not another closing.
        QCOMPARE(m_hub.post(triage, {{"priority", "high"}}, m_agent).status, 200);
        QTest::qWait(400);
        QCOMPARE(runsFor(m_closedRule, chat).size(), 1);
    }

    void aWaitingCustomerIsClosedOnceAfterTheWait()
    {
        const HttpReply rule =
            m_hub.post(QStringLiteral("/api/v1/automations"),
                       {{"name", "Close the silent ones"},
                        {"trigger", "no_reply"},
                        {"wait_hours", 2},
                        {"conditions",
                         QJsonArray{QJsonObject{
                             {"field", "Customer Name"}, {"op", "contains"}, {"value", "0404"}}}},
                        {"action", "close"}},
                       m_admin);
        QCOMPARE(rule.status, 201);
        const qint64 automation = rule.json().value(QStringLiteral("automation"))["id"].toInteger();
        const qint64 waiting = writes(QStringLiteral("5511987650404"), "Alguém aí?");
        const qint64 answered = writes(QStringLiteral("5511987650405"), "Bom dia");
        QVERIFY(waiting > 0 && answered > 0);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/messages").arg(answered),
                           {{"text", "Bom dia! Como posso ajudar?"}}, m_agent,
                           {{"Idempotency-Key", "reply-0405"}})
                     .status,
                 202);
        moveClock(3600000); // an hour: not yet
        QTest::qWait(500);
        QCOMPARE(latestConversation(waiting)["status"].toString(), QStringLiteral("open"));
        moveClock(2 * 3600000 + 60000);
        QTRY_COMPARE_WITH_TIMEOUT(latestConversation(waiting)["status"].toString(),
                                  QStringLiteral("closed"), 10000);
        QTest::qWait(500);
        QCOMPARE(runsFor(automation, waiting).size(), 1);
        // Answered, or not matching the condition: left alone.
        QCOMPARE(latestConversation(answered)["status"].toString(), QStringLiteral("open"));
        QCOMPARE(runsFor(automation, answered).size(), 0);
        // Closed by an automation, the conversation set off the closing automation, one level
        // further down the chain.
        QTRY_COMPARE_WITH_TIMEOUT(runsFor(m_closedRule, waiting).size(), 1, 10000);
        QCOMPARE(runsFor(m_closedRule, waiting).first()["depth"].toInt(), 2);
        QCOMPARE(runsFor(automation, waiting).first()["depth"].toInt(), 1);

        // A restart, the clock still ahead: nothing runs twice.
        m_hub.stop();
        QVERIFY(m_hub.start(10000, m_hub.port()));
        QTest::qWait(800);
        QCOMPARE(runsFor(automation, waiting).size(), 1);
        QCOMPARE(runsFor(m_closedRule, waiting).size(), 1);
        QCOMPARE(runsOf(m_qualified).size(), 1);
        moveClock(0);
    }

    void theRunLogPagesAndIsForAdminsOnly()
    {
        const HttpReply forbidden = m_hub.get(QStringLiteral("/api/v1/automations/runs"), m_agent);
        QCOMPARE(forbidden.status, 403);
        const QJsonArray all = m_hub.getList(QStringLiteral("/api/v1/automations/runs"),
                                             QStringLiteral("runs"), m_admin);
        QVERIFY(all.size() >= 4);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i)["id"].toInteger() < all.at(i - 1)["id"].toInteger());
        QVERIFY(!all.first()["ran_at"].toString().isEmpty());
        const QJsonArray page =
            m_hub.getList(QStringLiteral("/api/v1/automations/runs?limit=2&before=%1")
                              .arg(all.first()["id"].toInteger()),
                          QStringLiteral("runs"), m_admin);
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.first()["id"].toInteger(), all.at(1)["id"].toInteger());
    }

    // Issue #14 item 3: the log names what each run acted on and who has it, as the store says
    // when the log is read (an owner given after the run shows).
    void theRunLogNamesTheTargetAndItsAgent()
    {
        const QString boName = agentName(m_bo);
        QVERIFY(!boName.isEmpty());
        const QJsonObject recordRun = runsOf(m_qualified).first().toObject();
        QCOMPARE(recordRun["target_name"].toString(), QStringLiteral("Rita"));
        const qint64 rita = recordRun["target_id"].toInteger();
        QCOMPARE(
            m_hub
                .post(QStringLiteral("/api/v1/records/%1").arg(rita), {{"owner_id", m_bo}}, m_admin)
                .status,
            200);
        QCOMPARE(runsOf(m_qualified).first()["agent_id"].toInteger(), m_bo);
        QCOMPARE(runsOf(m_qualified).first()["agent_name"].toString(), boName);

        QJsonObject closing;
        for (const QJsonValue &run : runsOf(m_closedRule)) {
            if (run["target_name"].toString() == QLatin1String("Cliente 0403"))
                closing = run.toObject();
        }
        QCOMPARE(closing["target_kind"].toString(), QStringLiteral("conversation"));
        QCOMPARE(closing["automation_name"].toString(), QStringLiteral("Follow up after closing"));
        const qint64 chat = closing["target_id"].toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"owner_id", m_bo}}, m_admin)
                     .status,
                 200);
        const QJsonArray after = runsFor(m_closedRule, chat);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first()["agent_id"].toInteger(), m_bo);
        QCOMPARE(after.first()["agent_name"].toString(), boName);
        QCOMPARE(after.first()["target_name"].toString(), QStringLiteral("Cliente 0403"));
    }

    // The runner saves its place in the log about once a second, not after every commit
    // (AutomationRunner): a hub killed before it did reads those events again, rebuilds what it
    // saw of each record from them, and the run log keeps every run to one.
    void aHubKilledBeforeSavingItsPlaceRunsNothingTwice()
    {
        const QString number = QStringLiteral("5511987650409");
        const HttpReply created = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{"module", "Leads"},
             {"fields",
              QJsonObject{{"First Name", "Yara"}, {"Mobile", number}, {"Lead Status", "New"}}}},
            m_agent);
        QCOMPARE(created.status, 201);
        const qint64 record = created.json().value(QStringLiteral("record"))["id"].toInteger();
        const QString path = QStringLiteral("/api/v1/records/%1").arg(record);
        const auto runsOfRecord = [this, record] {
            int runs = 0;
            for (const QJsonValue &run : runsOf(m_qualified))
                runs += run["target_id"].toInteger() == record;
            return runs;
        };
        QCOMPARE(m_hub.post(path, {{"fields", QJsonObject{{"Lead Status", "Qualified"}}}}, m_agent)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(runsOfRecord(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(number).size(), 1, 10000);
        m_hub.kill(); // SIGKILL at once: the runner's place is not saved yet
        QVERIFY(m_hub.start(10000, m_hub.port()));
        QTest::qWait(800);
        QCOMPARE(runsOfRecord(), 1);
        // What the runner saw of the lead was rebuilt from the log: another field changing is
        // no change to Qualified, and a change back and forth is a new occurrence.
        QCOMPARE(m_hub.post(path, {{"fields", QJsonObject{{"City", "Natal"}}}}, m_agent).status,
                 200);
        QTest::qWait(400);
        QCOMPARE(runsOfRecord(), 1);
        QCOMPARE(
            m_hub.post(path, {{"fields", QJsonObject{{"Lead Status", "New"}}}}, m_agent).status,
            200);
        QCOMPARE(m_hub.post(path, {{"fields", QJsonObject{{"Lead Status", "Qualified"}}}}, m_agent)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(runsOfRecord(), 2, 10000);
    }

private:
    void moveClock(qint64 aheadMs) { QVERIFY(m_clock.moveAhead(aheadMs)); }

    QString agentName(qint64 id)
    {
        for (const QJsonValue &agent :
             m_hub.getList(QStringLiteral("/api/v1/agents"), QStringLiteral("agents"), m_admin)) {
            if (agent["id"].toInteger() == id)
                return agent["name"].toString();
        }
        return {};
    }

    QJsonArray automations()
    {
        return m_hub.getList(QStringLiteral("/api/v1/automations"), QStringLiteral("automations"),
                             m_admin);
    }

    QJsonArray runsOf(qint64 automation)
    {
        return m_hub.getList(
            QStringLiteral("/api/v1/automations/runs?automation_id=%1").arg(automation),
            QStringLiteral("runs"), m_admin);
    }

    QJsonArray runsFor(qint64 automation, qint64 conversation)
    {
        QJsonArray found;
        for (const QJsonValue &run : runsOf(automation)) {
            if (run["target_kind"].toString() == QLatin1String("conversation") &&
                run["target_id"].toInteger() == conversation)
                found.append(run);
        }
        return found;
    }

    int httpDelete(const QString &path)
    {
        return httpCall("DELETE", m_hub.url(path), {},
                        {{"Authorization", "Bearer " + m_admin.toUtf8()}})
            .status;
    }

    HubTestClock m_clock;
    qint64 m_followUp = 0;
    qint64 m_newLead = 0;
    qint64 m_template = 0;
    qint64 m_qualified = 0;
    qint64 m_closedRule = 0;
};

QTEST_MAIN(HubAutomationTriggersTest)
#include "tst_hubautomationtriggers.moc"
