// Issue #12: which events pop a desktop notification for an agent (core/rules/notificationrules).
#include "core/rules/notificationrules.h"

#include <QTest>

using namespace parley;

namespace {

Agent agent(Id id, const QString &department, Role role = Role::Agent)
{
    Agent a;
    a.id = id;
    a.login = QStringLiteral("a%1").arg(id);
    a.department = department;
    a.role = role;
    return a;
}

NotifyTarget in(const QString &department, Id owner, bool muted = false)
{
    return {department, owner, muted};
}

constexpr auto message = NotifyCause::CustomerMessage;
constexpr auto mention = NotifyCause::Mention;

} // namespace

class NotificationRulesTest : public QObject {
    Q_OBJECT
private slots:
    void byDefaultMineAndTheUnassignedOnesOfMyDepartment()
    {
        const Agent sal = agent(7, QStringLiteral("Sales"));
        const auto notify = [&](const NotifyTarget &target) {
            return shouldNotify(sal, NotifyChoice::Default, message, target);
        };
        QVERIFY(notify(in(QStringLiteral("Sales"), 7)));
        QVERIFY(notify(in(QStringLiteral("Sales"), 0)));
        QVERIFY(!notify(in(QStringLiteral("Sales"), 8))); // a colleague's customer
        // Handed to me by another department's routing: still mine.
        QVERIFY(notify(in(QStringLiteral("Support"), 7)));
        QVERIFY(!notify(in(QStringLiteral("Support"), 0))); // out of scope
    }

    void anAgentInNoDepartmentIsCalledForEveryUnassignedOne()
    {
        const Agent admin = agent(1, QString(), Role::Admin);
        QVERIFY(
            shouldNotify(admin, NotifyChoice::Default, message, in(QStringLiteral("Sales"), 0)));
        QVERIFY(
            !shouldNotify(admin, NotifyChoice::Default, message, in(QStringLiteral("Sales"), 7)));
        // An admin in a department: the unassigned ones of that department.
        const Agent lead = agent(2, QStringLiteral("Sales"), Role::Admin);
        QVERIFY(shouldNotify(lead, NotifyChoice::Default, message, in(QStringLiteral("Sales"), 0)));
        QVERIFY(
            !shouldNotify(lead, NotifyChoice::Default, message, in(QStringLiteral("Support"), 0)));
        QVERIFY(shouldNotify(lead, NotifyChoice::All, message, in(QStringLiteral("Support"), 9)));
    }

    void allMineAndMentionsOnly()
    {
        const Agent sal = agent(7, QStringLiteral("Sales"));
        const NotifyTarget colleagues = in(QStringLiteral("Sales"), 8);
        const NotifyTarget unassigned = in(QStringLiteral("Sales"), 0);
        const NotifyTarget mine = in(QStringLiteral("Sales"), 7);
        QVERIFY(shouldNotify(sal, NotifyChoice::All, message, colleagues));
        QVERIFY(shouldNotify(sal, NotifyChoice::All, message, unassigned));
        QVERIFY(!shouldNotify(sal, NotifyChoice::All, message, in(QStringLiteral("Support"), 8)));
        QVERIFY(shouldNotify(sal, NotifyChoice::Mine, message, mine));
        QVERIFY(!shouldNotify(sal, NotifyChoice::Mine, message, unassigned));
        QVERIFY(!shouldNotify(sal, NotifyChoice::Mine, message, colleagues));
        for (const NotifyTarget &target : {mine, unassigned, colleagues}) {
            QVERIFY(!shouldNotify(sal, NotifyChoice::Mentions, message, target));
            QVERIFY(shouldNotify(sal, NotifyChoice::Mentions, mention, target));
        }
    }

    void aMuteSilencesCustomersButNotAColleagueCallingMeByName()
    {
        const Agent sal = agent(7, QStringLiteral("Sales"));
        const NotifyTarget muted = in(QStringLiteral("Sales"), 7, true);
        for (NotifyChoice choice : {NotifyChoice::Default, NotifyChoice::All, NotifyChoice::Mine,
                                    NotifyChoice::Mentions}) {
            QVERIFY(!shouldNotify(sal, choice, message, muted));
            QVERIFY(shouldNotify(sal, choice, mention, muted));
        }
        // A mention in a conversation the agent no longer sees (a stale copy) pops nothing.
        QVERIFY(!shouldNotify(sal, NotifyChoice::All, mention, in(QStringLiteral("Support"), 8)));
    }

    void choicesHaveStableWireNames()
    {
        for (NotifyChoice choice : {NotifyChoice::Default, NotifyChoice::All, NotifyChoice::Mine,
                                    NotifyChoice::Mentions}) {
            NotifyChoice read = NotifyChoice::All;
            QVERIFY(notifyChoiceFromName(notifyChoiceName(choice), &read));
            QCOMPARE(read, choice);
        }
        QCOMPARE(notifyChoiceName(NotifyChoice::Mentions), QStringLiteral("mentions"));
        NotifyChoice read = NotifyChoice::Mine;
        QVERIFY(!notifyChoiceFromName(QStringLiteral("loud"), &read));
        QVERIFY(!notifyChoiceFromName(QStringLiteral("MINE"), &read));
        QCOMPARE(read, NotifyChoice::Mine);
    }
};

QTEST_MAIN(NotificationRulesTest)
#include "tst_notificationrules.moc"
