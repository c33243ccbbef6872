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
        QCOMPARE(log->textAt(0, 1), QStringLiteral("Close won deals"));
        QCOMPARE(log->textAt(0, 2),
                 AutomationRunLog::triggerTitle(AutomationTrigger::RecordUpdated));
        QCOMPARE(log->textAt(0, 3), AutomationRunLog::tr("Record %1").arg(lonelyId));
        QCOMPARE(log->textAt(0, 4),
                 AutomationRunLog::tr("Skipped: %1")
                     .arg(QCoreApplication::translate(
                         "HubError", "The record has no conversation to act on.")));
        QCOMPARE(log->textAt(1, 3), AutomationRunLog::tr("Record %1").arg(lead));
        QCOMPARE(log->textAt(1, 4), AutomationRunLog::tr("Done"));
        QVERIFY(!log->textAt(1, 0).isEmpty());
        QCOMPARE(log->errorText(), QString());
    }

private:
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
