// Issue #14 item 7 and R6.2, over loopback with the real parley-hub and two real
// parley-cloudsim processes (two WhatsApp Business accounts): a deleted template leaves
// WhatsApp (the account that holds it) and the hub and frees its place among the 200, and a
// deletion WhatsApp refuses keeps the template. What a template's parts become:
// tst_templateparts.
#include "templatepartsfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace parley::testing;

class TemplateDeletesTest : public QObject, protected TemplatePartsFixture {
    Q_OBJECT
private slots:
    // The template to delete: header, footer and buttons, on the second account, approved.
    void initTestCase()
    {
        setUpTwoAccounts();
        if (QTest::currentTestFailed())
            return;
        const HttpReply created =
            m_hub.post(QStringLiteral("/api/v1/templates"),
                       fullTemplate(QStringLiteral("pedido_completo"), m_secondChannel), m_admin);
        QCOMPARE(created.status, 202);
        m_template = created.json().value("template")["id"].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(hubTemplate(m_template)["status"].toString(),
                                  QStringLiteral("APPROVED"), 5000);
    }

    void deletingFreesThePlaceAmongThe200()
    {
        QVERIFY(m_template > 0);
        // Fill the account to the cap of 200 (R6.2) on the first number.
        int counted = 0;
        for (const QJsonValue &t : m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                 QStringLiteral("templates"), m_admin))
            counted += t["status"].toString() != QLatin1String("DRAFT") ? 1 : 0;
        for (int i = counted; i < 200; ++i) {
            const HttpReply filled = m_hub.post(QStringLiteral("/api/v1/templates"),
                                                {{"name", QStringLiteral("aviso_%1").arg(i)},
                                                 {"language", "pt_BR"},
                                                 {"category", "UTILITY"},
                                                 {"module", "Leads"},
                                                 {"channel_id", m_firstChannel},
                                                 {"body", "Seu pedido foi separado hoje."}},
                                                m_admin);
            QCOMPARE(filled.status, 202);
        }
        const QJsonObject another{{"name", "mais_um"},
                                  {"language", "pt_BR"},
                                  {"category", "UTILITY"},
                                  {"module", "Leads"},
                                  {"body", "Seu pedido saiu para entrega."}};
        const HttpReply refused = m_hub.post(QStringLiteral("/api/v1/templates"), another, m_admin);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json()["error"].toObject()["code"].toString(),
                 QStringLiteral("template_limit_reached"));

        // Deleting needs an admin; it goes to the account that holds the template.
        QCOMPARE(deleteTemplate(m_template,
                                m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password")))
                     .status,
                 200);
        QVERIFY(simTemplate(m_second, QStringLiteral("pedido_completo")).isEmpty());
        QVERIFY(hubTemplate(m_template).isEmpty());
        bool announced = false;
        for (const QJsonValue &event : m_hub.events(m_admin))
            announced =
                announced || (event["type"].toString() == QLatin1String("template.deleted") &&
                              event["data"].toObject()["id"].toInteger() == m_template);
        QVERIFY(announced);
        QCOMPARE(deleteTemplate(m_template, m_admin).status, 404);

        const HttpReply created = m_hub.post(QStringLiteral("/api/v1/templates"), another, m_admin);
        QCOMPARE(created.status, 202);
    }

    void whatsappsRefusalKeepsTheTemplate()
    {
        const QJsonArray templates = m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                   QStringLiteral("templates"), m_admin);
        qint64 id = 0;
        for (const QJsonValue &t : templates) {
            if (t["name"].toString() == QLatin1String("aviso_150"))
                id = t["id"].toInteger();
        }
        QVERIFY(id > 0);
        // Every submission has reached the simulator, so none can take the failure armed next.
        QTRY_VERIFY_WITH_TIMEOUT(allReachedMeta(), 30000);
        QVERIFY(m_first.failNext(QJsonObject{{"code", 100},
                                             {"endpoint", "message_templates"},
                                             {"user_title", "Cannot delete"},
                                             {"user_msg", "The template is disabled."}}));
        const HttpReply refused = deleteTemplate(id, m_admin);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json()["error"].toObject()["code"].toString(),
                 QStringLiteral("whatsapp_rejected"));
        QVERIFY(!hubTemplate(id).isEmpty());
        QVERIFY(!simTemplate(m_first, QStringLiteral("aviso_150")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TemplateDeletesTest)
#include "tst_templatedeletes.moc"
