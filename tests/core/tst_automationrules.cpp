// R6.5 automation rules (core/rules/automationrules.h): names on the wire, which conditions a
// trigger may use, how each operator reads a change, the loop guard and the no-reply wait.
#include "core/protocol/automationtypes.h"
#include "core/rules/automationrules.h"

#include <QJsonArray>
#include <QTest>

using namespace parley;

class AutomationRulesTest : public QObject {
    Q_OBJECT
private slots:
    void namesGoBothWays()
    {
        for (AutomationTrigger t :
             {AutomationTrigger::RecordCreated, AutomationTrigger::RecordUpdated,
              AutomationTrigger::ConversationClosed, AutomationTrigger::NoReply}) {
            AutomationTrigger back = AutomationTrigger::NoReply;
            QVERIFY(automationTriggerFromName(automationTriggerName(t), &back));
            QCOMPARE(back, t);
        }
        for (AutomationAction a : {AutomationAction::SendTemplate, AutomationAction::Assign,
                                   AutomationAction::Label, AutomationAction::Close}) {
            AutomationAction back = AutomationAction::Close;
            QVERIFY(automationActionFromName(automationActionName(a), &back));
            QCOMPARE(back, a);
        }
        ConditionOp op = ConditionOp::Equals;
        QVERIFY(conditionOpFromName(QStringLiteral("changes_to"), &op));
        QCOMPARE(op, ConditionOp::ChangesTo);
        QVERIFY(!conditionOpFromName(QStringLiteral("Changes_To"), &op));
        AutomationTrigger unknown = AutomationTrigger::RecordCreated;
        QVERIFY(!automationTriggerFromName(QStringLiteral("whenever"), &unknown));
    }

    void operatorsReadTheChange()
    {
        const QVariantMap before{{"Lead Status", "New"}, {"City", "Santos"}};
        const QVariantMap after{{"Lead Status", " qualified"}, {"City", "Santos"}};
        const auto holds = [&](ConditionOp op, const QString &field, const QString &value) {
            return conditionHolds({field, op, value}, before, after);
        };
        QVERIFY(holds(ConditionOp::Equals, "Lead Status", "Qualified"));
        QVERIFY(!holds(ConditionOp::Equals, "City", "São Paulo"));
        QVERIFY(holds(ConditionOp::NotEquals, "City", "São Paulo"));
        QVERIFY(holds(ConditionOp::Contains, "Lead Status", "QUAL"));
        QVERIFY(holds(ConditionOp::ChangesTo, "Lead Status", "Qualified"));
        QVERIFY(!holds(ConditionOp::ChangesTo, "City", "Santos")); // was Santos already
        QVERIFY(holds(ConditionOp::Changed, "Lead Status", {}));
        QVERIFY(!holds(ConditionOp::Changed, "City", {}));
        QVERIFY(holds(ConditionOp::IsEmpty, "Email", {}));
        QVERIFY(holds(ConditionOp::IsNotEmpty, "City", {}));
        QVERIFY(!holds(ConditionOp::IsNotEmpty, "Email", {}));
        // All of them must hold; none is always true.
        QVERIFY(conditionsHold({}, before, after));
        QVERIFY(!conditionsHold(
            {{"City", ConditionOp::Equals, "Santos"}, {"Lead Status", ConditionOp::Equals, "New"}},
            before, after));
    }

    void conditionsAreCheckedForTheirTrigger()
    {
        const AutomationCondition changes{"Lead Status", ConditionOp::ChangesTo, "Won"};
        QCOMPARE(conditionsProblem(AutomationTrigger::RecordUpdated, {changes}), QString());
        QCOMPARE(conditionsProblem(AutomationTrigger::RecordCreated, {changes}),
                 QStringLiteral("automation_condition_needs_update"));
        QCOMPARE(conditionsProblem(AutomationTrigger::NoReply,
                                   {{"Department", ConditionOp::Changed, {}}}),
                 QStringLiteral("automation_condition_needs_update"));
        QCOMPARE(
            conditionsProblem(AutomationTrigger::RecordCreated, {{" ", ConditionOp::IsEmpty, {}}}),
            QStringLiteral("automation_condition_invalid"));
        QCOMPARE(conditionsProblem(AutomationTrigger::RecordCreated,
                                   {{"City", ConditionOp::Equals, " "}}),
                 QStringLiteral("automation_condition_invalid"));
        QCOMPARE(conditionsProblem(AutomationTrigger::RecordCreated,
                                   {{"City", ConditionOp::Equals, QString(201, QLatin1Char('x'))}}),
                 QStringLiteral("automation_condition_invalid"));
        QList<AutomationCondition> many(maxAutomationConditions + 1,
                                        {"City", ConditionOp::IsEmpty, {}});
        QCOMPARE(conditionsProblem(AutomationTrigger::RecordCreated, many),
                 QStringLiteral("automation_condition_invalid"));
        QCOMPARE(waitProblem(AutomationTrigger::NoReply, 0),
                 QStringLiteral("automation_wait_invalid"));
        QCOMPARE(waitProblem(AutomationTrigger::NoReply, maxNoReplyHours + 1),
                 QStringLiteral("automation_wait_invalid"));
        QCOMPARE(waitProblem(AutomationTrigger::NoReply, 24), QString());
        QCOMPARE(waitProblem(AutomationTrigger::ConversationClosed, 2),
                 QStringLiteral("automation_wait_invalid"));
    }

    void theLoopGuardStopsOwnActionsAndLongChains()
    {
        QCOMPARE(automationGuard(7, 0, 0), AutomationGuard::Run);
        QCOMPARE(automationGuard(7, 7, 1), AutomationGuard::OwnAction);
        QCOMPARE(automationGuard(7, 3, 1), AutomationGuard::Run);
        QCOMPARE(automationGuard(7, 3, maxAutomationDepth - 1), AutomationGuard::Run);
        QCOMPARE(automationGuard(7, 3, maxAutomationDepth), AutomationGuard::TooDeep);
        QCOMPARE(automationGuardCode(AutomationGuard::OwnAction),
                 QStringLiteral("automation_own_action"));
        QCOMPARE(automationGuardCode(AutomationGuard::TooDeep),
                 QStringLiteral("automation_too_deep"));
    }

    void aCustomerWaitsWhenTheyWroteLastLongEnoughAgo()
    {
        const qint64 hour = 3600 * 1000;
        const qint64 now = 100 * hour;
        QVERIFY(customerWaiting(false, now - 2 * hour, 0, now, 2));
        QVERIFY(!customerWaiting(false, now - 2 * hour + 1, 0, now, 2));
        QVERIFY(!customerWaiting(false, now - 3 * hour, now - 2 * hour, now, 2)); // answered
        QVERIFY(!customerWaiting(true, now - 3 * hour, 0, now, 2));               // closed
        QVERIFY(!customerWaiting(false, 0, 0, now, 2));                           // never wrote
    }

    void theRequestCarriesOnlyWhatTheActionUses()
    {
        Automation a;
        a.trigger = AutomationTrigger::NoReply;
        a.waitHours = 4;
        a.action = AutomationAction::Assign;
        a.teamId = 3;
        a.conditions = {{"Department", ConditionOp::Equals, "Sales"}};
        const QJsonObject json = toJson(a);
        QCOMPARE(json["trigger"].toString(), QStringLiteral("no_reply"));
        QCOMPARE(json["wait_hours"].toInt(), 4);
        QCOMPARE(json["team_id"].toInteger(), 3);
        QVERIFY(!json.contains(QStringLiteral("module")));
        QVERIFY(!json.contains(QStringLiteral("template_id")));
        QList<AutomationCondition> back;
        QString error;
        QVERIFY(conditionsFromJson(json["conditions"].toArray(), &back, &error));
        QCOMPARE(back, a.conditions);
        QVERIFY(!conditionsFromJson(QJsonArray{QJsonObject{{"field", "City"}}}, &back, &error));
        QVERIFY(!conditionsFromJson(QJsonArray{QJsonObject{{"field", "City"}, {"op", "sometimes"}}},
                                    &back, &error));
    }
};

QTEST_GUILESS_MAIN(AutomationRulesTest)
#include "tst_automationrules.moc"
