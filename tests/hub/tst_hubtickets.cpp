// R3.6 help-desk tickets against the real hub, from outside: a conversation converted to a
// ticket linked to it and its contact; status, priority, assignee and comments changed and
// synced as events; the list's filters and paging; and the department scope, the same for
// sync, the list, reads and every command.
#include "apierror.h"
#include "customerwrites.h"
#include "hubprocess.h"
#include "teamsetup.h"

#include <QJsonArray>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("tickets-secret");

} // namespace

class HubTicketsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        for (const char *login : {"sal", "sup"})
            QVERIFY(m_hub.addAgent(QString::fromLatin1(login), QStringLiteral("agent"),
                                   QString::fromLatin1(login) + QStringLiteral("-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("vi"), QStringLiteral("viewer"),
                               QStringLiteral("vi-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 appSecret, QStringLiteral("vt")));
        QVERIFY(m_hub.start());
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QVERIFY(!m_admin.isEmpty());
        QVERIFY(setUpDepartments(m_hub, m_admin,
                                 {{"sal", "Sales"}, {"sup", "Support"}, {"vi", "Sales"}}, &m_ids));
        const Id channel =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin)
                .first()["id"]
                .toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/%1").arg(channel),
                           {{"department", "Sales"}}, m_admin)
                     .status,
                 200);
        m_sal = m_hub.login(QStringLiteral("sal"), QStringLiteral("sal-password"));
        m_sup = m_hub.login(QStringLiteral("sup"), QStringLiteral("sup-password"));
        m_viewer = m_hub.login(QStringLiteral("vi"), QStringLiteral("vi-password"));
        QVERIFY(!m_sal.isEmpty() && !m_sup.isEmpty() && !m_viewer.isEmpty());
    }

    void convertLinksConversationAndContact()
    {
        const Id conversation = writes(QStringLiteral("5511987650301"), "A encomenda não chegou");
        const QJsonObject chat = conversationOf(conversation);
        QVERIFY(chat["record_id"].toInteger() > 0);
        QCOMPARE(chat["department"].toString(), QStringLiteral("Sales"));

        const HttpReply made = convert(conversation,
                                       {{"subject", "  Encomenda atrasada  "},
                                        {"status", "open"},
                                        {"priority", "high"},
                                        {"assignee_id", m_ids.value("sal")}},
                                       m_sal);
        QCOMPARE(made.status, 201);
        const QJsonObject ticket = made.json()["ticket"].toObject();
        QVERIFY(ticket["id"].toInteger() > 0);
        QCOMPARE(ticket["conversation_id"].toInteger(), conversation);
        QCOMPARE(ticket["record_id"].toInteger(), chat["record_id"].toInteger());
        QCOMPARE(ticket["subject"].toString(), QStringLiteral("Encomenda atrasada"));
        QCOMPARE(ticket["status"].toString(), QStringLiteral("open"));
        QCOMPARE(ticket["priority"].toString(), QStringLiteral("high"));
        QCOMPARE(ticket["assignee_id"].toInteger(), m_ids.value("sal"));
        QCOMPARE(ticket["department"].toString(), QStringLiteral("Sales")); // the conversation's
        QCOMPARE(ticket["created_by"].toInteger(), m_ids.value("sal"));

        // The conversation leads to its ticket; the ticket to its conversation.
        const HttpReply ofChat =
            m_hub.get(QStringLiteral("/api/v1/conversations/%1/ticket").arg(conversation), m_sal);
        QCOMPARE(ofChat.status, 200);
        QCOMPARE(ofChat.json().value(QStringLiteral("ticket"))["id"].toInteger(),
                 ticket["id"].toInteger());
        // One ticket per conversation: a second convert answers with the first.
        const HttpReply again = convert(conversation, {{"subject", "Outra vez"}}, m_sal);
        QCOMPARE(again.status, 409);
        QCOMPARE(errorCode(again), QStringLiteral("ticket_exists"));
        QCOMPARE(again.json().value(QStringLiteral("error"))["ticket"]["id"].toInteger(),
                 ticket["id"].toInteger());

        // Its event reaches the team.
        QVERIFY(ticketEvent(m_sal, ticket["id"].toInteger()).value("subject") ==
                QStringLiteral("Encomenda atrasada"));
    }

    void refusesWhatCannotBeStored()
    {
        const Id conversation = writes(QStringLiteral("5511987650302"), "Oi");
        const QList<std::pair<QJsonObject, QString>> cases{
            {{{"subject", "   "}}, "ticket_subject_invalid"},
            {{{"subject", QString(256, QLatin1Char('x'))}}, "ticket_subject_invalid"},
            {{{"subject", "ok"}, {"status", "pending-forever"}}, "bad_request"},
            {{{"subject", "ok"}, {"priority", "meh"}}, "bad_request"},
            {{{"subject", "ok"}, {"assignee_id", 99999}}, "assignee_unknown"},
            {{{"subject", "ok"}, {"assignee_id", m_ids.value("vi")}}, "assignee_unknown"},
            {{{"subject", "ok"}, {"department", "Nowhere"}}, "department_unknown"},
            {{{"subject", 12}}, "bad_request"},
            {{{"priority", "low"}}, "bad_request"}, // no subject
        };
        for (const auto &[body, code] : cases) {
            const HttpReply reply = convert(conversation, body, m_sal);
            QCOMPARE(reply.status, 400);
            QCOMPARE(errorCode(reply), code);
        }
        // A viewer reads but never converts.
        const HttpReply viewer = convert(conversation, {{"subject", "ok"}}, m_viewer);
        QCOMPARE(viewer.status, 403);
        QCOMPARE(errorCode(viewer), QStringLiteral("forbidden_view_only"));
        // Nothing of the refused ones was stored.
        QCOMPARE(
            m_hub.get(QStringLiteral("/api/v1/conversations/%1/ticket").arg(conversation), m_sal)
                .status,
            404);
    }

    void statusPriorityAssigneeAndCommentsSync()
    {
        const Id conversation = writes(QStringLiteral("5511987650303"), "Produto com defeito");
        const Id id = convert(conversation, {{"subject", "Defeito"}}, m_sal)
                          .json()
                          .value(QStringLiteral("ticket"))["id"]
                          .toInteger();
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/api/v1/tickets/%1").arg(id);
        const HttpReply changed = m_hub.post(
            path,
            {{"status", "on_hold"}, {"priority", "urgent"}, {"assignee_id", m_ids.value("sal")}},
            m_sal);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value(QStringLiteral("ticket"))["status"].toString(),
                 QStringLiteral("on_hold"));
        QCOMPARE(ticketEvent(m_sal, id).value("status").toString(), QStringLiteral("on_hold"));
        QCOMPARE(ticketEvent(m_admin, id).value("priority").toString(), QStringLiteral("urgent"));

        const HttpReply comment = m_hub.post(path + QStringLiteral("/comments"),
                                             {{"text", "Pedi a troca ao armazém"}}, m_sal);
        QCOMPARE(comment.status, 201);
        QCOMPARE(comment.json().value(QStringLiteral("comment"))["author_id"].toInteger(),
                 m_ids.value("sal"));
        QCOMPARE(m_hub.post(path + QStringLiteral("/comments"), {{"text", " "}}, m_sal).status,
                 400);
        QCOMPARE(m_hub
                     .post(path + QStringLiteral("/comments"),
                           {{"text", QString(10001, QLatin1Char('y'))}}, m_sal)
                     .status,
                 400);
        QCOMPARE(m_hub.post(path + QStringLiteral("/comments"), {{"text", "x"}}, m_viewer).status,
                 403);
        QCOMPARE(m_hub.post(path, {{"status", "closed"}}, m_viewer).status, 403);
        QCOMPARE(m_hub.post(path, {}, m_sal).status, 400); // nothing to change

        const QJsonObject read = m_hub.get(path, m_viewer).json();
        QCOMPARE(read["ticket"]["status"].toString(), QStringLiteral("on_hold"));
        QCOMPARE(read["comments"].toArray().size(), 1);
        QCOMPARE(read["comments"][0]["text"].toString(), QStringLiteral("Pedi a troca ao armazém"));
        QVERIFY(commentEvents(m_viewer, id) == 1);
        QVERIFY(commentEvents(m_admin, id) == 1);

        QCOMPARE(m_hub.post(path, {{"status", "closed"}}, m_sal).status, 200);
        QCOMPARE(ticketEvent(m_viewer, id).value("status").toString(), QStringLiteral("closed"));
    }

    void outsideTheScopeIsAsIfAbsent()
    {
        const Id conversation = writes(QStringLiteral("5511987650304"), "Fatura errada");
        // Support cannot convert Sales' conversation: it does not exist for them.
        QCOMPARE(convert(conversation, {{"subject", "x"}}, m_sup).status, 404);
        const Id id = convert(conversation, {{"subject", "Fatura"}}, m_sal)
                          .json()
                          .value(QStringLiteral("ticket"))["id"]
                          .toInteger();
        QVERIFY(id > 0);
        const QString path = QStringLiteral("/api/v1/tickets/%1").arg(id);
        QCOMPARE(
            m_hub.post(path + QStringLiteral("/comments"), {{"text", "Interno"}}, m_sal).status,
            201);

        QVERIFY(!listIds(m_sup, {}).contains(id));
        QVERIFY(listIds(m_sal, {}).contains(id));
        QVERIFY(listIds(m_admin, {}).contains(id));
        QCOMPARE(m_hub.get(path, m_sup).status, 404);
        QCOMPARE(
            m_hub.get(QStringLiteral("/api/v1/conversations/%1/ticket").arg(conversation), m_sup)
                .status,
            404);
        QCOMPARE(m_hub.post(path, {{"status", "closed"}}, m_sup).status, 404);
        QCOMPARE(m_hub.post(path + QStringLiteral("/comments"), {{"text", "x"}}, m_sup).status,
                 404);
        QVERIFY(ticketEvent(m_sup, id).isEmpty());
        QCOMPARE(commentEvents(m_sup, id), 0);

        // Escalated to Support: their desktops get the ticket and the comment written before.
        QCOMPARE(
            m_hub.post(path, {{"department", "Support"}, {"status", "escalated"}}, m_sal).status,
            200);
        QVERIFY(listIds(m_sup, {}).contains(id));
        QCOMPARE(ticketEvent(m_sup, id).value("status").toString(), QStringLiteral("escalated"));
        QCOMPARE(commentEvents(m_sup, id), 1);
        QCOMPARE(m_hub.get(path, m_sup).json()["comments"].toArray().size(), 1);
        // …and Sales no longer reads it (the ticket is Support's now).
        QCOMPARE(m_hub.get(path, m_sal).status, 404);
    }

    void listFiltersAndPages()
    {
        QList<Id> made;
        const QStringList priorities{"low", "high", "low", "high", "low"};
        for (int i = 0; i < priorities.size(); ++i) {
            const Id conversation =
                writes(QStringLiteral("55119876504%1").arg(i, 2, 10, QLatin1Char('0')), "Ajuda");
            const HttpReply reply = convert(conversation,
                                            {{"subject", QStringLiteral("Lote %1").arg(i)},
                                             {"priority", priorities.at(i)},
                                             {"assignee_id", i % 2 == 0 ? m_ids.value("sal") : 0}},
                                            m_sal);
            QCOMPARE(reply.status, 201);
            made.append(reply.json().value(QStringLiteral("ticket"))["id"].toInteger());
        }
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/tickets/%1").arg(made.at(4)),
                           {{"status", "closed"}}, m_sal)
                     .status,
                 200);

        const QList<Id> high = listIds(m_sal, QStringLiteral("priority=high"));
        QVERIFY(high.contains(made.at(1)) && high.contains(made.at(3)));
        QVERIFY(!high.contains(made.at(0)) && !high.contains(made.at(2)));
        const QList<Id> lowOpen = listIds(m_sal, QStringLiteral("priority=low&status=open"));
        QVERIFY(lowOpen.contains(made.at(0)) && lowOpen.contains(made.at(2)));
        QVERIFY(!lowOpen.contains(made.at(4)));
        const QList<Id> unassigned = listIds(m_sal, QStringLiteral("assignee_id=0"));
        QVERIFY(unassigned.contains(made.at(1)) && unassigned.contains(made.at(3)));
        QVERIFY(!unassigned.contains(made.at(0)));
        const QList<Id> mine =
            listIds(m_sal, QStringLiteral("assignee_id=%1").arg(m_ids.value("sal")));
        QVERIFY(mine.contains(made.at(0)) && !mine.contains(made.at(1)));
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/tickets?status=lost"), m_sal).status, 400);
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/tickets?assignee_id=-3"), m_sal).status, 400);

        // Pages of two, newest first, each starting below the last one seen, none twice.
        QList<Id> paged;
        Id before = 0;
        for (int page = 0; page < 20; ++page) {
            const QJsonObject reply =
                m_hub.get(QStringLiteral("/api/v1/tickets?limit=2&before=%1").arg(before), m_sal)
                    .json();
            const QJsonArray tickets = reply["tickets"].toArray();
            QVERIFY(tickets.size() <= 2);
            for (const QJsonValue &ticket : tickets)
                paged.append(ticket["id"].toInteger());
            if (!reply.contains(QStringLiteral("next_before")))
                break;
            before = reply["next_before"].toInteger();
        }
        QCOMPARE(paged, listIds(m_sal, {}));
        QVERIFY(std::is_sorted(paged.crbegin(), paged.crend()));
        for (const Id id : made)
            QVERIFY(paged.contains(id));
    }

private:
    Id writes(const QString &from, const char *text)
    {
        return customerWrites(m_hub, appSecret, m_admin,
                              CustomerMessage(from, QString::fromUtf8(text)));
    }

    QJsonObject conversationOf(Id id)
    {
        QJsonObject found;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == id)
                found = event["data"].toObject();
        }
        return found;
    }

    HttpReply convert(Id conversation, const QJsonObject &body, const QString &token)
    {
        return m_hub.post(QStringLiteral("/api/v1/conversations/%1/ticket").arg(conversation), body,
                          token);
    }

    // The ticket as the agent's last ticket.updated has it; empty when they got none.
    QJsonObject ticketEvent(const QString &token, Id id)
    {
        QJsonObject last;
        for (const QJsonValue &event : m_hub.events(token)) {
            if (event["type"].toString() == QLatin1String("ticket.updated") &&
                event["data"]["id"].toInteger() == id)
                last = event["data"].toObject();
        }
        return last;
    }

    // The distinct comments of the ticket the agent got as events.
    int commentEvents(const QString &token, Id ticket)
    {
        QSet<Id> comments;
        for (const QJsonValue &event : m_hub.events(token)) {
            if (event["type"].toString() == QLatin1String("ticket_comment.created") &&
                event["data"]["ticket_id"].toInteger() == ticket)
                comments.insert(event["data"]["id"].toInteger());
        }
        return int(comments.size());
    }

    QList<Id> listIds(const QString &token, const QString &query)
    {
        QList<Id> ids;
        for (const QJsonValue &ticket :
             m_hub.getList(QStringLiteral("/api/v1/tickets?limit=500&") + query,
                           QStringLiteral("tickets"), token))
            ids.append(ticket["id"].toInteger());
        return ids;
    }

    HubProcess m_hub;
    QString m_admin;
    QString m_sal;
    QString m_sup;
    QString m_viewer;
    QHash<QString, Id> m_ids;
};

QTEST_GUILESS_MAIN(HubTicketsTest)
#include "tst_hubtickets.moc"
