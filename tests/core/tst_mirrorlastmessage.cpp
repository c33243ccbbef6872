// The list's page reads, for the rows whose text cannot say what their last message was, that
// message: one indexed seek per row, never for a customer's text, never a note written after it.
#include "core/mirror/conversationqueries.h"
#include "lastmessagedata.h"
#include "mirrortestdata.h"

#include <QSqlQuery>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class MirrorLastMessageTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_mirror = std::make_unique<Mirror>();
        QCOMPARE(m_mirror->open(m_dir.filePath(QStringLiteral("l.sqlite"))),
                 Mirror::OpenStatus::Ok);
        m_log = EventLog();
        m_cases = lastMessageCases(m_log, T0);
        QVERIFY(m_mirror->apply(batchOf(eventsOf(m_cases))));
    }

    void aPageCarriesTheLastMessageOfTheRowsThatNeedIt()
    {
        ConversationPage page;
        QString error;
        QVERIFY2(fetchConversationPage(m_mirror->database(), {}, {}, {}, 50, &page, &error),
                 qPrintable(error));
        QCOMPARE(page.rows.size(), m_cases.size());
        for (const LastMessageCase &expected : std::as_const(m_cases)) {
            const auto row =
                std::find_if(page.rows.cbegin(), page.rows.cend(), [&](const Conversation &c) {
                    return c.id == expected.conversationId;
                });
            QVERIFY(row != page.rows.cend());
            QCOMPARE(row->lastMessage.id, expected.messageId);
            if (expected.messageId != 0)
                QCOMPARE(row->lastMessage.conversationId, expected.conversationId);
        }
        // Its whole content: the kind, the file, the details the list words it from.
        const Conversation voice = page.rows.constFirst(); // the newest: conversation 1
        QCOMPARE(voice.id, Id(1));
        QCOMPARE(voice.lastMessage.kind, MessageKind::Audio);
        QCOMPARE(voice.lastMessage.details.value(QStringLiteral("voice")).toBool(), true);
    }

    // The pinned row and a row outside the page are read by fetchConversation: the same.
    void oneConversationCarriesItToo()
    {
        for (const LastMessageCase &expected : std::as_const(m_cases)) {
            Conversation c;
            QString error;
            QVERIFY2(fetchConversation(m_mirror->database(), expected.conversationId, &c, &error),
                     qPrintable(error));
            QCOMPARE(c.lastMessage.id, expected.messageId);
        }
    }

    // One seek in messages_by_conversation (conversation_id, created_at, id) per row: neither a
    // scan nor a sort, however long the conversation.
    void theLookupUsesTheIndex()
    {
        const SqlCondition sql = lastMessageSql(1, T0);
        QSqlQuery plan(m_mirror->database());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql.sql));
        for (int i = 0; i < sql.values.size(); ++i)
            plan.bindValue(i, sql.values.at(i));
        QVERIFY(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString text = steps.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QLatin1String("SEARCH messages USING INDEX messages_by_conversation"
                                             " (conversation_id=? AND created_at=?)")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("SCAN")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Mirror> m_mirror;
    EventLog m_log;
    QList<LastMessageCase> m_cases;
};

QTEST_GUILESS_MAIN(MirrorLastMessageTest)
#include "tst_mirrorlastmessage.moc"
