// Saved views kept by the hub (issue #12 item 7), from outside with two agents and an admin:
// every agent keeps its own views, which no other agent sees in GET /saved-views, in its sync
// or in its stream's snapshot; an admin shares a view with the team, which everyone then sees
// and only admins change; the filter is read by core/filter's parser and refused when it cannot
// run; the name and the number of views per agent are capped; a repeated upload with the same
// client key finds the first view.
#include "apierror.h"
#include "hubprocess.h"

#include "core/domain/ids.h"
#include "core/rules/savedviewrules.h"

#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

QJsonObject unreadFilter()
{
    return {{"unread", true}};
}

} // namespace

class HubSavedViewsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const char *login : {"ada", "bea"})
            QVERIFY(m_hub.addAgent(QString::fromLatin1(login), QStringLiteral("agent"),
                                   QString::fromLatin1(login) + QStringLiteral("-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.start());
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_ada = m_hub.login(QStringLiteral("ada"), QStringLiteral("ada-password"));
        m_bea = m_hub.login(QStringLiteral("bea"), QStringLiteral("bea-password"));
        QVERIFY(!m_admin.isEmpty() && !m_ada.isEmpty() && !m_bea.isEmpty());
    }

    void privateViewsDoNotLeak()
    {
        const HttpReply made =
            m_hub.post(QStringLiteral("/api/v1/saved-views"),
                       {{"name", "  Minhas não lidas "}, {"filter", unreadFilter()}}, m_ada);
        QCOMPARE(made.status, 201);
        const QJsonObject view = made.json().value(QStringLiteral("saved_view")).toObject();
        m_adaView = view["id"].toInteger();
        QVERIFY(m_adaView != 0);
        QCOMPARE(view["name"].toString(), QStringLiteral("Minhas não lidas"));
        QCOMPARE(view["shared"].toBool(), false);
        QCOMPARE(view["filter"].toObject()["unread"].toBool(), true);

        QCOMPARE(names(m_ada), QStringList{QStringLiteral("Minhas não lidas")});
        QCOMPARE(names(m_bea), QStringList());
        QCOMPARE(names(m_admin), QStringList()); // admins see everything but others' views
        QCOMPARE(viewEvents(m_ada, m_adaView), 1);
        QCOMPARE(viewEvents(m_bea, m_adaView), 0);
        QCOMPARE(viewEvents(m_admin, m_adaView), 0);

        // Neither changed, deleted nor even confirmed to exist for anyone else.
        QCOMPARE(rename(m_adaView, QStringLiteral("x"), m_bea).status, 404);
        QCOMPARE(rename(m_adaView, QStringLiteral("x"), m_admin).status, 404);
        QCOMPARE(remove(m_adaView, m_bea).status, 404);
        QCOMPARE(names(m_ada), QStringList{QStringLiteral("Minhas não lidas")});
    }

    void theOwnerRenamesRefiltersMovesAndDeletes()
    {
        const HttpReply second = m_hub.post(
            QStringLiteral("/api/v1/saved-views"),
            {{"name", "Urgent"}, {"filter", QJsonObject{{"priority", "urgent"}}}}, m_ada);
        QCOMPARE(second.status, 201);
        const Id urgent = second.json().value(QStringLiteral("saved_view"))["id"].toInteger();
        QCOMPARE(names(m_ada),
                 (QStringList{QStringLiteral("Minhas não lidas"), QStringLiteral("Urgent")}));
        QCOMPARE(rename(urgent, QStringLiteral("Urgentes"), m_ada).status, 200);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/saved-views/%1").arg(urgent), {{"position", 0}},
                           m_ada)
                     .status,
                 200);
        QCOMPARE(names(m_ada),
                 (QStringList{QStringLiteral("Urgentes"), QStringLiteral("Minhas não lidas")}));
        const HttpReply refiltered =
            m_hub.post(QStringLiteral("/api/v1/saved-views/%1").arg(urgent),
                       {{"filter", QJsonObject{{"priority", "high"}}}}, m_ada);
        QCOMPARE(refiltered.status, 200);
        QCOMPARE(
            refiltered.json().value(QStringLiteral("saved_view"))["filter"]["priority"].toString(),
            QStringLiteral("high"));
        QCOMPARE(remove(urgent, m_ada).status, 200);
        QCOMPARE(names(m_ada), QStringList{QStringLiteral("Minhas não lidas")});
        const QJsonArray log = m_hub.events(m_ada);
        QCOMPARE(log.last()["type"].toString(), QStringLiteral("saved_view.deleted"));
        QCOMPARE(log.last()["data"]["id"].toInteger(), urgent);
        QCOMPARE(viewEvents(m_bea, urgent), 0);
    }

    void anInvalidFilterOrNameIsRefused()
    {
        const auto create = [this](const QJsonObject &body) {
            return m_hub.post(QStringLiteral("/api/v1/saved-views"), body, m_bea);
        };
        // A key core/filter does not know: a view saved by a newer client must not widen.
        HttpReply reply = create({{"name", "Odd"}, {"filter", QJsonObject{{"colour", "red"}}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("saved_view_filter_invalid"));
        // Parsed but cannot run: a period of 0 days.
        reply = create(
            {{"name", "Zero"},
             {"filter", QJsonObject{{"replied_in", QJsonObject{{"unit", "days"}, {"count", 0}}}}}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("saved_view_filter_invalid"));
        reply = create({{"name", "Text"}, {"filter", "unread"}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), QStringLiteral("bad_request"));
        reply = create({{"name", "   "}, {"filter", unreadFilter()}});
        QCOMPARE(errorCode(reply), QStringLiteral("saved_view_name_invalid"));
        reply = create({{"name", QString(maxSavedViewName + 1, QLatin1Char('a'))},
                        {"filter", unreadFilter()}});
        QCOMPARE(errorCode(reply), QStringLiteral("saved_view_name_invalid"));
        QCOMPARE(names(m_bea), QStringList());
        QCOMPARE(rename(m_adaView, QString(), m_ada).status, 400);
    }

    void anAdminSharesAViewWithTheTeam()
    {
        // Agents do not share.
        HttpReply reply =
            m_hub.post(QStringLiteral("/api/v1/saved-views"),
                       {{"name", "Team"}, {"filter", unreadFilter()}, {"shared", true}}, m_ada);
        QCOMPARE(reply.status, 403);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/saved-views/%1").arg(m_adaView),
                           {{"shared", true}}, m_ada)
                     .status,
                 403);

        reply = m_hub.post(
            QStringLiteral("/api/v1/saved-views"),
            {{"name", "Fila da equipe"}, {"filter", unreadFilter()}, {"shared", true}}, m_admin);
        QCOMPARE(reply.status, 201);
        const Id shared = reply.json().value(QStringLiteral("saved_view"))["id"].toInteger();
        QVERIFY(names(m_bea).contains(QStringLiteral("Fila da equipe")));
        QVERIFY(names(m_ada).contains(QStringLiteral("Fila da equipe")));
        QCOMPARE(viewEvents(m_bea, shared), 1);

        // Read-only for agents; admins change it.
        reply = rename(shared, QStringLiteral("Minha"), m_bea);
        QCOMPARE(reply.status, 403);
        QCOMPARE(errorCode(reply), QStringLiteral("saved_view_read_only"));
        QCOMPARE(remove(shared, m_bea).status, 403);
        QCOMPARE(rename(shared, QStringLiteral("Fila"), m_admin).status, 200);
        QVERIFY(names(m_bea).contains(QStringLiteral("Fila")));

        // Unshared: it leaves the agents' sidebars (saved_view.deleted for them), the admin
        // keeps it.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/saved-views/%1").arg(shared),
                           {{"shared", false}}, m_admin)
                     .status,
                 200);
        QVERIFY(!names(m_bea).contains(QStringLiteral("Fila")));
        QVERIFY(names(m_admin).contains(QStringLiteral("Fila")));
        QCOMPARE(lastTypeFor(m_bea, shared), QStringLiteral("saved_view.deleted"));
        QCOMPARE(lastTypeFor(m_admin, shared), QStringLiteral("saved_view.updated"));
        const QJsonArray beas = m_hub.events(m_bea);
        for (const QJsonValue &event : beas) {
            if (event["data"]["id"].toInteger() == shared &&
                event["type"].toString() == QLatin1String("saved_view.updated"))
                QVERIFY(event["data"]["shared"].toBool()); // never its private state
        }
    }

    void aRepeatedUploadFindsTheFirstView()
    {
        const QJsonObject body{{"name", "From my old desktop"},
                               {"filter", unreadFilter()},
                               {"client_key", "6f1c0d6e8e2b4a0b"}};
        const HttpReply first = m_hub.post(QStringLiteral("/api/v1/saved-views"), body, m_bea);
        QCOMPARE(first.status, 201);
        const HttpReply again = m_hub.post(QStringLiteral("/api/v1/saved-views"), body, m_bea);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("saved_view"))["id"],
                 first.json().value(QStringLiteral("saved_view"))["id"]);
        QCOMPARE(names(m_bea).count(QStringLiteral("From my old desktop")), 1);
        // The same key is another agent's own.
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/saved-views"), body, m_ada).status, 201);
    }

    void eachAgentKeepsAtMostTheCap()
    {
        int mine = 0;
        for (const QJsonValue &view : list(m_ada))
            mine += view["owner_id"] == list(m_ada).first()["owner_id"] ? 1 : 0;
        for (int i = mine; i < maxSavedViewsPerAgent; ++i)
            QCOMPARE(
                m_hub
                    .post(QStringLiteral("/api/v1/saved-views"),
                          {{"name", QStringLiteral("View %1").arg(i)}, {"filter", unreadFilter()}},
                          m_ada)
                    .status,
                201);
        const HttpReply over =
            m_hub.post(QStringLiteral("/api/v1/saved-views"),
                       {{"name", "One too many"}, {"filter", unreadFilter()}}, m_ada);
        QCOMPARE(over.status, 409);
        QCOMPARE(errorCode(over), QStringLiteral("saved_view_limit"));
        // Another agent is not held by it.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/saved-views"),
                           {{"name", "Still fine"}, {"filter", unreadFilter()}}, m_bea)
                     .status,
                 201);
    }

private:
    QJsonArray list(const QString &token)
    {
        return m_hub.getList(QStringLiteral("/api/v1/saved-views"), QStringLiteral("saved_views"),
                             token);
    }

    QStringList names(const QString &token)
    {
        QStringList out;
        for (const QJsonValue &view : list(token))
            out.append(view["name"].toString());
        return out;
    }

    HttpReply rename(Id id, const QString &name, const QString &token)
    {
        return m_hub.post(QStringLiteral("/api/v1/saved-views/%1").arg(id), {{"name", name}},
                          token);
    }

    HttpReply remove(Id id, const QString &token)
    {
        return httpCall("DELETE", m_hub.url(QStringLiteral("/api/v1/saved-views/%1").arg(id)), {},
                        {{"Authorization", "Bearer " + token.toUtf8()}});
    }

    // How many saved_view.* events about `id` the agent's sync holds.
    int viewEvents(const QString &token, Id id)
    {
        int count = 0;
        for (const QJsonValue &event : m_hub.events(token)) {
            if (event["type"].toString().startsWith(QLatin1String("saved_view.")) &&
                event["data"]["id"].toInteger() == id)
                ++count;
        }
        return count;
    }

    QString lastTypeFor(const QString &token, Id id)
    {
        QString type;
        for (const QJsonValue &event : m_hub.events(token)) {
            if (event["type"].toString().startsWith(QLatin1String("saved_view.")) &&
                event["data"]["id"].toInteger() == id)
                type = event["type"].toString();
        }
        return type;
    }

    HubProcess m_hub;
    QString m_admin;
    QString m_ada;
    QString m_bea;
    Id m_adaView = 0;
};

QTEST_MAIN(HubSavedViewsTest)
#include "tst_hubsavedviews.moc"
