// The hub's side of the Graph API contract (issue #17) for the admin's calls: a template created
// with real examples, edited after a rejection and sent once approved, and the business profile
// read and written; each held to Meta's documented request (graphcontractfixture.h).
#include "graphcontractfixture.h"

#include <QTest>

using namespace parley;
using namespace parley::testing;

class GraphContractAdminTest : public QObject, protected GraphContractFixture {
    Q_OBJECT

private slots:
    void initTestCase() { startGraphAndHub(); }

    void templatesAreCreatedWithRealExamplesEditedAndSent()
    {
        const QJsonObject draft{{"name", "pedido_pronto"},
                                {"language", "pt_BR"},
                                {"category", "UTILITY"},
                                {"module", "Leads"},
                                {"body", "Olá $[Leads.First Name], seu pedido está pronto."}};
        QList<Recorded> calls =
            afterHubCall(QStringLiteral("/api/v1/templates"), draft, 1, {}, m_admin);
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("template_create"));
        // A realistic sample, never the field's name.
        QCOMPARE(calls.first().body["components"][0]["example"]["body_text"][0][0].toString(),
                 QStringLiteral("Ana"));
        const qint64 id =
            m_hub.getList(QStringLiteral("/api/v1/templates"), QStringLiteral("templates"), m_admin)
                .first()["id"]
                .toInteger();

        whatsapp::TemplateStatusUpdate verdict;
        verdict.wabaId = QStringLiteral("102290129340398");
        verdict.eventTime = QDateTime::currentMSecsSinceEpoch();
        verdict.event = QStringLiteral("REJECTED");
        verdict.templateId = templateMetaId;
        verdict.name = QStringLiteral("pedido_pronto");
        verdict.language = QStringLiteral("pt_BR");
        verdict.reason = QStringLiteral("INVALID_FORMAT");
        QVERIFY(signedWebhook(whatsapp::WebhookUpdate(verdict)));
        QTRY_COMPARE_WITH_TIMEOUT(withId(m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                       QStringLiteral("templates"), m_admin),
                                         id)["status"]
                                      .toString(),
                                  QStringLiteral("REJECTED"), 10000);
        // Submitted again with the editor's examples: Meta edits it in place.
        QJsonObject edited = draft;
        edited["body"] = QStringLiteral("Oi $[Leads.First Name], o pedido ficou pronto.");
        // Not one sample per field: refused before Meta sees it.
        edited["examples"] = QJsonArray{QStringLiteral("Joana"), QStringLiteral("extra")};
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/templates/%1").arg(id), edited, m_admin)
                     .json()
                     .value("error")["code"]
                     .toString(),
                 QStringLiteral("template_examples_invalid"));
        edited["examples"] = QJsonArray{QStringLiteral("Joana")};
        calls =
            afterHubCall(QStringLiteral("/api/v1/templates/%1").arg(id), edited, 1, {}, m_admin);
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("template_edit"));
        QCOMPARE(calls.first().body["components"][0]["example"]["body_text"][0][0].toString(),
                 QStringLiteral("Joana"));

        verdict.event = QStringLiteral("APPROVED");
        verdict.reason = QStringLiteral("NONE");
        QVERIFY(signedWebhook(whatsapp::WebhookUpdate(verdict)));
        QTRY_COMPARE_WITH_TIMEOUT(withId(m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                       QStringLiteral("templates"), m_admin),
                                         id)["status"]
                                      .toString(),
                                  QStringLiteral("APPROVED"), 10000);
        calls = afterHubCall(conversationPath("template"), {{"template_id", id}}, 1, "tpl-1");
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("send_template"));
    }

    void businessProfileReadAndWritten()
    {
        const qsizetype from = m_calls.size();
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/channels/1/profile"), m_admin).status, 200);
        QVERIFY(m_calls.size() > from);
        verifyContract(m_calls.at(from), QStringLiteral("profile_get"));
        const QList<Recorded> calls =
            afterHubCall(QStringLiteral("/api/v1/channels/1/profile"),
                         {{"about", "Pães frescos"},
                          {"address", "Rua Augusta 1500"},
                          {"description", "Padaria"},
                          {"email", "oi@padaria.example"},
                          {"vertical", "RESTAURANT"},
                          {"websites", QJsonArray{"https://padaria.example"}}},
                         1, {}, m_admin);
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("profile_update"));
    }

    void everyCallWasVersionedAndCarriedTheToken() { verifyEveryCall(5); }
};

QTEST_GUILESS_MAIN(GraphContractAdminTest)
#include "tst_graphcontractadmin.moc"
