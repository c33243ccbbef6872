// Ctrl+K: typing finds conversations by name, number or message text, Enter opens one.
#include "../core/mirrorfixture.h"
#include "ui/main/quickswitcher.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class QuickSwitcherTest : public QObject {
    Q_OBJECT
private slots:
    void typingFindsAndEnterOpens()
    {
        QTemporaryDir dir;
        Mirror mirror;
        QCOMPARE(mirror.open(dir.filePath(QStringLiteral("m.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        const char *names[] = {"Ana Souza", "王芳", "Jake Thompson"};
        for (Id id = 1; id <= 3; ++id) {
            Conversation c;
            c.id = id;
            c.channelId = 1;
            c.customerNumber = QStringLiteral("5511900000%1").arg(id);
            c.customerName = QString::fromUtf8(names[id - 1]);
            c.lastMessageAt = 1700000000000 + id;
            events << log.conversation(c);
        }
        events << log.message(
            textMessage(10, 2, Direction::In, QStringLiteral("我的订单还没有到"), 1700000000000));
        QVERIFY(mirror.apply(batchOf(events)));

        // The matches are read on the reader thread: each query's come back before the next.
        QuickSwitcher switcher(mirror.database(), 1);
        QTRY_VERIFY(!switcher.isSearching());
        QCOMPARE(switcher.matchCount(), 3); // empty query: the most recent conversations
        switcher.setQuery(QStringLiteral("Souza"));
        QTRY_VERIFY(!switcher.isSearching());
        QCOMPARE(switcher.matchCount(), 1);
        switcher.setQuery(QStringLiteral("订单还没"));
        QTRY_VERIFY(!switcher.isSearching());
        QCOMPARE(switcher.matchCount(), 1);
        // Enter before the matches of the number came: the first of them opens once they come.
        switcher.setQuery(QStringLiteral("9000002"));
        QSignalSpy chosen(&switcher, &QuickSwitcher::conversationChosen);
        QTest::keyClick(switcher.findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_COMPARE(chosen.size(), 1);
        QCOMPARE(switcher.matchCount(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), 2);
    }
};

QTEST_MAIN(QuickSwitcherTest)
#include "tst_quickswitcher.moc"
