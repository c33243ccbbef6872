// The admin API of the real parley-hub process: every admin route refused to agents and viewers,
// agents updated (R9.1), groups, and how a channel's routing picks the owner of a new number's
// record and chat (R1.6, R1.8, R9.2).
#include "apierror.h"
#include "hubapifixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

QByteArray pngOfSize(qint64 size)
{
    QByteArray data = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
    data.append(QByteArray(size - data.size(), '\0'));
    return data;
}

} // namespace

class HubAdminTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private:
    int m_customer = 0;

    HttpReply call(const QByteArray &method, const QString &path, const QJsonObject &body,
                   const QString &token)
    {
        return httpCall(method, m_hub.url(path),
                        method == "GET" ? QByteArray()
                                        : QJsonDocument(body).toJson(QJsonDocument::Compact),
                        {{"Authorization", "Bearer " + token.toUtf8()}});
    }

    Id addAgent(const QString &login, const QString &department)
    {
        const HttpReply reply = m_hub.post(QStringLiteral("/api/v1/agents"),
                                           {{"login", login},
                                            {"name", login.toUpper()},
                                            {"password", "long-password"},
                                            {"department", department}},
                                           m_admin);
        return reply.json().value(QStringLiteral("agent"))["id"].toInteger();
    }

    QJsonObject agent(Id id)
    {
        for (const QJsonValue &each : m_hub.get(QStringLiteral("/api/v1/agents"), m_admin)
                                          .json()
                                          .value(QStringLiteral("agents"))
                                          .toArray()) {
            if (each["id"].toInteger() == id)
                return each.toObject();
        }
        return {};
    }

    // A number the hub has not seen writes; returns the owner of the conversation it opens.
    Id newCustomerOwner()
    {
        const Id conversation =
            customerWrites(QStringLiteral("55119800%1").arg(++m_customer, 5, 10, QChar('0')),
                           QStringLiteral("Olá"), QDateTime::currentMSecsSinceEpoch());
        Id owner = -1;
        for (const QJsonValue &event : events()) {
            if (event["type"].toString() == QLatin1String("conversation.created") &&
                event["data"]["id"].toInteger() == conversation)
                owner = event["data"]["owner_id"].toInteger();
        }
        return owner;
    }

    QList<Id> nextOwners(int count)
    {
        QList<Id> owners;
        for (int i = 0; i < count; ++i)
            owners.append(newCustomerOwner());
        return owners;
    }

    void setRouting(const QJsonObject &routing)
    {
        const HttpReply reply =
            m_hub.post(QStringLiteral("/api/v1/channels/1/routing"), routing, m_admin);
        QVERIFY2(reply.status == 200, reply.body.constData());
    }

private slots:
    void initTestCase() { QVERIFY2(setUpHub(), m_hub.log().constData()); }

    void nonAdminsAreRefusedEveryAdminRoute_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        const QJsonObject none;
        QTest::newRow("add agent")
            << QByteArray("POST") << "/api/v1/agents"
            << QJsonObject{{"login", "zz"}, {"name", "Zz"}, {"password", "long-password"}};
        QTest::newRow("update agent")
            << QByteArray("POST") << "/api/v1/agents/2" << QJsonObject{{"role", "admin"}};
        QTest::newRow("add department")
            << QByteArray("POST") << "/api/v1/departments" << QJsonObject{{"name", "Hack"}};
        QTest::newRow("add group")
            << QByteArray("POST") << "/api/v1/groups" << QJsonObject{{"name", "Hack"}};
        QTest::newRow("update group")
            << QByteArray("POST") << "/api/v1/groups/1" << QJsonObject{{"name", "Hack"}};
        QTest::newRow("delete group") << QByteArray("DELETE") << "/api/v1/groups/1" << none;
        QTest::newRow("add channel")
            << QByteArray("POST") << "/api/v1/channels" << QJsonObject{{"name", "Hack"}};
        QTest::newRow("channel preferences")
            << QByteArray("POST") << "/api/v1/channels/1" << QJsonObject{{"name", "Hack"}};
        QTest::newRow("activate") << QByteArray("POST") << "/api/v1/channels/1/activate" << none;
        QTest::newRow("deactivate")
            << QByteArray("POST") << "/api/v1/channels/1/deactivate" << none;
        QTest::newRow("disconnect")
            << QByteArray("POST") << "/api/v1/channels/1/disconnect" << none;
        QTest::newRow("routing") << QByteArray("POST") << "/api/v1/channels/1/routing"
                                 << QJsonObject{{"assign_to", "roles"},
                                                {"roles", QJsonArray{"agent"}}};
        QTest::newRow("icon") << QByteArray("POST") << "/api/v1/channels/1/icon"
                              << QJsonObject{
                                     {"file_name", "a.png"},
                                     {"data", QString::fromLatin1(pngOfSize(100).toBase64())}};
        QTest::newRow("profile read") << QByteArray("GET") << "/api/v1/channels/1/profile" << none;
        QTest::newRow("profile") << QByteArray("POST") << "/api/v1/channels/1/profile"
                                 << QJsonObject{{"about", "Hack"}};
        QTest::newRow("credits") << QByteArray("GET") << "/api/v1/credits" << none;
        QTest::newRow("ledger") << QByteArray("GET") << "/api/v1/credits/ledger" << none;
        QTest::newRow("buy") << QByteArray("POST") << "/api/v1/credits/purchases"
                             << QJsonObject{{"packs", 1}};
        QTest::newRow("auto-recharge")
            << QByteArray("POST") << "/api/v1/credits/auto-recharge"
            << QJsonObject{{"enabled", true}, {"minimum_balance", 5}, {"credits_to_add", 10}};
        QTest::newRow("plan") << QByteArray("POST") << "/api/v1/credits/plan"
                              << QJsonObject{{"plan", "im_credit"}};
        QTest::newRow("trial read") << QByteArray("GET") << "/api/v1/credits/trial" << none;
        QTest::newRow("trial") << QByteArray("POST") << "/api/v1/credits/trial"
                               << QJsonObject{{"state", "trial"}};
    }

    void nonAdminsAreRefusedEveryAdminRoute()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        // The group the group rows address exists, so a 403 is not a 404 in disguise.
        m_hub.post(QStringLiteral("/api/v1/groups"), {{"name", "Refusals"}}, m_admin);
        const QByteArray before =
            m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_admin).body;
        for (const QString &token : {m_agent, m_viewer}) {
            const HttpReply reply = call(method, path, body, token);
            QCOMPARE(reply.status, 403);
            QCOMPARE(errorCode(reply), QStringLiteral("forbidden_admin_only"));
        }
        // Nothing changed: no event, the channel still connected, the group still there.
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), m_admin).body,
                 before);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/channels"), m_admin)
                     .json()
                     .value(QStringLiteral("channels"))[0]["status"]
                     .toString(),
                 QStringLiteral("connected"));
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/groups"), m_admin)
                     .json()
                     .value(QStringLiteral("groups"))[0]["name"],
                 QJsonValue(QStringLiteral("Refusals")));
    }

    void adminUpdatesAnAgent()
    {
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Sales"}}, m_admin).status,
            201);
        const Id id = addAgent(QStringLiteral("rita"), QString());
        QVERIFY(id > 0);
        const Id group =
            m_hub.post(QStringLiteral("/api/v1/groups"), {{"name", "Night shift"}}, m_admin)
                .json()
                .value(QStringLiteral("group"))["id"]
                .toInteger();
        QVERIFY(group > 0);
        const HttpReply updated = m_hub.post(
            QStringLiteral("/api/v1/agents/%1").arg(id),
            {{"role", "viewer"}, {"department", "Sales"}, {"groups", QJsonArray{group}}}, m_admin);
        QCOMPARE(updated.status, 200);
        const QJsonObject stored = agent(id);
        QCOMPARE(stored["role"].toString(), QStringLiteral("viewer"));
        QCOMPARE(stored["department"].toString(), QStringLiteral("Sales"));
        QCOMPARE(stored["groups"].toArray(), QJsonArray{group});
        QCOMPARE(stored["name"].toString(), QStringLiteral("RITA")); // not sent, kept
        bool memberListed = false;
        for (const QJsonValue &each : m_hub.get(QStringLiteral("/api/v1/groups"), m_agent)
                                          .json()
                                          .value(QStringLiteral("groups"))
                                          .toArray())
            memberListed |= each["id"].toInteger() == group && each["members"] == QJsonArray{id};
        QVERIFY(memberListed);

        const auto refused = [&](const QJsonObject &body) {
            return errorCode(
                m_hub.post(QStringLiteral("/api/v1/agents/%1").arg(id), body, m_admin));
        };
        QCOMPARE(refused({{"department", "Nowhere"}}), QStringLiteral("department_unknown"));
        QCOMPARE(refused({{"role", "boss"}}), QStringLiteral("bad_request"));
        QCOMPARE(refused({{"groups", QJsonArray{999}}}), QStringLiteral("group_unknown"));
        QCOMPARE(refused({{"password", "short"}}), QStringLiteral("agent_password_too_short"));
        QCOMPARE(agent(id)["role"].toString(), QStringLiteral("viewer"));

        // A deactivated agent can no longer log in; the password change works once active again.
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/agents/%1").arg(id), {{"active", false}}, m_admin)
                .status,
            200);
        QVERIFY(m_hub.login(QStringLiteral("rita"), QStringLiteral("long-password")).isEmpty());
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/agents/%1").arg(id),
                           {{"active", true}, {"password", "another-password"}}, m_admin)
                     .status,
                 200);
        QVERIFY(!m_hub.login(QStringLiteral("rita"), QStringLiteral("another-password")).isEmpty());
    }

    void theLastAdminStaysAdmin()
    {
        const HttpReply reply =
            m_hub.post(QStringLiteral("/api/v1/agents/1"), {{"role", "agent"}}, m_admin);
        QCOMPARE(reply.status, 409);
        QCOMPARE(errorCode(reply), QStringLiteral("agent_last_admin"));
        QCOMPARE(agent(1)["role"].toString(), QStringLiteral("admin"));
    }

    void groupsAreNamedSetsOfAgents()
    {
        const HttpReply created =
            m_hub.post(QStringLiteral("/api/v1/groups"),
                       {{"name", " Weekend "}, {"members", QJsonArray{2, 3}}}, m_admin);
        QCOMPARE(created.status, 201);
        const Id id = created.json().value(QStringLiteral("group"))["id"].toInteger();
        QCOMPARE(created.json().value(QStringLiteral("group"))["name"].toString(),
                 QStringLiteral("Weekend"));
        QCOMPARE(
            errorCode(m_hub.post(QStringLiteral("/api/v1/groups"), {{"name", "Weekend"}}, m_admin)),
            QStringLiteral("group_name_taken"));
        QCOMPARE(errorCode(m_hub.post(QStringLiteral("/api/v1/groups"), {{"name", "  "}}, m_admin)),
                 QStringLiteral("group_name_required"));
        QCOMPARE(errorCode(m_hub.post(QStringLiteral("/api/v1/groups/%1").arg(id),
                                      {{"members", QJsonArray{2, 999}}}, m_admin)),
                 QStringLiteral("agent_unknown"));
        const HttpReply updated = m_hub.post(QStringLiteral("/api/v1/groups/%1").arg(id),
                                             {{"members", QJsonArray{3}}}, m_admin);
        QCOMPARE(updated.json().value(QStringLiteral("group"))["members"].toArray(), QJsonArray{3});
        QCOMPARE(call("DELETE", QStringLiteral("/api/v1/groups/%1").arg(id), {}, m_admin).status,
                 200);
        QCOMPARE(call("DELETE", QStringLiteral("/api/v1/groups/%1").arg(id), {}, m_admin).status,
                 404);
    }

    void routingPicksTheOwnerOfANewNumber()
    {
        m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Support"}}, m_admin);
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/channels/1"), {{"department", "Sales"}}, m_admin)
                .status,
            200);
        const Id s1 = addAgent(QStringLiteral("s1"), QStringLiteral("Sales"));
        const Id s2 = addAgent(QStringLiteral("s2"), QStringLiteral("Sales"));
        const Id p1 = addAgent(QStringLiteral("p1"), QStringLiteral("Support"));
        QVERIFY(s1 > 0 && s2 > 0 && p1 > 0);

        // Default: everyone who can reply in the channel's department, in turn.
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/channels/1/routing"), m_agent)
                     .json()
                     .value(QStringLiteral("routing"))["assign_to"]
                     .toString(),
                 QStringLiteral("department"));
        QList<Id> owners = nextOwners(3);
        QCOMPARE(QSet<Id>(owners.begin(), owners.end()), (QSet<Id>{s1, s2}));

        // Named users, but only those of the number's departments (R1.8)...
        setRouting({{"assign_to", "users"}, {"agents", QJsonArray{s1, p1}}});
        QCOMPARE(nextOwners(2), (QList<Id>{s1, s1}));
        // ...until Support is enabled for the number.
        setRouting({{"assign_to", "users"},
                    {"agents", QJsonArray{s1, p1}},
                    {"departments", QJsonArray{"Support"}}});
        owners = nextOwners(2);
        QCOMPARE(QSet<Id>(owners.begin(), owners.end()), (QSet<Id>{s1, p1}));

        const Id group = m_hub
                             .post(QStringLiteral("/api/v1/groups"),
                                   {{"name", "Mixed"}, {"members", QJsonArray{s2, p1}}}, m_admin)
                             .json()
                             .value(QStringLiteral("group"))["id"]
                             .toInteger();
        setRouting({{"assign_to", "groups"},
                    {"groups", QJsonArray{group}},
                    {"departments", QJsonArray{"Support"}}});
        owners = nextOwners(2);
        QCOMPARE(QSet<Id>(owners.begin(), owners.end()), (QSet<Id>{s2, p1}));

        // Admins only: the admin has no department, so the department filter leaves nobody and
        // the named role decides alone.
        setRouting({{"assign_to", "roles"}, {"roles", QJsonArray{"admin"}}});
        QCOMPARE(nextOwners(2), (QList<Id>{1, 1}));

        // Every named user inactive: the department rule takes over rather than no owner.
        setRouting({{"assign_to", "users"}, {"agents", QJsonArray{p1}}});
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/agents/%1").arg(p1), {{"active", false}}, m_admin)
                .status,
            200);
        const Id fallback = newCustomerOwner();
        QVERIFY2(fallback == s1 || fallback == s2, qPrintable(QString::number(fallback)));
    }

    void routingRefusesWhatCannotBeAssigned()
    {
        const auto refused = [&](const QJsonObject &body) {
            return errorCode(
                m_hub.post(QStringLiteral("/api/v1/channels/1/routing"), body, m_admin));
        };
        QCOMPARE(refused({{"assign_to", "users"}}), QStringLiteral("channel_routing_invalid"));
        QCOMPARE(refused({{"assign_to", "roles"}, {"roles", QJsonArray{"viewer"}}}),
                 QStringLiteral("channel_routing_invalid"));
        QCOMPARE(refused({{"assign_to", "users"}, {"agents", QJsonArray{999}}}),
                 QStringLiteral("agent_unknown"));
        QCOMPARE(refused({{"assign_to", "groups"}, {"groups", QJsonArray{999}}}),
                 QStringLiteral("group_unknown"));
        QCOMPARE(refused({{"departments", QJsonArray{"Nowhere"}}}),
                 QStringLiteral("department_unknown"));
        QCOMPARE(refused({{"assign_to", "everyone"}}), QStringLiteral("bad_request"));
        QCOMPARE(refused({{"agents", "1"}}), QStringLiteral("bad_request"));
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/channels/99/routing"), m_admin).status, 404);
    }

    void channelIconsFollowTheIconRule()
    {
        const auto upload = [&](const QString &name, const QByteArray &data) {
            return m_hub.post(QStringLiteral("/api/v1/channels/1/icon"),
                              {{"file_name", name}, {"data", QString::fromLatin1(data.toBase64())}},
                              m_admin);
        };
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/channels/1/icon"), m_agent).status, 404);
        const HttpReply tooLarge = upload(QStringLiteral("big.png"), pngOfSize(1024 * 1024 + 1));
        QCOMPARE(tooLarge.status, 400);
        QCOMPARE(errorCode(tooLarge), QStringLiteral("channel_icon_too_large"));
        QCOMPARE(errorCode(upload(QStringLiteral("logo.gif"), pngOfSize(100))),
                 QStringLiteral("channel_icon_type"));
        const QByteArray exact = pngOfSize(1024 * 1024);
        QCOMPARE(upload(QStringLiteral("logo.png"), exact).status, 200);
        const HttpReply icon = m_hub.get(QStringLiteral("/api/v1/channels/1/icon"), m_agent);
        QCOMPARE(icon.status, 200);
        QCOMPARE(icon.body, exact);
    }

    void ledgerFiltersByDate()
    {
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        const auto entries = [&](const QString &query) {
            return m_hub
                .get(QStringLiteral("/api/v1/credits/ledger?kind=purchase&") + query, m_admin)
                .json()
                .value(QStringLiteral("entries"))
                .toArray()
                .size();
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString hourAgo = now.addSecs(-3600).toString(Qt::ISODateWithMs);
        const QString inAnHour = now.addSecs(3600).toString(Qt::ISODateWithMs);
        QCOMPARE(entries(QStringLiteral("from=") + hourAgo), 1);
        QCOMPARE(entries(QStringLiteral("from=") + inAnHour), 0);
        QCOMPARE(entries(QStringLiteral("to=") + hourAgo), 0);
        QCOMPARE(entries(QStringLiteral("from=%1&to=%2").arg(hourAgo, inAnHour)), 1);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/credits/ledger?from=yesterday"), m_admin).status,
                 400);
    }
};

QTEST_GUILESS_MAIN(HubAdminTest)
#include "tst_hubadmin.moc"
