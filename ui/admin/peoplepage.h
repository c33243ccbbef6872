#pragma once

#include "core/domain/agent.h"
#include "core/sync/peopleapi.h"

#include "ui/admin/adminmirror.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace parley::ui {

class PeopleAgentDialog;
class PeopleGroupDialog;

// R9.1: the team. Agents with their role (admin, view and reply, view only), department, groups
// and whether they may log in; the groups that channels can assign new customers to; the
// departments. Agents come from the mirror first and then from the hub, which also has their
// groups; groups and departments are not mirrored and are read from the hub.
class PeoplePage : public QWidget {
    Q_OBJECT
public:
    PeoplePage(AdminMirror mirror, HubClient *hub, QWidget *parent = nullptr);

    QList<Agent> agents() const { return m_agents; }
    QList<AgentGroup> groups() const { return m_groups; }
    QStringList departments() const { return m_departments; }
    void selectAgent(Id id);
    void selectGroup(Id id);
    QString errorText() const;

public slots:
    void refresh(); // agents, groups and departments from the hub
    void reload();  // agents from the mirror, after a sync batch changed them
    PeopleAgentDialog *addAgent();
    PeopleAgentDialog *editCurrentAgent();
    PeopleGroupDialog *addGroup();
    PeopleGroupDialog *editCurrentGroup();
    // Asks first; returns the question, or null when no group is selected.
    QMessageBox *removeCurrentGroup();
    void addDepartment();

signals:
    void agentsShown();
    void groupsShown();
    void departmentsShown();

private:
    QWidget *agentsBox();
    QWidget *groupsBox();
    QWidget *departmentsBox();
    void showAgents(const QList<Agent> &agents);
    void showGroups(const QList<AgentGroup> &groups);
    QList<Id> groupsOf(Id agentId) const;
    std::optional<Agent> currentAgent() const;
    std::optional<AgentGroup> currentGroup() const;
    void showError(const HubError &error);

    AdminMirror m_mirror;
    AnswerOrder m_agentOrder;  // the mirror's agents, then the hub's
    QPointer<HubClient> m_hub; // for the dialogs
    PeopleApi m_people;
    QList<Agent> m_agents;
    QList<AgentGroup> m_groups;
    QStringList m_departments;
    QTableWidget *m_agentTable = nullptr;
    QListWidget *m_groupList = nullptr;
    QListWidget *m_departmentList = nullptr;
    QLineEdit *m_newDepartment = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace parley::ui
