// Triage against the real hub and simulator (issue #12 item 6), from outside with two agents:
// admins define coloured labels; agents label, prioritise and assign to a team, one
// conversation at a time or a selection at once; every change is an event both agents' mirrors
// receive; a conversation out of an agent's scope is refused like one that does not exist; a
// channel may let any agent send the read receipt. Pending and snoozed: tst_hubsnooze.
#include "hubtriagefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class HubTriageTest : public QObject, protected HubTriageFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpTriageTeam(); }

    void adminsDefineLabelsAgentsCannot()
    {
        const HttpReply vip = m_hub.post(QStringLiteral("/api/v1/labels"),
                                         {{"name", "VIP"}, {"color", "#D4A017"}}, m_admin);
        QCOMPARE(vip.status, 201);
        m_vip = vip.json().value(QStringLiteral("label"))["id"].toInteger();
        QCOMPARE(vip.json().value(QStringLiteral("label"))["color"].toString(),
                 QStringLiteral("#d4a017"));
        const HttpReply refund = m_hub.post(QStringLiteral("/api/v1/labels"),
                                            {{"name", "Refund"}, {"color", "#c0392b"}}, m_admin);
        QCOMPARE(refund.status, 201);
        m_refund = refund.json().value(QStringLiteral("label"))["id"].toInteger();

        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/labels"),
                           {{"name", "Mine"}, {"color", "#000000"}}, m_ada)
                     .status,
                 403);
        const HttpReply twice = m_hub.post(QStringLiteral("/api/v1/labels"),
                                           {{"name", "VIP"}, {"color", "#000000"}}, m_admin);
        QCOMPARE(twice.status, 409);
        QCOMPARE(errorCode(twice), QStringLiteral("label_exists"));
        const HttpReply colour = m_hub.post(QStringLiteral("/api/v1/labels"),
                                            {{"name", "Odd"}, {"color", "red"}}, m_admin);
        QCOMPARE(errorCode(colour), QStringLiteral("label_color_invalid"));
        const HttpReply blank = m_hub.post(QStringLiteral("/api/v1/labels"),
                                           {{"name", "  "}, {"color", "#000000"}}, m_admin);
        QCOMPARE(errorCode(blank), QStringLiteral("label_name_invalid"));

        // Every agent reads them and every mirror hears of them.
        const QJsonArray labels =
            m_hub.getList(QStringLiteral("/api/v1/labels"), QStringLiteral("labels"), m_bea);
        QCOMPARE(labels.size(), 2);
        QVERIFY(hasEvent(events(m_bea), QStringLiteral("label.updated"), m_vip));
        QVERIFY(hasEvent(events(m_ada), QStringLiteral("label.updated"), m_refund));
    }

    void oneConversationIsLabelledPrioritisedAndAssignedToATeam()
    {
        const Id chat = writes(QStringLiteral("5511987650301"), "Cobrança em dobro");
        QVERIFY(chat != 0);
        const qint64 before = lastSeq(m_bea);
        const HttpReply changed =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                       {{"labels", QJsonObject{{"add", QJsonArray{m_vip, m_refund}}}},
                        {"priority", "urgent"},
                        {"team_id", m_team}},
                       m_ada);
        QCOMPARE(changed.status, 200);
        const QJsonObject conversation =
            changed.json().value(QStringLiteral("conversation")).toObject();
        QCOMPARE(conversation["labels"].toArray(), (QJsonArray{m_vip, m_refund}));
        QCOMPARE(conversation["priority"].toString(), QStringLiteral("urgent"));
        QCOMPARE(conversation["team_id"].toInteger(), m_team);

        // bea's mirror gets the change as an event.
        const QJsonObject seen = latestConversation(m_bea, chat, before);
        QCOMPARE(seen["labels"].toArray(), (QJsonArray{m_vip, m_refund}));
        QCOMPARE(seen["priority"].toString(), QStringLiteral("urgent"));
        QCOMPARE(seen["team_id"].toInteger(), m_team);

        // Taking a label off leaves the other; unknown labels, teams, priorities are refused.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"labels", QJsonObject{{"remove", QJsonArray{m_refund}}}}}, m_bea)
                     .json()
                     .value(QStringLiteral("conversation"))["labels"]
                     .toArray(),
                 (QJsonArray{m_vip}));
        QCOMPARE(errorCode(m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                                      {{"labels", QJsonObject{{"add", QJsonArray{9999}}}}}, m_bea)),
                 QStringLiteral("label_unknown"));
        QCOMPARE(errorCode(m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                                      {{"team_id", 9999}}, m_bea)),
                 QStringLiteral("team_unknown"));
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"priority", "whenever"}}, m_bea)
                     .status,
                 400);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat), {}, m_bea)
                     .status,
                 400);
    }

    void aSelectionChangesAtOnceAndOutOfScopeIsRefusedNotLeaked()
    {
        const Id first = writes(QStringLiteral("5511987650305"), "Um");
        const Id second = writes(QStringLiteral("5511987650306"), "Dois");
        const qint64 before = lastSeq(m_bea);
        const HttpReply bulk = m_hub.post(QStringLiteral("/api/v1/conversations/bulk"),
                                          {{"conversation_ids", QJsonArray{first, second, 987654}},
                                           {"owner_id", m_ids.value("bea")},
                                           {"labels", QJsonObject{{"add", QJsonArray{m_refund}}}},
                                           {"status", "closed"}},
                                          m_ada);
        QCOMPARE(bulk.status, 200);
        QCOMPARE(bulk.json().value(QStringLiteral("updated")).toArray(),
                 (QJsonArray{first, second}));
        const QJsonArray refused = bulk.json().value(QStringLiteral("refused")).toArray();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first()["id"].toInteger(), 987654);
        QCOMPARE(refused.first()["code"].toString(), QStringLiteral("not_found"));
        for (const Id id : {first, second}) {
            const QJsonObject seen = latestConversation(m_bea, id, before);
            QCOMPARE(seen["owner_id"].toInteger(), m_ids.value("bea"));
            QCOMPARE(seen["status"].toString(), QStringLiteral("closed"));
            QCOMPARE(seen["labels"].toArray(), (QJsonArray{m_refund}));
        }

        // Scope: cai is in Support and the new conversation is Sales' (and not cai's own), so it
        // is "not found" for cai, one by one and in bulk, and nothing changes.
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Sales"}}, m_admin).status,
            201);
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Support"}}, m_admin)
                     .status,
                 201);
        const Id channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin)
                .first()["id"]
                .toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/%1").arg(channel),
                           {{"department", "Sales"}}, m_admin)
                     .status,
                 200);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/agents/%1").arg(m_ids.value("cai")),
                           {{"department", "Support"}}, m_admin)
                     .status,
                 200);
        const Id salesChat = writes(QStringLiteral("5511987650307"), "Vendas");
        // Nobody owns it (new customers may have been routed to anyone).
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(salesChat),
                           {{"owner_id", 0}}, m_admin)
                     .status,
                 200);
        QCOMPARE(latestConversation(m_admin, salesChat, 0)["department"].toString(),
                 QStringLiteral("Sales"));
        const QString cai = m_hub.login(QStringLiteral("cai"), QStringLiteral("cai-password"));
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(salesChat),
                           {{"priority", "low"}}, cai)
                     .status,
                 404);
        const HttpReply hostile =
            m_hub.post(QStringLiteral("/api/v1/conversations/bulk"),
                       {{"conversation_ids", QJsonArray{salesChat}}, {"status", "closed"}}, cai);
        QCOMPARE(hostile.json().value(QStringLiteral("updated")).toArray(), QJsonArray());
        QCOMPARE(hostile.json().value(QStringLiteral("refused"))[0]["code"].toString(),
                 QStringLiteral("not_found"));
        QCOMPARE(latestConversation(m_admin, salesChat, 0)["status"].toString(),
                 QStringLiteral("open"));

        // Limits: more than 200 ids, or none, are refused before anything changes.
        QJsonArray many;
        for (int i = 1; i <= 201; ++i)
            many.append(i);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/bulk"),
                           {{"conversation_ids", many}, {"status", "closed"}}, m_ada)
                     .status,
                 400);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/bulk"),
                           {{"conversation_ids", QJsonArray()}, {"status", "closed"}}, m_ada)
                     .status,
                 400);
    }

    void removingALabelTakesItOffEveryConversation()
    {
        const Id chat = writes(QStringLiteral("5511987650308"), "Etiqueta");
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"labels", QJsonObject{{"add", QJsonArray{m_vip}}}}}, m_admin)
                     .status,
                 200);
        const qint64 before = lastSeq(m_admin);
        const HttpReply removed =
            httpCall("DELETE", m_hub.url(QStringLiteral("/api/v1/labels/%1").arg(m_vip)), {},
                     {{"Authorization", "Bearer " + m_admin.toUtf8()}});
        QCOMPARE(removed.status, 200);
        QCOMPARE(latestConversation(m_admin, chat, before)["labels"].toArray(), QJsonArray());
        QVERIFY(hasEvent(events(m_bea), QStringLiteral("label.deleted"), m_vip));
    }

    void aChannelCanLetAnyAgentSendTheReadReceipt()
    {
        const Id chat = writes(QStringLiteral("5511987650309"), "Leu?");
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"owner_id", m_ids.value("ada")}}, m_admin)
                     .status,
                 200);
        const Id channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin)
                .first()["id"]
                .toInteger();
        const QString path = QStringLiteral("/api/v1/channels/%1/read-receipts").arg(channel);
        QCOMPARE(m_hub.get(path, m_bea).json().value(QStringLiteral("sent_by")).toString(),
                 QStringLiteral("owner"));
        // Today's rule: bea is not the owner, her reading tells the customer nothing.
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/conversations/%1/read").arg(chat), {}, m_bea)
                     .json()
                     .value(QStringLiteral("receipt_sent"))
                     .toBool(),
                 false);
        QCOMPARE(m_hub.post(path, {{"sent_by", "any_agent"}}, m_bea).status, 403);
        QCOMPARE(m_hub.post(path, {{"sent_by", "everyone"}}, m_admin).status, 400);
        QCOMPARE(m_hub.post(path, {{"sent_by", "any_agent"}}, m_admin)
                     .json()
                     .value(QStringLiteral("sent_by"))
                     .toString(),
                 QStringLiteral("any_agent"));
        writes(QStringLiteral("5511987650309"), "E agora?");
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/conversations/%1/read").arg(chat), {}, m_bea)
                     .json()
                     .value(QStringLiteral("receipt_sent"))
                     .toBool(),
                 true);
        QCOMPARE(m_hub.post(path, {{"sent_by", "owner"}}, m_admin).status, 200);
    }
};

QTEST_MAIN(HubTriageTest)
#include "tst_hubtriage.moc"
