// R6.5 automations against the real hub, with the real cloud simulator reviewing templates and
// receiving sends: a record created in the automation's module (through the API or by the
// webhook for a new number) gets its template once, at its own number; anything that could not be
// sent is refused when the automation is set up; and every admin route of templates and automations
// refuses agents and viewers.
#include "apierror.h"
#include "hubprocess.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

class HubAutomationTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("vi"), QStringLiteral("viewer"),
                               QStringLiteral("vi-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        m_viewer = m_hub.login(QStringLiteral("vi"), QStringLiteral("vi-password"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty() && !m_viewer.isEmpty());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        m_channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin)
                .first()[QStringLiteral("id")]
                .toInteger();
        QVERIFY(m_channel > 0);

        m_welcome = submit(QStringLiteral("boas_vindas"), QStringLiteral("Leads"),
                           QStringLiteral("Olá $[Leads.First Name], obrigado pelo contato."));
        m_contactWelcome =
            submit(QStringLiteral("contato_novo"), QStringLiteral("Contacts"),
                   QStringLiteral("Olá $[Contacts.First Name], seu cadastro está pronto."));
        // A sales pitch filed as Utility: the review rejects it.
        m_rejected = submit(QStringLiteral("aviso_desconto"), QStringLiteral("Leads"),
                            QStringLiteral("Olá $[Leads.First Name], hoje tem desconto de 20%."));
        QTRY_COMPARE_WITH_TIMEOUT(templateStatus(m_welcome), QStringLiteral("APPROVED"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(templateStatus(m_contactWelcome), QStringLiteral("APPROVED"),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(templateStatus(m_rejected), QStringLiteral("REJECTED"), 10000);
    }

    void everyAdminRouteRefusesAgentsAndViewers()
    {
        const QJsonObject draft{{"name", "so_admins"},
                                {"language", "pt_BR"},
                                {"category", "UTILITY"},
                                {"module", "Leads"},
                                {"body", "Olá $[Leads.First Name], tudo certo."}};
        const QJsonObject automation{
            {"module", "Leads"}, {"template_id", m_welcome}, {"channel_id", m_channel}};
        for (const QString &token : {m_agent, m_viewer}) {
            const QList<HttpReply> replies{
                m_hub.post(QStringLiteral("/api/v1/templates"), draft, token),
                m_hub.post(QStringLiteral("/api/v1/templates/%1").arg(m_rejected), draft, token),
                m_hub.get(QStringLiteral("/api/v1/automations"), token),
                m_hub.post(QStringLiteral("/api/v1/automations"), automation, token),
                httpCall("DELETE", m_hub.url(QStringLiteral("/api/v1/automations/1")), {},
                         {{"Authorization", "Bearer " + token.toUtf8()}})};
            for (const HttpReply &reply : replies) {
                QCOMPARE(reply.status, 403);
                QCOMPARE(errorCode(reply), QStringLiteral("forbidden_admin_only"));
            }
        }
        QCOMPARE(templateStatus(m_rejected), QStringLiteral("REJECTED")); // untouched
        QCOMPARE(automations().size(), 0);
    }

    void onlyAnApprovedTemplateOfTheModuleCanBeAutomated()
    {
        const auto create = [this](const QString &module, qint64 templateId, qint64 channelId) {
            return m_hub.post(
                QStringLiteral("/api/v1/automations"),
                {{"module", module}, {"template_id", templateId}, {"channel_id", channelId}},
                m_admin);
        };
        HttpReply reply = create(QStringLiteral("Contacts"), m_welcome, m_channel);
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorCode(reply), QStringLiteral("automation_template_module_mismatch"));
        reply = create(QStringLiteral("Leads"), m_rejected, m_channel);
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorCode(reply), QStringLiteral("template_not_approved"));
        reply = create(QStringLiteral("Deals"), m_welcome, m_channel);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("automation_module_invalid"));
        QCOMPARE(create(QStringLiteral("Leads"), 9999, m_channel).status, 404);
        QCOMPARE(create(QStringLiteral("Leads"), m_welcome, 9999).status, 404);
        QCOMPARE(
            errorCode(m_hub.post(QStringLiteral("/api/v1/automations"),
                                 {{"template_id", m_welcome}, {"channel_id", m_channel}}, m_admin)),
            QStringLiteral("bad_request")); // the module is required
        QCOMPARE(automations().size(), 0);

        reply = create(QStringLiteral("Leads"), m_welcome, m_channel);
        QCOMPARE(reply.status, 201);
        m_automation = reply.json().value(QStringLiteral("automation"))["id"].toInteger();
        QVERIFY(m_automation > 0);
        reply = create(QStringLiteral("Leads"), m_welcome, m_channel);
        QCOMPARE(reply.status, 409);
        QCOMPARE(errorCode(reply), QStringLiteral("automation_exists"));
        QCOMPARE(automations().size(), 1);
    }

    void aCreatedLeadGetsTheTemplateOnceAtItsNumber()
    {
        QVERIFY(m_automation > 0);
        const QString number = QStringLiteral("5511987650077");
        const HttpReply created =
            m_hub.post(QStringLiteral("/api/v1/records"),
                       {{"module", "Leads"},
                        {"fields", QJsonObject{{"First Name", "Marina"},
                                               {"Full Name", "Marina Costa"},
                                               {"Mobile", "+55 11 98765-0077"}}}},
                       m_agent);
        QCOMPARE(created.status, 201);
        const qint64 recordId = created.json().value(QStringLiteral("record"))["id"].toInteger();
        const QJsonArray outcomes = created.json().value(QStringLiteral("automations")).toArray();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first()["automation_id"].toInteger(), m_automation);
        QCOMPARE(outcomes.first()["status"].toString(), QStringLiteral("sent"));
        const qint64 messageId = outcomes.first()["message_id"].toInteger();
        QVERIFY(messageId > 0);

        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(number).size(), 1, 10000);
        const QJsonObject onTheWire = m_sim.sent(number).first().toObject();
        QCOMPARE(onTheWire["type"].toString(), QStringLiteral("template"));
        QCOMPARE(onTheWire["template"]["name"].toString(), QStringLiteral("boas_vindas"));
        QCOMPARE(onTheWire["template"]["parameters"].toArray(),
                 QJsonArray{QStringLiteral("Marina")});

        // The chat belongs to the lead that was created; no second record was made for it.
        QJsonObject conversation;
        int recordsCreated = 0;
        for (const QJsonValue &event : events()) {
            if (event["type"].toString() == QLatin1String("conversation.created") &&
                event["data"]["customer_number"].toString() == number)
                conversation = event["data"].toObject();
            if (event["type"].toString() == QLatin1String("record.updated") &&
                event["data"]["fields"]["Mobile"].toString().contains(QLatin1String("0077")))
                ++recordsCreated;
        }
        QCOMPARE(conversation["record_id"].toInteger(), recordId);
        QCOMPARE(recordsCreated, 1);

        // The key is the automation's and the record's: asking again sends nothing new.
        const HttpReply replay = m_hub.post(
            QStringLiteral("/api/v1/conversations"),
            {{"channel_id", m_channel},
             {"customer_number", number},
             {"template_id", m_welcome},
             {"record_id", recordId}},
            m_agent,
            {{"Idempotency-Key",
              QStringLiteral("automation:%1:record:%2").arg(m_automation).arg(recordId).toUtf8()}});
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.json().value(QStringLiteral("message"))["id"].toInteger(), messageId);
        QTest::qWait(500);
        QCOMPARE(m_sim.sent(number).size(), 1);
        QCOMPARE(automations().first()["sent_count"].toInteger(), 1);
    }

    void otherRecordsAndNumbersThatWriteFirstGetNothing()
    {
        QVERIFY(m_automation > 0);
        // Another module: no automation of its own.
        const HttpReply contact = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{"module", "Contacts"},
             {"fields", QJsonObject{{"First Name", "Rui"}, {"Mobile", "5511987650078"}}}},
            m_agent);
        QCOMPARE(contact.status, 201);
        QVERIFY(!contact.json().contains(QStringLiteral("automations")));
        // A lead without a number is reported, not sent.
        const HttpReply noNumber = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{"module", "Leads"}, {"fields", QJsonObject{{"First Name", "Sem Número"}}}}, m_agent);
        QCOMPARE(noNumber.status, 201);
        const QJsonArray outcomes = noNumber.json().value(QStringLiteral("automations")).toArray();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first()["status"].toString(), QStringLiteral("failed"));
        QCOMPARE(outcomes.first()["error"]["code"].toString(),
                 QStringLiteral("automation_no_number"));
        QCOMPARE(automations().first()["last_error"].toString(),
                 QStringLiteral("automation_no_number"));
        QCOMPARE(m_sim.sent(QStringLiteral("5511987650078")).size(), 0);
        QCOMPARE(automations().first()["sent_count"].toInteger(), 1);
        // Issue #14: a new number writing first becomes a lead the webhook made, and a lead
        // created is a lead created whoever made it: the automation sends, once.
        const QString stranger = QStringLiteral("5511987650079");
        QVERIFY(!m_sim.inbound(stranger, QStringLiteral("Paula"), QStringLiteral("Oi")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(hasConversationWith(stranger), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.sent(stranger).size(), 1, 10000);
        QVERIFY(!m_sim.inbound(stranger, QStringLiteral("Paula"), QStringLiteral("Oi?")).isEmpty());
        QTest::qWait(500);
        QCOMPARE(m_sim.sent(stranger).size(), 1);
        QCOMPARE(automations().first()["sent_count"].toInteger(), 2);
    }

    void aDeletedAutomationStopsSending()
    {
        QVERIFY(m_automation > 0);
        const QString path = QStringLiteral("/api/v1/automations/%1").arg(m_automation);
        const Headers admin{{"Authorization", "Bearer " + m_admin.toUtf8()}};
        QCOMPARE(httpCall("DELETE", m_hub.url(path), {}, admin).status, 200);
        QCOMPARE(httpCall("DELETE", m_hub.url(path), {}, admin).status, 404);
        QCOMPARE(automations().size(), 0);
        const HttpReply created = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{"module", "Leads"},
             {"fields", QJsonObject{{"First Name", "Leo"}, {"Mobile", "5511987650080"}}}},
            m_agent);
        QCOMPARE(created.status, 201);
        QVERIFY(!created.json().contains(QStringLiteral("automations")));
        QTest::qWait(300);
        QCOMPARE(m_sim.sent(QStringLiteral("5511987650080")).size(), 0);
    }

private:
    qint64 submit(const QString &name, const QString &module, const QString &body)
    {
        const HttpReply reply = m_hub.post(QStringLiteral("/api/v1/templates"),
                                           {{"name", name},
                                            {"language", "pt_BR"},
                                            {"category", "UTILITY"},
                                            {"module", module},
                                            {"body", body}},
                                           m_admin);
        if (reply.status != 202)
            qWarning() << reply.status << reply.body;
        return reply.json().value(QStringLiteral("template"))["id"].toInteger();
    }

    QString templateStatus(qint64 id)
    {
        const QJsonArray templates = m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                   QStringLiteral("templates"), m_agent);
        return withId(templates, id)[QStringLiteral("status")].toString();
    }

    QJsonArray automations()
    {
        return m_hub.getList(QStringLiteral("/api/v1/automations"), QStringLiteral("automations"),
                             m_admin);
    }

    QJsonArray events() { return m_hub.events(m_admin); }

    bool hasConversationWith(const QString &number)
    {
        for (const QJsonValue &event : events()) {
            if (event["type"].toString() == QLatin1String("conversation.created") &&
                event["data"]["customer_number"].toString() == number)
                return true;
        }
        return false;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    QString m_agent;
    QString m_viewer;
    qint64 m_channel = 0;
    qint64 m_welcome = 0;
    qint64 m_contactWelcome = 0;
    qint64 m_rejected = 0;
    qint64 m_automation = 0;
};

QTEST_MAIN(HubAutomationTest)
#include "tst_hubautomation.moc"
