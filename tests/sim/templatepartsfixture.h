#pragma once

// What the template-part suites share (issue #14 item 7): the real parley-hub and two real
// parley-cloudsim processes, two WhatsApp Business accounts, each number a channel of the hub
// (the second in a department of its own), the admin "ana" signed in and a credit pack bought.
// tst_templateparts: a template's header, footer and buttons on their way to Meta and in sends;
// tst_templatedeletes: deleting, and the 200 templates an account may hold (R6.2).
#include "hubprocess.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace parley::testing {

class TemplatePartsFixture {
protected:
    static inline const QString customer = QStringLiteral("5511987650077");

    static SimProcess::Identity secondAccount()
    {
        SimProcess::Identity identity;
        identity.wabaId = QStringLiteral("204400000000002");
        identity.phoneNumberId = QStringLiteral("204400000000102");
        identity.displayNumber = QStringLiteral("15550000002");
        identity.appSecret = QStringLiteral("second-app-secret");
        identity.accessToken = QStringLiteral("second-access-token");
        return identity;
    }

    static QJsonObject fullTemplate(const QString &name, qint64 channelId)
    {
        return {{"name", name},
                {"language", "pt_BR"},
                {"category", "UTILITY"},
                {"module", "Leads"},
                {"channel_id", channelId},
                {"body", "Olá $[Leads.First Name], seu pedido foi enviado hoje."},
                {"header",
                 QJsonObject{{"format", "TEXT"}, {"text", "Pedido {{1}}"}, {"example", "A-1042"}}},
                {"footer", "Loja Exemplo · São Paulo"},
                {"buttons", QJsonArray{QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Recebi"}},
                                       QJsonObject{{"type", "QUICK_REPLY"}, {"text", "Não recebi"}},
                                       QJsonObject{{"type", "URL"},
                                                   {"text", "Rastrear"},
                                                   {"url", "https://loja.example/t/{{1}}"},
                                                   {"example", "A-1042"}},
                                       QJsonObject{{"type", "PHONE_NUMBER"},
                                                   {"text", "Ligar"},
                                                   {"phone_number", "+5511987650001"}}}}};
    }

    static QJsonObject simTemplate(SimProcess &sim, const QString &name)
    {
        const QJsonArray data =
            sim.graph("GET", QStringLiteral("/%1/message_templates?name=%2&limit=100")
                                 .arg(sim.identity().wabaId, name))
                .json()
                .value(QStringLiteral("data"))
                .toArray();
        return data.isEmpty() ? QJsonObject() : data.first().toObject();
    }

    static QJsonObject component(const QJsonObject &onMeta, const QString &type)
    {
        for (const QJsonValue &value : onMeta.value(QStringLiteral("components")).toArray()) {
            if (value["type"].toString() == type)
                return value.toObject();
        }
        return {};
    }

    // initTestCase's work: the hub, both accounts and their channels.
    void setUpTwoAccounts()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_first));
        QVERIFY(m_second.start(m_hub.url(QStringLiteral("/webhooks/whatsapp")).toString()));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_admin.isEmpty());
        // Each number needs a department of its own (channel_limit_departments).
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Entregas"}}, m_admin)
                     .status,
                 201);
        const SimProcess::Identity &second = m_second.identity();
        QVERIFY(m_hub.addChannel(second.phoneNumberId, second.displayNumber, m_second.graphUrl(),
                                 second.accessToken, second.appSecret, QStringLiteral("verify-me"),
                                 second.wabaId));
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        for (const QJsonValue &channel : m_hub.getList(QStringLiteral("/api/v1/channels"),
                                                       QStringLiteral("channels"), m_admin)) {
            if (channel["phone_number_id"].toString() == second.phoneNumberId)
                m_secondChannel = channel["id"].toInteger();
            else
                m_firstChannel = channel["id"].toInteger();
        }
        QVERIFY(m_firstChannel > 0 && m_secondChannel > 0);
    }

    HttpReply deleteTemplate(qint64 id, const QString &token)
    {
        return httpCall("DELETE", m_hub.url(QStringLiteral("/api/v1/templates/%1").arg(id)), {},
                        {{"Authorization", "Bearer " + token.toUtf8()}});
    }

    bool allReachedMeta()
    {
        for (const QJsonValue &t : m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                 QStringLiteral("templates"), m_admin)) {
            if (t["meta_template_id"].toString().isEmpty())
                return false;
        }
        return true;
    }

    QJsonObject hubTemplate(qint64 id)
    {
        return withId(m_hub.getList(QStringLiteral("/api/v1/templates"),
                                    QStringLiteral("templates"), m_admin),
                      id);
    }

    qint64 conversationOf(const QString &number)
    {
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"].toObject()["customer_number"].toString() == number)
                return event["data"].toObject()["id"].toInteger();
        }
        return 0;
    }

    HubProcess m_hub;
    SimProcess m_first;
    SimProcess m_second{secondAccount()};
    QString m_admin;
    qint64 m_firstChannel = 0;
    qint64 m_secondChannel = 0;
    qint64 m_template = 0;
};

} // namespace parley::testing
