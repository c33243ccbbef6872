// A team's unread counts against the real hub and simulator (issue #12): each agent has their
// own unread count, in sync and on the stream, and the customer gets a read receipt only when
// the one answering them reads. What each agent sees at all: tst_hubscope.
#include "hubscopefixture.h"

#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace parley;
using namespace parley::testing;

class HubScopeUnreadTest : public QObject, protected HubScopeFixture {
    Q_OBJECT
private slots:
    void initTestCase() { setUpScopeTeam(); }

    void eachAgentHasTheirOwnUnreadAndTheOwnerSendsTheReceipt()
    {
        const QString number = QStringLiteral("5511987650202");
        writes(number, "Primeira");
        const QJsonObject chat = writes(number, "Segunda");
        const Id conversation = chat["id"].toInteger();
        QCOMPARE(unread(m_sal, conversation), 2);
        QCOMPARE(unread(m_sal2, conversation), 2);

        // sal2 reads: only sal2's count clears, and the customer sees nothing (sal owns it).
        const HttpReply read2 = markRead(m_sal2, conversation);
        QCOMPARE(read2.status, 200);
        QCOMPARE(read2.json().value(QStringLiteral("receipt_sent")).toBool(), false);
        QCOMPARE(read2.json().value(QStringLiteral("conversation"))["unread_count"].toInt(), 0);
        QCOMPARE(unread(m_sal2, conversation), 0);
        QCOMPARE(unread(m_sal, conversation), 2);
        QCOMPARE(unread(m_admin, conversation), 2);
        QTest::qWait(500);
        QCOMPARE(readsOf(number), 0);

        // The owner reads: their count clears and the customer gets the receipt.
        const HttpReply read1 = markRead(m_sal, conversation);
        QCOMPARE(read1.json().value(QStringLiteral("receipt_sent")).toBool(), true);
        QCOMPARE(unread(m_sal, conversation), 0);
        QTRY_COMPARE_WITH_TIMEOUT(readsOf(number), 1, 5000);

        // The customer writes again: one unread for each of them.
        writes(number, "Terceira");
        QCOMPARE(unread(m_sal, conversation), 1);
        QCOMPARE(unread(m_sal2, conversation), 1);
        QCOMPARE(unread(m_admin, conversation), 3);

        // Unassigned: whoever reads sends the receipt.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/conversations/%1/assign").arg(conversation),
                           {{"owner_id", 0}}, m_admin)
                     .status,
                 200);
        QCOMPARE(markRead(m_sal2, conversation).json().value("receipt_sent").toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(readsOf(number), 2, 5000);
        QCOMPARE(unread(m_sal, conversation), 1);
    }

    // The stream filters a page once for all the agents connected (issue #13): each still gets
    // exactly its own view of the same live page, with its own unread count.
    void severalAgentsStreamingEachGetTheirOwnViewOfALivePage()
    {
        const QString number = QStringLiteral("5511987650204");
        writes(number, "Um");
        const Id conversation = writes(number, "Dois")["id"].toInteger();
        QVERIFY(conversation != 0);
        QCOMPARE(markRead(m_sal2, conversation).status, 200);

        const qint64 since = lastSeq();
        const QList<QString> tokens{m_sal, m_sal2, m_sup, m_admin};
        std::vector<std::unique_ptr<QWebSocket>> sockets;
        QList<QList<QJsonObject>> frames(tokens.size());
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            sockets.push_back(std::make_unique<QWebSocket>());
            connectFrames(*sockets.back(), tokens.at(i), &frames[i], since);
        }
        for (const auto &socket : sockets)
            QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::ConnectedState, 5000);

        writes(number, "Tres");
        const qint64 head = lastSeq();
        // Each stream's live events up to the page that holds the message.
        const auto live = [&](qsizetype i) {
            QJsonArray events;
            for (const QJsonObject &frame : std::as_const(frames.at(i)))
                for (const QJsonValue &event : frame["events"].toArray())
                    events.append(event);
            return events;
        };
        for (qsizetype i = 0; i < tokens.size(); ++i)
            QTRY_VERIFY_WITH_TIMEOUT(
                !frames.at(i).isEmpty() && frames.at(i).last()["next"].toInteger() >= head, 5000);
        const auto liveUnread = [&](qsizetype i) {
            int count = -1;
            for (const QJsonValue &event : live(i)) {
                if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                    event["data"]["id"].toInteger() == conversation)
                    count = event["data"]["unread_count"].toInt();
            }
            return count;
        };
        QCOMPARE(liveUnread(0), 3); // sal: never read it
        QCOMPARE(liveUnread(1), 1); // sal2: read the first two
        QCOMPARE(liveUnread(3), 3); // the admin
        QVERIFY(mentions(live(0), conversation, 0, QStringLiteral("Tres")));
        QVERIFY(mentions(live(1), conversation, 0, QStringLiteral("Tres")));
        QVERIFY(mentions(live(3), conversation, 0, QStringLiteral("Tres")));
        // Support: the same pages, nothing of Sales' conversation.
        QVERIFY(!mentions(live(2), conversation, 0));
        QVERIFY(!mentions(live(2), 0, 0, QStringLiteral("Tres")));
    }
};

QTEST_GUILESS_MAIN(HubScopeUnreadTest)
#include "tst_hubscopeunread.moc"
