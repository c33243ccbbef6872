// Triage against the real hub and simulator (issue #12 item 6), from outside with two agents:
// admins define coloured labels; agents label, prioritise, assign to a team, set pending and
// snooze conversations, one at a time or a selection at once; every change is an event both
// agents' mirrors receive; a snoozed conversation reopens by itself when its time comes (the
// hub's clock moved through PARLEY_HUB_TEST_CLOCK_FILE, no sleeping) or when the customer
// writes; a conversation out of an agent's scope is refused like one that does not exist.
#include "hubprocess.h"
#include "simprocess.h"

#include "core/domain/ids.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

QString errorCode(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error"))[QStringLiteral("code")].toString();
}

QString isoIn(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + ms, Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

} // namespace

class HubTriageTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_clockDir.isValid());
        m_clockFile = m_clockDir.filePath(QStringLiteral("clock-offset"));
        moveClock(0);
        qputenv("PARLEY_HUB_TEST_CLOCK_FILE", m_clockFile.toUtf8());
        qputenv("PARLEY_HUB_HOUSEKEEPING_MS", "100");
        for (const char *login : {"ada", "bea", "cai"})
            QVERIFY(m_hub.addAgent(QString::fromLatin1(login), QStringLiteral("agent"),
                                   QString::fromLatin1(login) + QStringLiteral("-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_ada = m_hub.login(QStringLiteral("ada"), QStringLiteral("ada-password"));
        m_bea = m_hub.login(QStringLiteral("bea"), QStringLiteral("bea-password"));
        QVERIFY(!m_admin.isEmpty() && !m_ada.isEmpty() && !m_bea.isEmpty());
        for (const QJsonValue &agent :
             m_hub.getList(QStringLiteral("/api/v1/agents"), QStringLiteral("agents"), m_admin))
            m_ids.insert(agent["login"].toString(), agent["id"].toInteger());
        const HttpReply team = m_hub.post(
            QStringLiteral("/api/v1/groups"),
            {{"name", "Billing"}, {"members", QJsonArray{m_ids.value("ada"), m_ids.value("bea")}}},
            m_admin);
        QCOMPARE(team.status, 201);
        m_team = team.json().value(QStringLiteral("group"))["id"].toInteger();
        QVERIFY(m_team != 0);
    }

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

    void pendingIsAStatusAndTheCustomerWritingReopensIt()
    {
        const Id chat = writes(QStringLiteral("5511987650302"), "Aguardo o financeiro");
        const HttpReply pending =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                       {{"status", "pending"}}, m_ada);
        QCOMPARE(pending.json().value(QStringLiteral("conversation"))["status"].toString(),
                 QStringLiteral("pending"));
        const qint64 before = lastSeq(m_bea);
        QCOMPARE(writes(QStringLiteral("5511987650302"), "Alguma novidade?"), chat);
        QCOMPARE(latestConversation(m_bea, chat, before)["status"].toString(),
                 QStringLiteral("open"));
    }

    void aSnoozedConversationReopensByItselfWhenItsTimeComes()
    {
        const Id chat = writes(QStringLiteral("5511987650303"), "Me liga amanhã");
        const HttpReply past =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                       {{"status", "snoozed"}, {"snoozed_until", isoIn(-60000)}}, m_ada);
        QCOMPARE(errorCode(past), QStringLiteral("snooze_in_past"));
        const HttpReply snoozed =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                       {{"status", "snoozed"}, {"snoozed_until", isoIn(3600000)}}, m_ada);
        QCOMPARE(snoozed.status, 200);
        QCOMPARE(snoozed.json().value(QStringLiteral("conversation"))["status"].toString(),
                 QStringLiteral("snoozed"));
        QVERIFY(!snoozed.json()
                     .value(QStringLiteral("conversation"))["snoozed_until"]
                     .toString()
                     .isEmpty());
        const qint64 before = lastSeq(m_bea);
        // The timer runs every 100 ms here; before the hour is up it leaves the conversation.
        QTest::qWait(400);
        QCOMPARE(latestConversation(m_bea, chat, 0)["status"].toString(),
                 QStringLiteral("snoozed"));
        // An hour and a minute later by the hub's clock: open again, for every mirror.
        moveClock(3660000);
        QTRY_COMPARE_WITH_TIMEOUT(latestConversation(m_bea, chat, before)["status"].toString(),
                                  QStringLiteral("open"), 10000);
        QCOMPARE(latestConversation(m_ada, chat, before)["snoozed_until"].toString(), QString());
        moveClock(0);
    }

    void snoozedUntilTheCustomerWritesWaitsForThem()
    {
        const Id chat = writes(QStringLiteral("5511987650304"), "Vou ver e te falo");
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/triage").arg(chat),
                           {{"status", "snoozed"}}, m_ada)
                     .json()
                     .value(QStringLiteral("conversation"))["status"]
                     .toString(),
                 QStringLiteral("snoozed"));
        moveClock(7LL * 24 * 3600000); // a week: no time set, so nothing wakes it
        QTest::qWait(400);
        QCOMPARE(latestConversation(m_bea, chat, 0)["status"].toString(),
                 QStringLiteral("snoozed"));
        moveClock(0);
        const qint64 before = lastSeq(m_bea);
        writes(QStringLiteral("5511987650304"), "Voltei");
        QCOMPARE(latestConversation(m_bea, chat, before)["status"].toString(),
                 QStringLiteral("open"));
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

private:
    void moveClock(qint64 aheadMs)
    {
        QFile file(m_clockFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::number(aheadMs));
    }

    Id writes(const QString &from, const char *text)
    {
        const QString wamid = m_sim.inbound(from, QStringLiteral("Cliente ") + from.right(4),
                                            QString::fromUtf8(text));
        if (wamid.isEmpty())
            return 0;
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            for (const QJsonValue &event : events(m_admin)) {
                if (event["type"] == QStringLiteral("message.created") &&
                    event["data"]["wamid"].toString() == wamid)
                    return event["data"]["conversation_id"].toInteger();
            }
            QTest::qWait(50);
        }
        return 0;
    }

    QJsonArray events(const QString &token, qint64 since = 0)
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(since), token)
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    qint64 lastSeq(const QString &token)
    {
        const QJsonArray all = events(token);
        return all.isEmpty() ? 0 : all.last()["seq"].toInteger();
    }

    // The newest state of conversation `id` among the events after `since` this agent gets.
    QJsonObject latestConversation(const QString &token, Id id, qint64 since)
    {
        QJsonObject found;
        for (const QJsonValue &event : events(token, since)) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == id)
                found = event["data"].toObject();
        }
        return found;
    }

    static bool hasEvent(const QJsonArray &events, const QString &type, Id id)
    {
        for (const QJsonValue &event : events) {
            if (event["type"].toString() == type && event["data"]["id"].toInteger() == id)
                return true;
        }
        return false;
    }

    QTemporaryDir m_clockDir;
    QString m_clockFile;
    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    QString m_ada;
    QString m_bea;
    QHash<QString, Id> m_ids;
    Id m_team = 0;
    Id m_vip = 0;
    Id m_refund = 0;
};

QTEST_MAIN(HubTriageTest)
#include "tst_hubtriage.moc"
