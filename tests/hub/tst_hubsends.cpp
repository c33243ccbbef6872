// Sending through the real parley-hub process: the window rule, credits, idempotent sends,
// conversation commands, records and predefined texts, templates and attachments.
#include "hubapifixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class HubSendsTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(setUpHub(), m_hub.log().constData()); }

    void aClosedWindowRefusesFreeText()
    {
        const HttpReply reply =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/messages").arg(m_stale),
                       {{"text", "Are you there?"}}, m_agent, {{"Idempotency-Key", "stale-1"}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("error"))["code"].toString(),
                 QStringLiteral("window_closed"));
    }

    void sendingNeedsCredits()
    {
        // The default plan charges session messages (US$0.005 the first 5,000 a month).
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(m_fresh);
        const HttpReply broke =
            m_hub.post(path, {{"text", "Temos sim!"}}, m_agent, {{"Idempotency-Key", "broke-1"}});
        QCOMPARE(broke.status, 402);
        QCOMPARE(broke.json().value(QStringLiteral("error"))["code"].toString(),
                 QStringLiteral("credits_insufficient"));
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_agent).status,
            403);
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 0}}, m_admin).status,
            400);
        const HttpReply bought =
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin);
        QCOMPARE(bought.status, 200);
        QCOMPARE(bought.json().value(QStringLiteral("balance")).toInteger(), 10000); // US$1
        // The refused send cost nothing: the purchase is the only ledger entry.
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/credits/ledger"), m_admin)
                     .json()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
                 1);
    }

    void aRetriedSendIsTakenOnce()
    {
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(m_fresh);
        const HttpReply first =
            m_hub.post(path, {{"text", "Temos sim!"}}, m_agent, {{"Idempotency-Key", "outbox-42"}});
        QVERIFY2(first.status == 202, first.body.constData());
        const HttpReply again =
            m_hub.post(path, {{"text", "Temos sim!"}}, m_agent, {{"Idempotency-Key", "outbox-42"}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("message"))["id"],
                 first.json().value(QStringLiteral("message"))["id"]);
        QCOMPARE(first.json().value(QStringLiteral("message"))["status"].toString(),
                 QStringLiteral("queued"));
        QCOMPARE(m_hub.post(path, {{"text", "x"}}, m_agent).status, 400); // no key
        int created = 0;
        for (const QJsonValue &event : events()) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["client_id"] == QStringLiteral("outbox-42"))
                ++created;
        }
        QCOMPARE(created, 1);
        // Charged once: 50 credits (US$0.005 at US$0.0001 a credit) for the one message.
        const QJsonArray ledger =
            m_hub.get(QStringLiteral("/api/v1/credits/ledger?kind=charge"), m_admin)
                .json()
                .value(QStringLiteral("entries"))
                .toArray();
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first()["amount"].toInteger(), -50);
    }

    void commandsChangeTheConversation()
    {
        const QString base = QStringLiteral("/api/v1/conversations/%1/").arg(m_fresh);
        QCOMPARE(m_hub.post(base + QStringLiteral("assign"), {{"owner_id", 2}}, m_agent)
                     .json()
                     .value(QStringLiteral("conversation"))["owner_id"]
                     .toInteger(),
                 2);
        QCOMPARE(m_hub.post(base + QStringLiteral("assign"), {{"owner_id", 99}}, m_agent).status,
                 400);
        QCOMPARE(m_hub.post(base + QStringLiteral("status"), {{"status", "closed"}}, m_agent)
                     .json()
                     .value(QStringLiteral("conversation"))["status"]
                     .toString(),
                 QStringLiteral("closed"));
        QCOMPARE(m_hub.post(base + QStringLiteral("status"), {{"status", "done"}}, m_agent).status,
                 400);
        QCOMPARE(m_hub.post(base + QStringLiteral("notes"), {{"text", "VIP"}}, m_agent).status,
                 201);
        const HttpReply messages = m_hub.get(base + QStringLiteral("messages"), m_agent);
        QCOMPARE(messages.status, 200);
        const QJsonArray list = messages.json().value(QStringLiteral("messages")).toArray();
        QVERIFY(list.size() >= 3);
        QCOMPARE(list.first()["text"].toString(), QStringLiteral("Oi! Tem azul?")); // oldest first
        QCOMPARE(list.last()["type"].toString(), QStringLiteral("note"));
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/conversations/999/read"), {}, m_agent).status,
                 404);
    }

    void recordsAndPredefinedTexts()
    {
        const HttpReply created =
            m_hub.post(QStringLiteral("/api/v1/records"),
                       {{"module", "Contacts"},
                        {"fields", QJsonObject{{"First Name", "Mei"}, {"Mobile", "8190000000"}}}},
                       m_agent);
        QCOMPARE(created.status, 201);
        const qint64 id = created.json().value(QStringLiteral("record"))["id"].toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records"),
                           {{"module", "Contacts"}, {"fields", QJsonObject{{"First Name", "X"}}}},
                           m_viewer)
                     .status,
                 403);
        const HttpReply updated =
            m_hub.post(QStringLiteral("/api/v1/records/%1").arg(id),
                       {{"fields", QJsonObject{{"Last Name", "Tanaka"}}}}, m_agent);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(QStringLiteral("record"))["fields"]["First Name"].toString(),
                 QStringLiteral("Mei"));
        QCOMPARE(updated.json().value(QStringLiteral("record"))["fields"]["Last Name"].toString(),
                 QStringLiteral("Tanaka"));
        const QJsonArray found =
            m_hub.get(QStringLiteral("/api/v1/records?module=Contacts&search=Tanaka"), m_viewer)
                .json()
                .value(QStringLiteral("records"))
                .toArray();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()["id"].toInteger(), id);

        const HttpReply text = m_hub.post(
            QStringLiteral("/api/v1/predefined-texts"),
            {{"name", "Greeting"}, {"module", "Leads"}, {"body", "Hi $[Leads.First Name]!"}},
            m_agent);
        QCOMPARE(text.status, 201);
        const qint64 textId =
            text.json().value(QStringLiteral("predefined_text"))["id"].toInteger();
        const QString path = QStringLiteral("/api/v1/predefined-texts/%1").arg(textId);
        // R5.4: the module cannot change; name and message can.
        QCOMPARE(
            m_hub
                .post(path, {{"name", "Greeting"}, {"module", "Contacts"}, {"body", "Hi"}}, m_agent)
                .status,
            409);
        QCOMPARE(
            m_hub.post(path, {{"name", "Hello"}, {"body", "Hello $[Leads.First Name]"}}, m_agent)
                .status,
            200);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/predefined-texts"),
                           {{"name", ""}, {"module", "Leads"}, {"body", "x"}}, m_agent)
                     .status,
                 400);
        const QJsonArray texts = m_hub.get(QStringLiteral("/api/v1/predefined-texts"), m_viewer)
                                     .json()
                                     .value(QStringLiteral("predefined_texts"))
                                     .toArray();
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts.first()["name"].toString(), QStringLiteral("Hello"));
        QCOMPARE(httpCall("DELETE", m_hub.url(path), {},
                          {{"Authorization", "Bearer " + m_viewer.toUtf8()}})
                     .status,
                 403);
        QCOMPARE(httpCall("DELETE", m_hub.url(path), {},
                          {{"Authorization", "Bearer " + m_agent.toUtf8()}})
                     .status,
                 200);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/predefined-texts"), m_agent)
                     .json()
                     .value(QStringLiteral("predefined_texts"))
                     .toArray()
                     .size(),
                 0);
    }

    void templatesAreCheckedBeforeMetaSeesThem()
    {
        const QString path = QStringLiteral("/api/v1/templates");
        const QJsonObject good{{"name", "order_update"},
                               {"language", "pt_BR"},
                               {"category", "UTILITY"},
                               {"module", "Leads"},
                               {"body", "Olá $[Leads.First Name], seu pedido saiu."}};
        QCOMPARE(m_hub.post(path, good, m_agent).status, 403); // admins only
        QJsonObject badName = good;
        badName["name"] = QStringLiteral("Order Update");
        const HttpReply refused = m_hub.post(path, badName, m_admin);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(QStringLiteral("error"))["code"].toString(),
                 QStringLiteral("template_name_invalid"));
        QJsonObject longBody = good;
        longBody["body"] =
            QStringLiteral("Olá $[Leads.First Name], ") + QString(900, QLatin1Char('x'));
        QCOMPARE(m_hub.post(path, longBody, m_admin)
                     .json()
                     .value(QStringLiteral("error"))["code"]
                     .toString(),
                 QStringLiteral("template_body_too_long"));
        // Accepted for review; Meta (unreachable here) cannot take it, so it ends rejected with
        // the reason, never stuck as pending.
        const HttpReply submitted = m_hub.post(path, good, m_admin);
        QCOMPARE(submitted.status, 202);
        QCOMPARE(submitted.json().value(QStringLiteral("template"))["status"].toString(),
                 QStringLiteral("PENDING"));
        const qint64 id = submitted.json().value(QStringLiteral("template"))["id"].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(templateStatus(id), QStringLiteral("REJECTED"), 10000);
        // Pending or not approved: it cannot be sent.
        const HttpReply send =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/template").arg(m_fresh),
                       {{"template_id", id}}, m_agent, {{"Idempotency-Key", "tpl-1"}});
        QCOMPARE(send.status, 422);
        QCOMPARE(send.json().value(QStringLiteral("error"))["code"].toString(),
                 QStringLiteral("template_not_approved"));
    }

    void aNewChatWithAnUnapprovedTemplateLeavesNothingBehind()
    {
        const int before = int(events().size());
        const HttpReply reply = m_hub.post(
            QStringLiteral("/api/v1/conversations"),
            {{"channel_id", 1}, {"customer_number", "+81 90 1234 5678"}, {"template_id", 999}},
            m_agent, {{"Idempotency-Key", "new-chat-1"}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(int(events().size()), before);
    }

    void attachmentsAreCheckedKeptAndServed()
    {
        const QString path = QStringLiteral("/api/v1/conversations/%1/attachments").arg(m_fresh);
        const QByteArray pdf = QByteArray("%PDF-1.7\n") + QByteArray(2000, 'x');
        const auto file = [](const QString &name, const QByteArray &bytes) {
            return QJsonObject{{"filename", name},
                               {"content", QString::fromLatin1(bytes.toBase64())}};
        };
        QJsonArray six;
        for (int i = 0; i < 6; ++i)
            six.append(file(QStringLiteral("quote%1.pdf").arg(i), pdf));
        const auto code = [](const HttpReply &reply) {
            return reply.json().value(QStringLiteral("error"))["code"].toString();
        };
        QCOMPARE(code(m_hub.post(path, {{"files", six}}, m_agent, {{"Idempotency-Key", "att-0"}})),
                 QStringLiteral("attachment_too_many"));
        QCOMPARE(code(m_hub.post(path, {{"files", QJsonArray{file("run.exe", pdf)}}}, m_agent,
                                 {{"Idempotency-Key", "att-0"}})),
                 QStringLiteral("attachment_type_not_allowed"));
        QCOMPARE(code(m_hub.post(path, {{"files", QJsonArray{file("photo.png", pdf)}}}, m_agent,
                                 {{"Idempotency-Key", "att-0"}})),
                 QStringLiteral("attachment_content_mismatch"));
        QCOMPARE(
            code(m_hub.post(QStringLiteral("/api/v1/conversations/%1/attachments").arg(m_stale),
                            {{"files", QJsonArray{file("quote.pdf", pdf)}}}, m_agent,
                            {{"Idempotency-Key", "att-0"}})),
            QStringLiteral("window_closed"));
        QCOMPARE(m_hub
                     .post(path, {{"files", QJsonArray{file("quote.pdf", pdf)}}}, m_viewer,
                           {{"Idempotency-Key", "att-0"}})
                     .status,
                 403);

        QJsonObject withCaption = file(QStringLiteral("orçamento.pdf"), pdf);
        withCaption["caption"] = QStringLiteral("Segue o orçamento");
        const HttpReply sent = m_hub.post(path, {{"files", QJsonArray{withCaption}}}, m_agent,
                                          {{"Idempotency-Key", "att-1"}});
        QVERIFY2(sent.status == 202, sent.body.constData());
        const QJsonObject message =
            sent.json().value(QStringLiteral("messages")).toArray().first().toObject();
        QCOMPARE(message["type"].toString(), QStringLiteral("document"));
        QCOMPARE(message["text"].toString(), QStringLiteral("Segue o orçamento"));
        QCOMPARE(message["media"]["filename"].toString(), QStringLiteral("orçamento.pdf"));
        QCOMPARE(message["media"]["size"].toInteger(), pdf.size());
        // A retry of the same send makes nothing new.
        const HttpReply again = m_hub.post(path, {{"files", QJsonArray{withCaption}}}, m_agent,
                                           {{"Idempotency-Key", "att-1"}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("messages")).toArray().first()["id"],
                 message["id"]);
        const HttpReply download = m_hub.get(
            QStringLiteral("/api/v1/messages/%1/media").arg(message["id"].toInteger()), m_viewer);
        QCOMPARE(download.status, 200);
        QCOMPARE(download.body, pdf);
        QCOMPARE(
            m_hub.get(QStringLiteral("/api/v1/messages/%1/media").arg(message["id"].toInteger()))
                .status,
            401);
    }

    // Graph refuses a caption on audio ("(#100) Unexpected key "caption" on param "audio"") and
    // one over 1,024 characters: the hub refuses both before it stores, charges or uploads.
    void captionsGraphWouldRefuseAreRefusedFirst()
    {
        const QString path = QStringLiteral("/api/v1/conversations/%1/attachments").arg(m_fresh);
        const auto charges = [this] {
            return m_hub.get(QStringLiteral("/api/v1/credits/ledger?kind=charge"), m_admin)
                .json()
                .value(QStringLiteral("entries"))
                .toArray()
                .size();
        };
        const qsizetype chargedBefore = charges();
        const auto send = [&](const QString &name, const QByteArray &bytes,
                              const QString &caption) {
            return m_hub.post(path,
                              {{"files", QJsonArray{QJsonObject{
                                             {"filename", name},
                                             {"content", QString::fromLatin1(bytes.toBase64())},
                                             {"caption", caption}}}}},
                              m_agent, {{"Idempotency-Key", "caption-" + name.toUtf8()}});
        };
        const QByteArray mp3 =
            QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00", 10) + QByteArray(3000, '\x55');
        HttpReply reply = send(QStringLiteral("note.mp3"), mp3, QStringLiteral("listen"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error"))["code"].toString(),
                 QStringLiteral("caption_not_allowed"));
        const QByteArray pdf = QByteArray("%PDF-1.7\n") + QByteArray(2000, 'x');
        reply = send(QStringLiteral("long.pdf"), pdf, QString(1025, QLatin1Char('c')));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QStringLiteral("error"))["code"].toString(),
                 QStringLiteral("caption_too_long"));
        QCOMPARE(charges(), chargedBefore);
        // Audio without a caption goes; 1,024 characters on a document go.
        QCOMPARE(send(QStringLiteral("note.mp3"), mp3, QString()).status, 202);
        QCOMPARE(send(QStringLiteral("fits.pdf"), pdf, QString(1024, QLatin1Char('c'))).status,
                 202);
    }
};

QTEST_GUILESS_MAIN(HubSendsTest)
#include "tst_hubsends.moc"
