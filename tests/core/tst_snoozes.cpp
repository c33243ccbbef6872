#include "core/mirror/mirror.h"
#include "core/mirror/snoozes.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parley;

namespace {

constexpr TimestampMs T0 = 1763700000000; // 2025-11-21T04:40:00Z
constexpr TimestampMs minute = 60 * 1000;

} // namespace

class SnoozesTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_mirror = std::make_unique<Mirror>();
        QCOMPARE(m_mirror->open(
                     m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()))),
                 Mirror::OpenStatus::Ok);
    }
    void cleanup() { m_mirror.reset(); }

    void anEmptyStoreHasNothingDue()
    {
        Snoozes snoozes(m_mirror->database());
        QVERIFY(snoozes.all().isEmpty());
        QVERIFY(snoozes.due(T0).isEmpty());
        QVERIFY(!snoozes.nextDueAt());
        QVERIFY(!snoozes.find(1));
    }

    void snoozesComeDueAtTheirTimeEarliestFirst()
    {
        Snoozes snoozes(m_mirror->database());
        QVERIFY(snoozes.snooze(1, T0 + 60 * minute, 1));
        QVERIFY(snoozes.snooze(2, T0 + 15 * minute, 3));
        QCOMPARE(*snoozes.nextDueAt(), T0 + 15 * minute);
        QVERIFY(snoozes.due(T0 + 15 * minute - 1).isEmpty());
        const QList<Snooze> due = snoozes.due(T0 + 15 * minute);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().conversationId, 2);
        QCOMPARE(due.first().messageCount, 3);
        const QList<Snooze> later = snoozes.due(T0 + 2 * 60 * minute);
        QCOMPARE(later.size(), 2);
        QCOMPARE(later.at(0).conversationId, 2);
        QCOMPARE(later.at(1).conversationId, 1);
    }

    void snoozingAgainMovesTheOneSnooze()
    {
        Snoozes snoozes(m_mirror->database());
        QVERIFY(snoozes.snooze(1, T0 + 15 * minute, 2));
        QVERIFY(snoozes.snooze(1, T0 + 60 * minute, 4));
        QCOMPARE(snoozes.all().size(), 1);
        QCOMPARE(snoozes.find(1)->untilAt, T0 + 60 * minute);
        QCOMPARE(snoozes.find(1)->messageCount, 4);
    }

    void messagesDuringASnoozeJoinItsCount()
    {
        Snoozes snoozes(m_mirror->database());
        QVERIFY(!snoozes.addMessages(7, 2)); // not snoozed: the caller notifies at once
        QVERIFY(snoozes.snooze(7, T0, 1));
        QVERIFY(snoozes.addMessages(7, 2));
        QCOMPARE(snoozes.find(7)->messageCount, 3);
    }

    void clearRemovesOnlyThatConversation()
    {
        Snoozes snoozes(m_mirror->database());
        QVERIFY(snoozes.snooze(1, T0, 1));
        QVERIFY(snoozes.snooze(2, T0 + minute, 1));
        QVERIFY(snoozes.clear(1));
        QCOMPARE(snoozes.all().size(), 1);
        QCOMPARE(*snoozes.nextDueAt(), T0 + minute);
    }

    void snoozesSurviveReopeningTheMirror()
    {
        const QString path = m_mirror->path();
        QVERIFY(Snoozes(m_mirror->database()).snooze(5, T0 + 15 * minute, 2));
        m_mirror.reset();
        Mirror reopened;
        QCOMPARE(reopened.open(path), Mirror::OpenStatus::Ok);
        const QList<Snooze> all = Snoozes(reopened.database()).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().conversationId, 5);
        QCOMPARE(all.first().untilAt, T0 + 15 * minute);
        QCOMPARE(all.first().messageCount, 2);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Mirror> m_mirror;
};

QTEST_GUILESS_MAIN(SnoozesTest)
#include "tst_snoozes.moc"
