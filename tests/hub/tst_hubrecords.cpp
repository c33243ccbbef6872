// Records beside the chat through the real parley-hub: activities (tasks, meetings, calls,
// appointments) and the links between leads, contacts, companies and deals (R3.5, R4.5, R9.3).
#include "hubapifixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

// const, so that chained [] read values instead of making references.
const QJsonObject body(const HttpReply &reply)
{
    return reply.json();
}

class HubRecordsTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private:
    Id recordOf(Id conversationId)
    {
        Id record = 0;
        for (const QJsonValue &event : events()) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == conversationId)
                record = event["data"]["record_id"].toInteger();
        }
        return record;
    }

    Id createRecord(const char *module, const QJsonObject &fields)
    {
        const HttpReply reply = m_hub.post(QStringLiteral("/api/v1/records"),
                                           {{"module", module}, {"fields", fields}}, m_agent);
        if (reply.status != 201)
            qWarning() << reply.body;
        return body(reply)["record"]["id"].toInteger();
    }

    QJsonArray activitiesOf(Id record, const QString &token)
    {
        return m_hub.get(QStringLiteral("/api/v1/records/%1/activities").arg(record), token)
            .json()
            .value(QStringLiteral("activities"))
            .toArray();
    }

private slots:
    void initTestCase() { QVERIFY2(setUpHub(), m_hub.log().constData()); }

    void anActivityIsCreatedListedAndCompleted()
    {
        const Id record = recordOf(m_fresh);
        QVERIFY(record > 0);
        const HttpReply created =
            m_hub.post(QStringLiteral("/api/v1/records/%1/activities").arg(record),
                       {{"kind", "call"},
                        {"title", "  Call back about the blue shoes  "},
                        {"due_at", "2030-01-02T15:00:00Z"},
                        {"conversation_id", m_fresh}},
                       m_agent);
        QCOMPARE(created.status, 201);
        const QJsonObject activity = body(created)["activity"].toObject();
        const Id id = activity["id"].toInteger();
        QVERIFY(id > 0);
        QCOMPARE(activity["kind"].toString(), QStringLiteral("call"));
        QCOMPARE(activity["title"].toString(), QStringLiteral("Call back about the blue shoes"));
        QCOMPARE(activity["due_at"].toString(), QStringLiteral("2030-01-02T15:00:00.000Z"));
        QCOMPARE(activity["done"].toBool(), false);
        QCOMPARE(activity["record_id"].toInteger(), record);
        QCOMPARE(activity["conversation_id"].toInteger(), m_fresh);
        const Id bo =
            body(m_hub.get(QStringLiteral("/api/v1/me"), m_agent))["agent"]["id"].toInteger();
        QCOMPARE(activity["owner_id"].toInteger(), bo); // the caller, when no owner is given

        // An undated task sorts after the dated call while both are open.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records/%1/activities").arg(record),
                           {{"kind", "task"}, {"title", "Send the catalogue"}}, m_agent)
                     .status,
                 201);
        QJsonArray listed = activitiesOf(record, m_viewer); // viewers read
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0)["id"].toInteger(), id);
        QCOMPARE(listed.at(1)["due_at"].isNull(), true);

        const HttpReply done =
            m_hub.post(QStringLiteral("/api/v1/activities/%1").arg(id), {{"done", true}}, m_agent);
        QCOMPARE(done.status, 200);
        QCOMPARE(body(done)["activity"]["done"].toBool(), true);
        QCOMPARE(body(done)["activity"]["title"].toString(),
                 QStringLiteral("Call back about the blue shoes")); // untouched fields stay
        listed = activitiesOf(record, m_agent);
        QCOMPARE(listed.at(1)["id"].toInteger(), id); // done ones come last

        // Each change is an activity.updated event with the whole activity.
        QList<bool> states;
        for (const QJsonValue &event : events()) {
            if (event["type"].toString() == QLatin1String("activity.updated") &&
                event["data"]["id"].toInteger() == id)
                states.append(event["data"]["done"].toBool());
        }
        QCOMPARE(states, (QList<bool>{false, true}));

        const HttpReply moved = m_hub.post(QStringLiteral("/api/v1/activities/%1").arg(id),
                                           {{"due_at", QJsonValue()}, {"title", "Call"}}, m_agent);
        QCOMPARE(moved.status, 200);
        QVERIFY(body(moved)["activity"]["due_at"].isNull());
        QCOMPARE(body(moved)["activity"]["done"].toBool(), true);
    }

    void badActivitiesAreRefusedWithTheirReason()
    {
        const Id record = recordOf(m_fresh);
        const QString path = QStringLiteral("/api/v1/records/%1/activities").arg(record);
        const auto code = [](const HttpReply &reply) {
            return body(reply)["error"]["code"].toString();
        };
        HttpReply reply = m_hub.post(path, {{"kind", "lunch"}, {"title", "x"}}, m_agent);
        QCOMPARE(reply.status, 400);
        QCOMPARE(code(reply), QStringLiteral("bad_request"));
        reply = m_hub.post(path, {{"title", "x"}}, m_agent);
        QCOMPARE(code(reply), QStringLiteral("bad_request")); // kind is required
        reply = m_hub.post(path, {{"kind", "task"}, {"title", "   "}}, m_agent);
        QCOMPARE(reply.status, 400);
        QCOMPARE(code(reply), QStringLiteral("activity_title_required"));
        reply =
            m_hub.post(path, {{"kind", "task"}, {"title", "x"}, {"due_at", "tomorrow"}}, m_agent);
        QCOMPARE(code(reply), QStringLiteral("bad_request"));
        reply = m_hub.post(path, {{"kind", "task"}, {"title", "x"}, {"owner_id", 999}}, m_agent);
        QCOMPARE(reply.status, 400);
        QCOMPARE(code(reply), QStringLiteral("owner_unknown"));
        reply =
            m_hub.post(path, {{"kind", "task"}, {"title", "x"}, {"conversation_id", 999}}, m_agent);
        QCOMPARE(reply.status, 404);
        reply = m_hub.post(QStringLiteral("/api/v1/records/99999/activities"),
                           {{"kind", "task"}, {"title", "x"}}, m_agent);
        QCOMPARE(reply.status, 404);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/records/99999/activities"), m_agent).status,
                 404);
        reply = m_hub.post(QStringLiteral("/api/v1/activities/99999"), {{"done", true}}, m_agent);
        QCOMPARE(reply.status, 404);
        reply = m_hub.post(QStringLiteral("/api/v1/activities/1"), {{"done", "yes"}}, m_agent);
        QCOMPARE(code(reply), QStringLiteral("bad_request"));
        reply = m_hub.post(QStringLiteral("/api/v1/activities/1"), {{"title", ""}}, m_agent);
        QCOMPARE(code(reply), QStringLiteral("activity_title_required"));
    }

    void viewersCannotPlanOrComplete()
    {
        const Id record = recordOf(m_stale);
        const int before = activitiesOf(record, m_agent).size();
        HttpReply reply = m_hub.post(QStringLiteral("/api/v1/records/%1/activities").arg(record),
                                     {{"kind", "meeting"}, {"title", "Visit"}}, m_viewer);
        QCOMPARE(reply.status, 403);
        QCOMPARE(body(reply)["error"]["code"].toString(), QStringLiteral("forbidden_view_only"));
        QCOMPARE(activitiesOf(record, m_agent).size(), before);
        const Id own = body(m_hub.post(QStringLiteral("/api/v1/records/%1/activities").arg(record),
                                       {{"kind", "appointment"}, {"title", "Fitting"}},
                                       m_admin))["activity"]["id"]
                           .toInteger();
        QVERIFY(own > 0);
        reply = m_hub.post(QStringLiteral("/api/v1/activities/%1").arg(own), {{"done", true}},
                           m_viewer);
        QCOMPARE(reply.status, 403);
        QCOMPARE(activitiesOf(record, m_agent).last()["done"].toBool(), false);
    }

    void dealsAndCompaniesLinkToTheirPeople()
    {
        const Id company = createRecord("Companies", {{"Company Name", "Sapataria Azul"}});
        const Id contact = createRecord(
            "Contacts", {{"First Name", "Ana"}, {"Company Id", QString::number(company)}});
        QVERIFY(company > 0 && contact > 0);
        // A number is accepted and stored as decimal digits, like every other field value.
        const HttpReply deal = m_hub.post(QStringLiteral("/api/v1/records"),
                                          {{"module", "Deals"},
                                           {"fields", QJsonObject{{"Deal Name", "Summer order"},
                                                                  {"Contact Id", contact},
                                                                  {"Company Id", company}}}},
                                          m_agent);
        QCOMPARE(deal.status, 201);
        QCOMPARE(body(deal)["record"]["fields"]["Contact Id"].toString(), QString::number(contact));

        const auto refused = [this](const HttpReply &reply) {
            return reply.status == 400 &&
                   body(reply)["error"]["code"].toString() == QLatin1String("record_link_invalid");
        };
        // A link must name a record of its module.
        QVERIFY(refused(
            m_hub.post(QStringLiteral("/api/v1/records"),
                       {{"module", "Deals"},
                        {"fields", QJsonObject{{"Deal Name", "x"}, {"Company Id", contact}}}},
                       m_agent)));
        QVERIFY(
            refused(m_hub.post(QStringLiteral("/api/v1/records"),
                               {{"module", "Deals"},
                                {"fields", QJsonObject{{"Deal Name", "x"}, {"Lead Id", "99999"}}}},
                               m_agent)));
        QVERIFY(refused(m_hub.post(QStringLiteral("/api/v1/records/%1").arg(contact),
                                   {{"fields", QJsonObject{{"Company Id", "Azul"}}}}, m_agent)));
        // Clearing a link is an ordinary field removal.
        const HttpReply unlinked =
            m_hub.post(QStringLiteral("/api/v1/records/%1").arg(contact),
                       {{"fields", QJsonObject{{"Company Id", ""}}}}, m_agent);
        QCOMPARE(unlinked.status, 200);
        QVERIFY(!body(unlinked)["record"]["fields"].toObject().contains("Company Id"));
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records/%1").arg(contact),
                           {{"fields", QJsonObject{{"Company Id", QString::number(company)}}}},
                           m_viewer)
                     .status,
                 403);
    }
};

QTEST_MAIN(HubRecordsTest)
#include "tst_hubrecords.moc"
