// Older history in bulk against the real hub (issue #11, first sync): GET
// /api/v1/older-history answers the messages below each conversation's cursor for many
// conversations at once, each message once across pages, in the agent's scope only.

#include "core/protocol/olderhistory.h"
#include "historyseed.h"
#include "teamsetup.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

const int conversationCount = 30;

// Conversations of both departments, short and long ones (longer than a page).
QString departmentOf(int conversation)
{
    return conversation % 2 == 1 ? QStringLiteral("Sales") : QStringLiteral("Support");
}

int messagesOf(int conversation)
{
    return 1 + conversation * 7 % 60;
}

QString olderHistoryPath(const QList<OlderHistoryCursor> &cursors, int limit)
{
    return QStringLiteral("/api/v1/older-history?conversations=%1&limit=%2")
        .arg(olderHistoryQuery(cursors))
        .arg(limit);
}

} // namespace

class OlderHistoryTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesReturnEachOlderMessageOnce();
    void anAgentGetsNothingOutsideItsScope();
    void refusesMalformedAndUnboundedRequests();

private:
    // Pages through every conversation from its newest message as `token`; false on an answer
    // that breaks the contract (with the reason logged by the QVERIFYs of the caller).
    QHash<Id, QList<Id>> fetchAll(const QString &token, int limit, QSet<Id> *gone);

    HubProcess m_hub;
    QString m_admin;
    QString m_sales;
    QString m_support;
    QHash<Id, QString> m_department; // conversation → its department
    QHash<Id, QList<Id>> m_messages; // conversation → its message ids, oldest first
};

void OlderHistoryTest::initTestCase()
{
    m_hub.setFastPasswordHashing(true);
    QVERIFY(
        m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"), QStringLiteral("pw-ana-1")));
    QVERIFY(
        m_hub.addAgent(QStringLiteral("sam"), QStringLiteral("agent"), QStringLiteral("pw-sam-1")));
    QVERIFY(
        m_hub.addAgent(QStringLiteral("sue"), QStringLiteral("agent"), QStringLiteral("pw-sue-1")));
    QVERIFY(m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                             QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                             QStringLiteral("older-secret"), QStringLiteral("vt")));
    seedHistory(
        m_hub,
        {conversationCount, messagesOf,
         [](int conversation, int message) { return qint64(message) * 1000 + conversation; },
         departmentOf},
        &m_messages, &m_department);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_hub.start());
    m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("pw-ana-1"));
    QVERIFY(!m_admin.isEmpty());
    QHash<QString, Id> ids;
    QVERIFY(setUpDepartments(m_hub, m_admin,
                             {{QStringLiteral("sam"), QStringLiteral("Sales")},
                              {QStringLiteral("sue"), QStringLiteral("Support")}},
                             &ids));
    m_sales = m_hub.login(QStringLiteral("sam"), QStringLiteral("pw-sam-1"));
    m_support = m_hub.login(QStringLiteral("sue"), QStringLiteral("pw-sue-1"));
    QVERIFY(!m_sales.isEmpty() && !m_support.isEmpty());
}

QHash<Id, QList<Id>> OlderHistoryTest::fetchAll(const QString &token, int limit, QSet<Id> *gone)
{
    QHash<Id, QList<Id>> received; // newest page first, each page oldest first
    QList<OlderHistoryCursor> cursors;
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        cursors.append({it.key(), 0}); // from the newest: the whole conversation
    for (int request = 0; request < 1000 && !cursors.isEmpty(); ++request) {
        const HttpReply reply = m_hub.get(olderHistoryPath(cursors, limit), token);
        if (reply.status != 200) {
            qWarning("older-history answered %d: %s", reply.status, reply.body.constData());
            return {};
        }
        OlderHistoryPage page;
        QString problem;
        if (!fromJson(reply.json(), &page, &problem) || page.conversations.isEmpty()) {
            qWarning("older-history page unreadable or empty: %s", qPrintable(problem));
            return {};
        }
        int count = 0;
        for (int i = 0; i < page.conversations.size(); ++i) {
            const OlderHistoryPart &part = page.conversations.at(i);
            // The conversations come in the order asked, a prefix of the request.
            if (part.conversationId != cursors.at(i).conversationId) {
                qWarning("conversation %lld answered out of order", part.conversationId);
                return {};
            }
            if (part.gone)
                gone->insert(part.conversationId);
            QList<Id> ids;
            for (const QJsonObject &message : part.messages) {
                const Id id = message.value(QStringLiteral("id")).toInteger();
                if (message.value(QStringLiteral("conversation_id")).toInteger() !=
                        part.conversationId ||
                    (cursors.at(i).beforeId > 0 && id >= cursors.at(i).beforeId) ||
                    (!ids.isEmpty() && id <= ids.last())) {
                    qWarning("message %lld is not below its cursor, in order", id);
                    return {};
                }
                ids.append(id);
            }
            count += int(ids.size());
            received[part.conversationId] = ids + received.value(part.conversationId);
            cursors[i].beforeId = ids.isEmpty() ? cursors.at(i).beforeId : ids.first();
        }
        if (count > limit) {
            qWarning("%d messages answered for a limit of %d", count, limit);
            return {};
        }
        // Complete ones leave the request; the others ask again from their oldest message.
        for (int i = int(page.conversations.size()) - 1; i >= 0; --i) {
            if (page.conversations.at(i).complete)
                cursors.removeAt(i);
        }
    }
    if (!cursors.isEmpty())
        qWarning("still %lld conversations to fetch after 1000 requests", qint64(cursors.size()));
    return received;
}

void OlderHistoryTest::pagesReturnEachOlderMessageOnce()
{
    QSet<Id> gone;
    const QHash<Id, QList<Id>> received = fetchAll(m_admin, 37, &gone);
    QVERIFY(gone.isEmpty());
    QCOMPARE(received.size(), m_messages.size());
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it)
        QCOMPARE(received.value(it.key()), it.value()); // each once, oldest first, none missing
}

void OlderHistoryTest::anAgentGetsNothingOutsideItsScope()
{
    for (const auto &[token, department] : {std::pair(m_sales, QStringLiteral("Sales")),
                                            std::pair(m_support, QStringLiteral("Support"))}) {
        QSet<Id> gone;
        const QHash<Id, QList<Id>> received = fetchAll(token, 500, &gone);
        for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
            const bool mine = m_department.value(it.key()) == department;
            QCOMPARE(gone.contains(it.key()), !mine);
            QCOMPARE(received.value(it.key()), mine ? it.value() : QList<Id>());
        }
    }
}

void OlderHistoryTest::refusesMalformedAndUnboundedRequests()
{
    const Id first = m_messages.cbegin().key();
    QList<OlderHistoryCursor> tooMany;
    for (int i = 1; i <= olderhistory::maxConversations + 1; ++i)
        tooMany.append({i, 0});
    QCOMPARE(m_hub.get(olderHistoryPath(tooMany, 10), m_admin).status, 400);
    QCOMPARE(m_hub.get(QStringLiteral("/api/v1/older-history?conversations=x:1"), m_admin).status,
             400);
    QCOMPARE(
        m_hub.get(QStringLiteral("/api/v1/older-history?conversations=%1:-5").arg(first), m_admin)
            .status,
        400);
    QCOMPARE(m_hub.get(olderHistoryPath({{first, 0}, {first, 0}}, 10), m_admin).status, 400);
    QCOMPARE(m_hub.get(olderHistoryPath({{first, 0}}, 0), m_admin).status, 400);
    QCOMPARE(m_hub.get(QStringLiteral("/api/v1/older-history"), m_admin).status, 400);
    QCOMPARE(m_hub.get(olderHistoryPath({{first, 0}}, 10)).status, 401);
    // A limit above the bound is held to it, not refused.
    const HttpReply big = m_hub.get(olderHistoryPath({{first, 0}}, 1000000), m_admin);
    QCOMPARE(big.status, 200);
}

QTEST_MAIN(OlderHistoryTest)
#include "tst_olderhistory.moc"
