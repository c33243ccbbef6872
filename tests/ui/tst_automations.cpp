// The admin's automations (R6.5) against the real hub and the real cloud simulator: an
// automation set up in the dialog with a field condition and a conversation action runs when
// the hub sees the change, and the run log tab shows what it did and what it skipped, and why.
#include "adminpagefixture.h"
#include "simprocess.h"
#include "ui/admin/automationconditions.h"
#include "ui/admin/automationdialog.h"
#include "ui/admin/automationpanel.h"
#include "ui/admin/automationrunlog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class AutomationsTest : public QObject, public AdminPageFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(setUpAdmin());
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
        QVERIFY(!m_admin.isEmpty());
        m_client.setHub(m_hub.url());
        m_client.setToken(m_admin);
    }

    void anAutomationSetUpInTheDialogRunsAndIsLogged()
    {
        AutomationPanel panel(m_mirror.database(), &m_client);
        QSignalSpy loaded(&panel, &AutomationPanel::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(panel.rowCount(), 0);

        AutomationDialog *dialog = panel.add();
        dialog->setName(QStringLiteral("Close won deals"));
        dialog->setTrigger(AutomationTrigger::RecordUpdated);
        dialog->setModule(Module::Leads);
        dialog->setAction(AutomationAction::Close);
        // The condition typed as an admin would: field, operator, value, Add.
        AutomationConditions *conditions = dialog->conditions();
        auto *field = conditions->findChildren<QComboBox *>().at(0);
        auto *op = conditions->findChildren<QComboBox *>().at(1);
        field->setCurrentText(QStringLiteral("Lead Status"));
        op->setCurrentIndex(op->findData(int(ConditionOp::ChangesTo)));
        conditions->findChild<QLineEdit *>()->setText(QStringLiteral("Won"));
        auto *add = conditions->findChildren<QPushButton *>().at(0);
        QCOMPARE(add->text(), AutomationConditions::tr("Add condition"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(conditions->count(), 1);
        QCOMPARE(
            conditions->findChild<QListWidget *>(QStringLiteral("conditions"))->item(0)->text(),
            AutomationConditions::describe({"Lead Status", ConditionOp::ChangesTo, "Won"}));
        // "changes to" is for updates only: another trigger drops it.
        dialog->setTrigger(AutomationTrigger::RecordCreated);
        QCOMPARE(conditions->count(), 0);
        dialog->setTrigger(AutomationTrigger::RecordUpdated);
        QVERIFY(conditions->addCondition(QStringLiteral("Lead Status"), ConditionOp::ChangesTo,
                                         QStringLiteral("Won")));
        QVERIFY(dialog->canCreate());
        dialog->create();
        QTRY_COMPARE_WITH_TIMEOUT(panel.rowCount(), 1, 5000);
        auto *table = panel.findChild<QAbstractItemView *>(QStringLiteral("automations"));
        QVERIFY(table->model()->index(0, 0).data().toString().startsWith(
            QStringLiteral("Close won deals")));
        QCOMPARE(table->model()->index(0, 1).data().toString(),
                 AutomationConditions::describe({"Lead Status", ConditionOp::ChangesTo, "Won"}));

        // A lead the webhook made for a customer who wrote, then won: its conversation closes.
        const QString number = QStringLiteral("5511987650501");
        QVERIFY(
            !m_sim.inbound(number, QStringLiteral("Lia"), QStringLiteral("Fechado!")).isEmpty());
        const qint64 lead = recordWithNumber(number);
        QVERIFY(lead > 0);
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records/%1").arg(lead),
                           {{"fields", QJsonObject{{"Lead Status", "Won"}}}}, m_admin)
                     .status,
                 200);
        // A lead without a conversation has nothing to close: skipped.
        const HttpReply lonely = m_hub.post(
            QStringLiteral("/api/v1/records"),
            {{"module", "Leads"}, {"fields", QJsonObject{{"First Name", "Sem Conversa"}}}},
            m_admin);
        QCOMPARE(lonely.status, 201);
        const qint64 lonelyId = lonely.json().value(QStringLiteral("record"))["id"].toInteger();
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/records/%1").arg(lonelyId),
                           {{"fields", QJsonObject{{"Lead Status", "won"}}}}, m_admin)
                     .status,
                 200);

        AutomationRunLog *log = panel.runLog();
        QSignalSpy runsLoaded(log, &AutomationRunLog::loaded);
        QDeadlineTimer deadline(10000);
        while (log->rowCount() < 2 && !deadline.hasExpired()) {
            panel.showRunLog();
            QVERIFY(runsLoaded.wait(5000));
            if (log->rowCount() < 2)
                QTest::qWait(200);
        }
        QCOMPARE(log->rowCount(), 2);
        // Newest first: the skipped one, then the one that closed the conversation.
        QCOMPARE(log->textAt(0, AutomationRunLog::AutomationColumn),
                 QStringLiteral("Close won deals"));
        QCOMPARE(log->textAt(0, AutomationRunLog::TriggerColumn),
                 AutomationRunLog::triggerTitle(AutomationTrigger::RecordUpdated));
        // Issue #14 item 3: what each run acted on by name, and who has it.
        QCOMPARE(log->textAt(0, AutomationRunLog::TargetColumn), QStringLiteral("Sem Conversa"));
        QCOMPARE(log->textAt(0, AutomationRunLog::AgentColumn), ownerName(lonelyId));
        QCOMPARE(log->textAt(0, AutomationRunLog::OutcomeColumn),
                 AutomationRunLog::tr("Skipped: %1")
                     .arg(QCoreApplication::translate(
                         "HubError", "The record has no conversation to act on.")));
        QCOMPARE(log->textAt(1, AutomationRunLog::TargetColumn), QStringLiteral("Lia"));
        QCOMPARE(log->textAt(1, AutomationRunLog::AgentColumn), ownerName(lead));
        QCOMPARE(log->textAt(1, AutomationRunLog::OutcomeColumn), AutomationRunLog::tr("Done"));
        QVERIFY(!log->textAt(1, AutomationRunLog::TimeColumn).isEmpty());
        QCOMPARE(log->errorText(), QString());
    }

    void aNameThatIsGoneReadsAsItsId()
    {
        AutomationRun run;
        run.targetKind = QStringLiteral("record");
        run.targetId = 42;
        run.agentId = 7;
        QCOMPARE(AutomationRunLog::targetText(run), AutomationRunLog::tr("Record #%1").arg(42));
        QCOMPARE(AutomationRunLog::agentText(run), QStringLiteral("#7"));
        run.targetKind = QStringLiteral("conversation");
        QCOMPARE(AutomationRunLog::targetText(run),
                 AutomationRunLog::tr("Conversation #%1").arg(42));
        run.agentId = 0;
        QCOMPARE(AutomationRunLog::agentText(run), QString()); // nobody assigned
        // A hub without names: the reply still reads.
        AutomationRun decoded;
        QString error;
        QVERIFY2(fromJson(QJsonObject{{"id", 3},
                                      {"automation_id", 1},
                                      {"trigger", "record_created"},
                                      {"target_kind", "record"},
                                      {"target_id", 42},
                                      {"outcome", "done"},
                                      {"ran_at", "2026-12-05T12:00:00Z"}},
                          &decoded, &error),
                 qPrintable(error));
        QCOMPARE(decoded.targetName, QString());
        QCOMPARE(decoded.agentId, Id(0));
    }

private:
    // The name of the record's owner as the hub has it; empty when it has none.
    QString ownerName(qint64 record)
    {
        qint64 owner = 0;
        for (const QJsonValue &found :
             m_hub.getList(QStringLiteral("/api/v1/records"), QStringLiteral("records"), m_admin)) {
            if (found["id"].toInteger() == record)
                owner = found["owner_id"].toInteger();
        }
        for (const QJsonValue &agent :
             m_hub.getList(QStringLiteral("/api/v1/agents"), QStringLiteral("agents"), m_admin)) {
            if (owner > 0 && agent["id"].toInteger() == owner)
                return agent["name"].toString();
        }
        return {};
    }

    qint64 recordWithNumber(const QString &number)
    {
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            for (const QJsonValue &event : m_hub.events(m_admin)) {
                if (event["type"].toString() == QLatin1String("conversation.created") &&
                    event["data"]["customer_number"].toString() == number &&
                    event["data"]["record_id"].toInteger() > 0)
                    return event["data"]["record_id"].toInteger();
            }
            QTest::qWait(50);
        }
        return 0;
    }

    SimProcess m_sim;
};

QTEST_MAIN(AutomationsTest)
#include "tst_automations.moc"
