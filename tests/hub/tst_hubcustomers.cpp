// One customer, one record (R9.2, R9.3) against the real hub and simulator: a number that
// writes on two channels and is typed into "New chat" on a third way is one lead, and an admin
// merges two records of one person with nothing lost.
#include "apierror.h"
#include "hubprocess.h"
#include "simprocess.h"

#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString secondPhoneNumberId = QStringLiteral("106540352249999");
const QString secondDisplayNumber = QStringLiteral("15550789999");

} // namespace

class HubCustomersTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());
        // A second number of the same business, signed with the same app, for another
        // department (each number needs its own department slot).
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Vendas"}}, m_admin).status,
            201);
        const HttpReply second = m_hub.post(QStringLiteral("/api/v1/channels"),
                                            {{"name", "Segunda loja"},
                                             {"department", "Vendas"},
                                             {"display_number", secondDisplayNumber},
                                             {"waba_id", m_sim.identity().wabaId},
                                             {"phone_number_id", secondPhoneNumberId},
                                             {"access_token", m_sim.identity().accessToken},
                                             {"app_secret", m_sim.identity().appSecret},
                                             {"verify_token", "verify-me-too"},
                                             {"graph_url", m_sim.graphUrl()}},
                                            m_admin);
        QVERIFY2(second.status == 201, second.body.constData());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        for (const QJsonValue &channel : m_hub.getList(QStringLiteral("/api/v1/channels"),
                                                       QStringLiteral("channels"), m_admin)) {
            if (channel["phone_number_id"].toString() == secondPhoneNumberId)
                m_second = channel["id"].toInteger();
            else
                m_first = channel["id"].toInteger();
        }
        QVERIFY(m_first > 0 && m_second > 0);
        const HttpReply submitted = m_hub.post(QStringLiteral("/api/v1/templates"),
                                               {{"name", "ola_cliente"},
                                                {"language", "pt_BR"},
                                                {"category", "UTILITY"},
                                                {"module", "Leads"},
                                                {"body", "Olá, podemos ajudar com o seu pedido?"}},
                                               m_admin);
        QCOMPARE(submitted.status, 202);
        m_template = submitted.json().value(QStringLiteral("template"))["id"].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(templateStatus(m_template), QStringLiteral("APPROVED"), 10000);
    }

    void oneNumberOnTwoChannelsAndNewChatIsOneRecord()
    {
        const QString number = QStringLiteral("5511987650101");
        const QJsonObject onFirst = writes(m_sim.identity().phoneNumberId, number, "Oi");
        const QJsonObject onSecond = writes(secondPhoneNumberId, number, "Oi de novo");
        QVERIFY(!onFirst.isEmpty() && !onSecond.isEmpty());
        QVERIFY(onFirst["id"].toInteger() != onSecond["id"].toInteger());
        QCOMPARE(onFirst["channel_id"].toInteger(), m_first);
        QCOMPARE(onSecond["channel_id"].toInteger(), m_second);
        QVERIFY(onFirst["record_id"].toInteger() > 0);
        QCOMPARE(onSecond["record_id"].toInteger(), onFirst["record_id"].toInteger());
        QCOMPARE(recordsWithMobile(number), 1);

        // Another customer, known only on the second number, typed into "New chat" on the first
        // (the way an agent types it): the chat joins their record, no second lead.
        const QString other = QStringLiteral("5511987650102");
        const QJsonObject known = writes(secondPhoneNumberId, other, "Bom dia");
        QVERIFY(!known.isEmpty());
        const HttpReply started = m_hub.post(QStringLiteral("/api/v1/conversations"),
                                             {{"channel_id", m_first},
                                              {"customer_number", "+55 (11) 98765-0102"},
                                              {"customer_name", "Outro Nome"},
                                              {"template_id", m_template}},
                                             m_agent, {{"Idempotency-Key", "new-chat-0102"}});
        QCOMPARE(started.status, 202);
        const Id startedIn =
            started.json().value(QStringLiteral("message"))["conversation_id"].toInteger();
        const QJsonObject conversation = latestConversation(startedIn);
        QCOMPARE(conversation["channel_id"].toInteger(), m_first);
        QCOMPARE(conversation["customer_number"].toString(), other);
        QCOMPARE(conversation["record_id"].toInteger(), known["record_id"].toInteger());
        QCOMPARE(recordsWithMobile(other), 1);

        // And the reverse: a number first typed into New chat, then writing on another channel.
        const QString typedFirst = QStringLiteral("5511987650104");
        const HttpReply typed = m_hub.post(QStringLiteral("/api/v1/conversations"),
                                           {{"channel_id", m_first},
                                            {"customer_number", "+55 11 98765 0104"},
                                            {"template_id", m_template}},
                                           m_agent, {{"Idempotency-Key", "new-chat-0104"}});
        QCOMPARE(typed.status, 202);
        const QJsonObject typedChat = latestConversation(
            typed.json().value(QStringLiteral("message"))["conversation_id"].toInteger());
        const QJsonObject writesBack = writes(secondPhoneNumberId, typedFirst, "Recebi");
        QCOMPARE(writesBack["record_id"].toInteger(), typedChat["record_id"].toInteger());
        QCOMPARE(recordsWithMobile(typedFirst), 1);
    }

    void anAdminMergesDuplicatesWithNothingLost()
    {
        // The same person twice: a lead made when they wrote, and a contact an agent typed in
        // with another number.
        const QString number = QStringLiteral("5511987650103");
        const QJsonObject chat = writes(m_sim.identity().phoneNumberId, number, "Quero comprar");
        const Id lead = chat["record_id"].toInteger();
        QVERIFY(lead > 0);
        const HttpReply contactReply =
            m_hub.post(QStringLiteral("/api/v1/records"),
                       {{"module", "Contacts"},
                        {"fields", QJsonObject{{"Full Name", "Rita Alves"},
                                               {"Mobile", "5511987650199"},
                                               {"Email", "rita@example.com"}}}},
                       m_agent);
        QCOMPARE(contactReply.status, 201);
        const Id contact = contactReply.json().value(QStringLiteral("record"))["id"].toInteger();
        const Id conversation = chat["id"].toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/notes").arg(conversation),
                           {{"text", "Cliente pediu orçamento"}}, m_agent)
                     .status,
                 201);
        const HttpReply activity =
            m_hub.post(QStringLiteral("/api/v1/records/%1/activities").arg(lead),
                       {{"kind", "call"}, {"title", "Ligar para a Rita"}}, m_agent);
        QCOMPARE(activity.status, 201);
        const Id activityId = activity.json().value(QStringLiteral("activity"))["id"].toInteger();
        const HttpReply deal =
            m_hub.post(QStringLiteral("/api/v1/records"),
                       {{"module", "Deals"},
                        {"fields", QJsonObject{{"Deal Name", "Pedido da Rita"},
                                               {"Lead Id", QString::number(lead)}}}},
                       m_agent);
        QCOMPARE(deal.status, 201);
        const Id dealId = deal.json().value(QStringLiteral("record"))["id"].toInteger();

        const QString mergePath = QStringLiteral("/api/v1/records/%1/merge").arg(contact);
        const HttpReply byAgent = m_hub.post(mergePath, {{"duplicate_id", lead}}, m_agent);
        QCOMPARE(byAgent.status, 403);
        QCOMPARE(errorCode(byAgent), QStringLiteral("forbidden_admin_only"));
        QCOMPARE(m_hub.post(mergePath, {{"duplicate_id", contact}}, m_admin).status, 400);
        QCOMPARE(m_hub.post(mergePath, {{"duplicate_id", 999999}}, m_admin).status, 404);
        const qint64 before = lastSeq();
        const HttpReply merged = m_hub.post(mergePath, {{"duplicate_id", lead}}, m_admin);
        QCOMPARE(merged.status, 200);
        QCOMPARE(merged.json().value(QStringLiteral("conversations_moved")).toInt(), 1);
        QCOMPARE(merged.json().value(QStringLiteral("activities_moved")).toInt(), 1);
        QCOMPARE(merged.json().value(QStringLiteral("links_moved")).toInt(), 1);

        // The kept record holds both people's fields; the other number stays beside its own.
        const QJsonObject fields =
            merged.json().value(QStringLiteral("record"))["fields"].toObject();
        QCOMPARE(fields["Email"].toString(), QStringLiteral("rita@example.com"));
        QCOMPARE(fields["Mobile"].toString(), QStringLiteral("5511987650199"));
        QCOMPARE(fields["Mobile (2)"].toString(), number);
        QCOMPARE(fields["Full Name"].toString(), QStringLiteral("Rita Alves"));

        // Desktops learn every move from the events after the merge.
        QJsonObject movedConversation;
        QJsonObject movedActivity;
        QJsonObject movedDeal;
        bool deleted = false;
        bool announced = false;
        for (const QJsonValue &event : eventsAfter(before)) {
            const QString type = event["type"].toString();
            const QJsonObject data = event["data"].toObject();
            if (type == QLatin1String("conversation.updated") &&
                data["id"].toInteger() == conversation)
                movedConversation = data;
            if (type == QLatin1String("activity.updated") && data["id"].toInteger() == activityId)
                movedActivity = data;
            if (type == QLatin1String("record.updated") && data["id"].toInteger() == dealId)
                movedDeal = data;
            deleted = deleted ||
                      (type == QLatin1String("record.deleted") && data["id"].toInteger() == lead);
            announced = announced || (type == QLatin1String("record.merged") &&
                                      data["kept_id"].toInteger() == contact &&
                                      data["merged_id"].toInteger() == lead);
        }
        QCOMPARE(movedConversation["record_id"].toInteger(), contact);
        QCOMPARE(movedConversation["record_module"].toString(), QStringLiteral("Contacts"));
        QCOMPARE(movedActivity["record_id"].toInteger(), contact);
        QCOMPARE(movedDeal["fields"].toObject()["Contact Id"].toString(), QString::number(contact));
        QVERIFY(!movedDeal["fields"].toObject().contains(QStringLiteral("Lead Id")));
        QVERIFY(deleted);
        QVERIFY(announced);

        // Nothing lost: the chat keeps its messages and note, the record its activity.
        const QJsonArray messages =
            m_hub.getList(QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation),
                          QStringLiteral("messages"), m_agent);
        QStringList texts;
        for (const QJsonValue &message : messages)
            texts << message["text"].toString();
        QVERIFY2(texts.contains(QStringLiteral("Quero comprar")), qPrintable(texts.join('|')));
        QVERIFY(texts.contains(QStringLiteral("Cliente pediu orçamento")));
        const QJsonArray activities =
            m_hub.getList(QStringLiteral("/api/v1/records/%1/activities").arg(contact),
                          QStringLiteral("activities"), m_agent);
        QCOMPARE(activities.size(), 1);
        QCOMPARE(activities.first()["id"].toInteger(), activityId);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records/%1/merge").arg(lead),
                           {{"duplicate_id", contact}}, m_admin)
                     .status,
                 404);

        // The merged customer writing on another number lands on the kept record.
        const QJsonObject later = writes(secondPhoneNumberId, number, "Oi, sou a Rita");
        QCOMPARE(later["record_id"].toInteger(), contact);
    }

private:
    // A customer message signed as Meta would for the channel `phoneNumberId`; the conversation
    // it landed in, as the hub's events last described it.
    QJsonObject writes(const QString &phoneNumberId, const QString &from, const char *text)
    {
        whatsapp::InboundMessage message;
        message.origin = {m_sim.identity().wabaId, phoneNumberId,
                          phoneNumberId == secondPhoneNumberId ? secondDisplayNumber
                                                               : m_sim.identity().displayNumber};
        message.from = from;
        message.profileName = QStringLiteral("Cliente ") + from.right(4);
        message.timestamp = QDateTime::currentMSecsSinceEpoch();
        message.wamid = QStringLiteral("wamid.customers.%1.%2").arg(from).arg(++m_wamids);
        message.type = QStringLiteral("text");
        message.text = QString::fromUtf8(text);
        const QByteArray body = whatsapp::webhookBody(whatsapp::WebhookUpdate(message));
        const HttpReply reply =
            httpCall("POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                     {{"X-Hub-Signature-256",
                       whatsapp::webhookSignature(m_sim.identity().appSecret.toUtf8(), body)}});
        if (reply.status != 200)
            return {};
        Id conversation = 0;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == message.wamid)
                conversation = event["data"]["conversation_id"].toInteger();
        }
        return latestConversation(conversation);
    }

    QJsonObject latestConversation(Id id)
    {
        QJsonObject found;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == id)
                found = event["data"].toObject();
        }
        return found;
    }

    // Distinct records whose Mobile is `number`, as the events created them.
    int recordsWithMobile(const QString &number)
    {
        QSet<qint64> ids;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"] == QStringLiteral("record.updated") &&
                event["data"]["fields"]["Mobile"].toString() == number)
                ids.insert(event["data"]["id"].toInteger());
        }
        return int(ids.size());
    }

    qint64 lastSeq()
    {
        const QJsonArray all = m_hub.events(m_admin);
        return all.isEmpty() ? 0 : all.last()["seq"].toInteger();
    }

    QJsonArray eventsAfter(qint64 seq)
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(seq), m_admin)
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    QString templateStatus(qint64 id)
    {
        const QJsonArray templates = m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                   QStringLiteral("templates"), m_admin);
        return withId(templates, id)[QStringLiteral("status")].toString();
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    QString m_agent;
    Id m_first = 0;
    Id m_second = 0;
    qint64 m_template = 0;
    int m_wamids = 0;
};

QTEST_GUILESS_MAIN(HubCustomersTest)
#include "tst_hubcustomers.moc"
