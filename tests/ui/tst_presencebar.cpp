// The presence line above the composer (issue #12): what it says for one, two and more agents,
// viewing and typing; only for the open conversation; and what the desktop tells the hub
// (viewing on open, left for the one before, typing at most once every 3 s).
#include "ui/conversation/presencebar.h"
#include "ui/conversation/presencereporter.h"

#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::ui;

namespace {

PresentAgent agent(Id id, const char *name, bool typing = false)
{
    return {id, QString::fromUtf8(name), typing};
}

PresenceUpdate in(Id conversationId, const QList<PresentAgent> &agents)
{
    return {conversationId, agents};
}

} // namespace

class PresenceBarTest : public QObject {
    Q_OBJECT
private slots:
    void saysWhoIsViewingAndTyping()
    {
        QCOMPARE(PresenceBar::describe({}), QString());
        QCOMPARE(PresenceBar::describe({agent(1, "Ana")}), QStringLiteral("Ana is viewing"));
        QCOMPARE(PresenceBar::describe({agent(1, "Ana", true)}), QStringLiteral("Ana is typing…"));
        QCOMPARE(PresenceBar::describe({agent(1, "Ana"), agent(2, "Bruno")}),
                 QStringLiteral("Ana and Bruno are viewing"));
        QCOMPARE(PresenceBar::describe({agent(1, "Ana", true), agent(2, "Bruno", true)}),
                 QStringLiteral("Ana and Bruno are typing…"));
        QCOMPARE(PresenceBar::describe({agent(1, "Ana"), agent(2, "Bruno"), agent(3, "Caio")}),
                 QStringLiteral("3 agents are viewing"));
        QCOMPARE(PresenceBar::describe({agent(1, "Ana", true), agent(2, "Bruno")}),
                 QStringLiteral("Ana is typing… · Bruno is viewing"));
    }

    void showsOnlyTheOpenConversationAndHidesForNobody()
    {
        QWidget window;
        auto *bar = new PresenceBar(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bar->showPresence(in(7, {agent(1, "Ana")}));
        QVERIFY(bar->isHidden()); // nothing open yet
        bar->setConversation(7);
        bar->showPresence(in(8, {agent(1, "Ana")}));
        QVERIFY(bar->isHidden()); // another conversation's word
        bar->showPresence(in(7, {agent(1, "Ana", true)}));
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Ana is typing…"));
        QCOMPARE(bar->accessibleName(), bar->text());
        bar->showPresence(in(7, {}));
        QVERIFY(bar->isHidden());
        bar->showPresence(in(7, {agent(1, "Ana")}));
        QVERIFY(bar->isVisible());
        bar->setConversation(9); // opening another one forgets it
        QVERIFY(bar->isHidden());
        QVERIFY(bar->text().isEmpty());
    }

    void namesAreShownAsWrittenNotAsMarkup()
    {
        PresenceBar bar;
        bar.setConversation(1);
        bar.showPresence(in(1, {agent(1, "<b>Ana</b>")}));
        QCOMPARE(bar.textFormat(), Qt::PlainText);
        QCOMPARE(bar.text(), QStringLiteral("<b>Ana</b> is viewing"));
    }

    void theReporterSaysViewingLeftAndThrottledTyping()
    {
        PresenceReporter reporter;
        qint64 now = 1000000;
        reporter.setClock([&now] { return now; });
        QSignalSpy said(&reporter, &PresenceReporter::say);
        const auto last = [&said] {
            return QStringLiteral("%1 %2")
                .arg(said.last().at(0).toLongLong())
                .arg(presenceStateName(said.last().at(1).value<PresenceState>()));
        };
        reporter.typed(); // nothing open: nothing to say
        QCOMPARE(said.count(), 0);
        reporter.opened(5);
        QCOMPARE(last(), QStringLiteral("5 viewing"));
        reporter.typed();
        QCOMPARE(last(), QStringLiteral("5 typing"));
        for (int key = 0; key < 20; ++key) { // a burst of keys within 3 s: said once
            now += 100;
            reporter.typed();
        }
        QCOMPARE(said.count(), 2);
        now += PresenceReporter::typingEveryMs;
        reporter.typed();
        QCOMPARE(said.count(), 3);
        QCOMPARE(last(), QStringLiteral("5 typing"));
        reporter.sent();
        QCOMPARE(last(), QStringLiteral("5 viewing"));
        reporter.sent(); // not typing: nothing more
        QCOMPARE(said.count(), 4);
        reporter.opened(6);
        QCOMPARE(said.count(), 6);
        QCOMPARE(QStringLiteral("%1 %2")
                     .arg(said.at(4).at(0).toLongLong())
                     .arg(presenceStateName(said.at(4).at(1).value<PresenceState>())),
                 QStringLiteral("5 left"));
        QCOMPARE(last(), QStringLiteral("6 viewing"));
        reporter.opened(6); // the same again: nothing
        QCOMPARE(said.count(), 6);
        reporter.opened(0);
        QCOMPARE(last(), QStringLiteral("6 left"));
    }
};

QTEST_MAIN(PresenceBarTest)
#include "tst_presencebar.moc"
