// The admin People screen (R9.1) against a real parley-hub: roles round-trip, the team keeps
// one admin, agents and groups are added, a group is deleted only after a confirmation, and
// departments are added.
#include "adminpagefixture.h"
#include "ui/admin/peopleagentdialog.h"
#include "ui/admin/peoplegroupdialog.h"
#include "ui/admin/peoplepage.h"
#include "ui/admin/peopletexts.h"
#include "ui/filters/checklist.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class PeoplePageTest : public QObject, protected AdminPageFixture {
    Q_OBJECT
private:
    QJsonObject hubAgent(const QString &login)
    {
        for (const QJsonValue &each :
             m_hub.getList(QStringLiteral("/api/v1/agents"), QStringLiteral("agents"), m_admin)) {
            if (each[QStringLiteral("login")].toString() == login)
                return each.toObject();
        }
        return {};
    }

    QJsonArray hubGroups()
    {
        return m_hub.getList(QStringLiteral("/api/v1/groups"), QStringLiteral("groups"), m_admin);
    }

    std::unique_ptr<PeoplePage> openPage()
    {
        auto page = std::make_unique<PeoplePage>(m_mirror.database(), &m_client);
        QSignalSpy agents(page.get(), &PeoplePage::agentsShown);
        QSignalSpy departments(page.get(), &PeoplePage::departmentsShown);
        if (!agents.wait(5000) || !(departments.count() || departments.wait(5000)))
            qWarning("the page did not load");
        return page;
    }

    QString cell(const PeoplePage &page, Id agentId, int column)
    {
        auto *table = child<QTableWidget>(page, "agentTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == agentId)
                return table->item(row, column)->text();
        }
        return {};
    }

    // Saves a dialog and waits for the page to show the hub's answer.
    template <typename Dialog> bool saveAndReload(PeoplePage &page, Dialog *dialog)
    {
        QSignalSpy saved(dialog, &Dialog::saved);
        QSignalSpy shown(&page, &PeoplePage::agentsShown);
        dialog->save();
        return saved.wait(5000) && shown.wait(5000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(setUpAdmin());
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY2(startHubAsAdmin(), m_hub.log().constData());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/departments"), {{"name", "Sales"}}, m_admin).status,
            201);
    }

    void aRoleChangeRoundTrips()
    {
        auto page = openPage();
        const Id bo = hubAgent(QStringLiteral("bo"))[QStringLiteral("id")].toInteger();
        QCOMPARE(cell(*page, bo, 2), roleText(Role::Agent));
        page->selectAgent(bo);
        PeopleAgentDialog *dialog = page->editCurrentAgent();
        QVERIFY(dialog);
        auto *role = child<QComboBox>(*dialog, "agentRole");
        QCOMPARE(role->currentData().toString(), QStringLiteral("agent"));
        role->setCurrentIndex(role->findData(QStringLiteral("viewer")));
        auto *department = child<QComboBox>(*dialog, "agentDepartment");
        department->setCurrentIndex(department->findData(QStringLiteral("Sales")));
        QVERIFY(saveAndReload(*page, dialog));

        QCOMPARE(hubAgent(QStringLiteral("bo"))[QStringLiteral("role")].toString(),
                 QStringLiteral("viewer"));
        QCOMPARE(hubAgent(QStringLiteral("bo"))[QStringLiteral("department")].toString(),
                 QStringLiteral("Sales"));
        QCOMPARE(cell(*page, bo, 2), roleText(Role::Viewer));
        QCOMPARE(cell(*page, bo, 3), QStringLiteral("Sales"));
        page->selectAgent(bo);
        dialog = page->editCurrentAgent();
        QCOMPARE(child<QComboBox>(*dialog, "agentRole")->currentData().toString(),
                 QStringLiteral("viewer"));
        // A viewer cannot send: the hub now refuses bo's writes.
        const QString boToken = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/predefined-texts"),
                           {{"name", "x"}, {"module", "Leads"}, {"body", "y"}}, boToken)
                     .status,
                 403);
        dialog->reject();
    }

    void theOnlyAdminKeepsTheRole()
    {
        auto page = openPage();
        page->selectAgent(1);
        PeopleAgentDialog *dialog = page->editCurrentAgent();
        auto *role = child<QComboBox>(*dialog, "agentRole");
        role->setCurrentIndex(role->findData(QStringLiteral("agent")));
        QSignalSpy saved(dialog, &PeopleAgentDialog::saved);
        dialog->save();
        QTRY_VERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(dialog->errorText(), peopleErrorText(QStringLiteral("agent_last_admin"), {}));
        QVERIFY(saved.isEmpty());
        QCOMPARE(hubAgent(QStringLiteral("admin"))[QStringLiteral("role")].toString(),
                 QStringLiteral("admin"));
        dialog->reject();
    }

    void agentsAndGroupsAreAdded()
    {
        auto page = openPage();
        PeopleGroupDialog *group = page->addGroup();
        child<QLineEdit>(*group, "groupName")->setText(QStringLiteral("Night shift"));
        child<CheckList>(*group, "groupMembers")->setChecked({qlonglong(1)});
        QSignalSpy groups(page.get(), &PeoplePage::groupsShown);
        QVERIFY(saveAndReload(*page, group));
        QCOMPARE(hubGroups().size(), 1);
        const Id groupId = hubGroups().first()[QStringLiteral("id")].toInteger();
        QCOMPARE(page->groups().size(), 1);

        PeopleAgentDialog *dialog = page->addAgent();
        child<QLineEdit>(*dialog, "agentLogin")->setText(QStringLiteral("cy"));
        child<QLineEdit>(*dialog, "agentName")->setText(QStringLiteral("Cy Costa"));
        child<QLineEdit>(*dialog, "agentPassword")->setText(QStringLiteral("short"));
        dialog->save();
        QTRY_COMPARE(dialog->errorText(),
                     peopleErrorText(QStringLiteral("agent_password_too_short"), {}));
        child<QLineEdit>(*dialog, "agentPassword")->setText(QStringLiteral("cy-password-long"));
        auto *role = child<QComboBox>(*dialog, "agentRole");
        role->setCurrentIndex(role->findData(QStringLiteral("admin")));
        child<CheckList>(*dialog, "agentGroups")->setChecked({groupId});
        QVERIFY(saveAndReload(*page, dialog));
        const QJsonObject cy = hubAgent(QStringLiteral("cy"));
        QCOMPARE(cy[QStringLiteral("role")].toString(), QStringLiteral("admin"));
        QCOMPARE(cy[QStringLiteral("groups")].toArray(), QJsonArray{groupId});
        QCOMPARE(cell(*page, cy[QStringLiteral("id")].toInteger(), 4),
                 QStringLiteral("Night shift"));
        QVERIFY(!m_hub.login(QStringLiteral("cy"), QStringLiteral("cy-password-long")).isEmpty());
    }

    void deletingAGroupAsksFirst()
    {
        auto page = openPage();
        QTRY_COMPARE(child<QListWidget>(*page, "groupList")->count(), 1);
        const Id groupId = hubGroups().first()[QStringLiteral("id")].toInteger();
        page->selectGroup(groupId);
        QMessageBox *question = page->removeCurrentGroup();
        QVERIFY(question);
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::Cancel));
        question->button(QMessageBox::Cancel)->click();
        QTest::qWait(300);
        QCOMPARE(hubGroups().size(), 1);

        question = page->removeCurrentGroup();
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *each : question->buttons()) {
            if (question->buttonRole(each) == QMessageBox::DestructiveRole)
                yes = each;
        }
        QVERIFY(yes);
        QSignalSpy groups(page.get(), &PeoplePage::groupsShown);
        yes->click();
        QVERIFY(groups.wait(5000));
        QCOMPARE(hubGroups().size(), 0);
        QCOMPARE(child<QListWidget>(*page, "groupList")->count(), 0);
    }

    void departmentsAreAdded()
    {
        auto page = openPage();
        child<QLineEdit>(*page, "newDepartment")->setText(QStringLiteral("  Brand B "));
        QSignalSpy shown(page.get(), &PeoplePage::departmentsShown);
        child<QPushButton>(*page, "addDepartment")->click();
        QVERIFY(shown.wait(5000));
        QVERIFY(page->departments().contains(QStringLiteral("Brand B")));
        QCOMPARE(child<QListWidget>(*page, "departmentList")->count(), page->departments().size());
        QVERIFY(m_hub.get(QStringLiteral("/api/v1/departments"), m_admin)
                    .json()
                    .value(QStringLiteral("departments"))
                    .toArray()
                    .contains(QStringLiteral("Brand B")));
    }
};

QTEST_MAIN(PeoplePageTest)
#include "tst_peoplepage.moc"
