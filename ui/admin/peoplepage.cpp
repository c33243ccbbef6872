#include "ui/admin/peoplepage.h"

#include "core/mirror/adminreads.h"
#include "ui/admin/peopleagentdialog.h"
#include "ui/admin/peoplegroupdialog.h"
#include "ui/admin/peopletexts.h"

#include <QPointer>

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

PeoplePage::PeoplePage(AdminMirror mirror, HubClient *hub, QWidget *parent)
    : QWidget(parent), m_mirror(mirror), m_hub(hub), m_people(HubApi(hub)),
      m_error(new QLabel(this))
{
    m_error->setObjectName(QStringLiteral("peopleError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *side = new QVBoxLayout;
    side->addWidget(groupsBox());
    side->addWidget(departmentsBox());
    auto *columns = new QHBoxLayout;
    columns->addWidget(agentsBox(), 2);
    columns->addLayout(side, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(columns);
    reload();
    refresh();
}

QWidget *PeoplePage::agentsBox()
{
    auto *box = new QGroupBox(tr("Agents"), this);
    m_agentTable = new QTableWidget(box);
    m_agentTable->setObjectName(QStringLiteral("agentTable"));
    m_agentTable->setAccessibleName(box->title());
    m_agentTable->setColumnCount(6);
    m_agentTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Login"), tr("Role"), tr("Department"), tr("Groups"), tr("Status")});
    m_agentTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agentTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agentTable->verticalHeader()->hide();
    m_agentTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *buttons = new QHBoxLayout;
    auto *add = button(tr("Add agent…"), "addAgent", box);
    auto *edit = button(tr("Change…"), "editAgent", box);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_agentTable);
    connect(add, &QPushButton::clicked, this, &PeoplePage::addAgent);
    connect(edit, &QPushButton::clicked, this, &PeoplePage::editCurrentAgent);
    connect(m_agentTable, &QTableWidget::cellDoubleClicked, this, &PeoplePage::editCurrentAgent);
    return box;
}

QWidget *PeoplePage::groupsBox()
{
    auto *box = new QGroupBox(tr("Groups"), this);
    m_groupList = new QListWidget(box);
    m_groupList->setObjectName(QStringLiteral("groupList"));
    m_groupList->setAccessibleName(box->title());
    auto *add = button(tr("New…"), "addGroup", box);
    auto *edit = button(tr("Change…"), "editGroup", box);
    auto *remove = button(tr("Delete…"), "removeGroup", box);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *each : {add, edit, remove})
        buttons->addWidget(each);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(m_groupList);
    connect(add, &QPushButton::clicked, this, &PeoplePage::addGroup);
    connect(edit, &QPushButton::clicked, this, &PeoplePage::editCurrentGroup);
    connect(remove, &QPushButton::clicked, this, &PeoplePage::removeCurrentGroup);
    return box;
}

QWidget *PeoplePage::departmentsBox()
{
    auto *box = new QGroupBox(tr("Departments"), this);
    m_departmentList = new QListWidget(box);
    m_departmentList->setObjectName(QStringLiteral("departmentList"));
    m_departmentList->setAccessibleName(box->title());
    m_newDepartment = new QLineEdit(box);
    m_newDepartment->setObjectName(QStringLiteral("newDepartment"));
    m_newDepartment->setPlaceholderText(tr("New department or brand"));
    auto *add = button(tr("Add"), "addDepartment", box);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newDepartment);
    row->addWidget(add);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_departmentList);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &PeoplePage::addDepartment);
    connect(m_newDepartment, &QLineEdit::returnPressed, this, &PeoplePage::addDepartment);
    return box;
}

void PeoplePage::reload()
{
    const AnswerOrder::Question question = m_agentOrder.askMirror();
    m_mirror.read<QList<Agent>>(this, readAdminAgents,
                                [this, question](const QList<Agent> &mirrored) {
                                    if (m_agentOrder.mirrorMayShow(question) && !mirrored.isEmpty())
                                        showAgents(mirrored);
                                });
}

void PeoplePage::refresh()
{
    if (!m_people.isConnected())
        return;
    m_people.groups([this, self = QPointer(this)](const HubResult<QList<AgentGroup>> &groups) {
        if (!self)
            return;
        if (!groups.ok())
            return showError(groups.error());
        showGroups(*groups);
        // The agents' Groups column needs the groups' names, so agents come after them.
        m_people.agents([this, self](const HubResult<QList<Agent>> &agents) {
            if (!self)
                return;
            if (!agents.ok())
                return showError(agents.error());
            m_agentOrder.hubShown();
            showAgents(*agents);
        });
    });
    m_people.departments([this, self = QPointer(this)](const HubResult<QStringList> &names) {
        if (!self)
            return;
        if (!names.ok())
            return showError(names.error());
        m_departments = *names;
        m_departmentList->clear();
        m_departmentList->addItems(m_departments);
        emit departmentsShown();
    });
}

void PeoplePage::showAgents(const QList<Agent> &agents)
{
    const std::optional<Agent> selected = currentAgent();
    m_agents = agents;
    m_agentTable->setRowCount(int(agents.size()));
    for (int row = 0; row < agents.size(); ++row) {
        const Agent &agent = agents.at(row);
        QStringList groupNames;
        const QList<Id> memberOf = groupsOf(agent.id);
        for (const AgentGroup &group : std::as_const(m_groups)) {
            if (memberOf.contains(group.id))
                groupNames << group.name;
        }
        const QStringList cells = {agent.name,
                                   agent.login,
                                   roleText(agent.role),
                                   agent.department,
                                   groupNames.join(QStringLiteral(", ")),
                                   agent.active ? tr("Active") : tr("Inactive")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, agent.id);
            m_agentTable->setItem(row, column, item);
        }
    }
    if (selected)
        selectAgent(selected->id);
    emit agentsShown();
}

void PeoplePage::showGroups(const QList<AgentGroup> &groups)
{
    const std::optional<AgentGroup> current = currentGroup();
    const Id selected = current ? current->id : 0;
    m_groups = groups;
    m_groupList->clear();
    for (const AgentGroup &group : groups) {
        auto *item = new QListWidgetItem(
            tr("%1 (%n member(s))", nullptr, int(group.members.size())).arg(group.name),
            m_groupList);
        item->setData(Qt::UserRole, group.id);
    }
    selectGroup(selected);
    emit groupsShown();
}

QList<Id> PeoplePage::groupsOf(Id agentId) const
{
    QList<Id> ids;
    for (const AgentGroup &group : m_groups) {
        if (group.members.contains(agentId))
            ids.append(group.id);
    }
    return ids;
}

std::optional<Agent> PeoplePage::currentAgent() const
{
    const int row = m_agentTable->currentRow();
    if (row < 0 || row >= m_agents.size() || m_agentTable->selectedItems().isEmpty())
        return std::nullopt;
    return m_agents.at(row);
}

std::optional<AgentGroup> PeoplePage::currentGroup() const
{
    const QListWidgetItem *item = m_groupList->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    for (const AgentGroup &group : m_groups) {
        if (group.id == item->data(Qt::UserRole).toLongLong())
            return group;
    }
    return std::nullopt;
}

void PeoplePage::selectAgent(Id id)
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).id == id)
            m_agentTable->selectRow(row);
    }
}

void PeoplePage::selectGroup(Id id)
{
    for (int row = 0; row < m_groupList->count(); ++row) {
        if (m_groupList->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_groupList->setCurrentRow(row);
    }
}

PeopleAgentDialog *PeoplePage::addAgent()
{
    auto *dialog = new PeopleAgentDialog(m_hub, m_departments, m_groups, {}, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PeopleAgentDialog::saved, this, &PeoplePage::refresh);
    dialog->open();
    return dialog;
}

PeopleAgentDialog *PeoplePage::editCurrentAgent()
{
    const std::optional<Agent> agent = currentAgent();
    if (!agent)
        return nullptr;
    auto *dialog =
        new PeopleAgentDialog(m_hub, m_departments, m_groups, *agent, groupsOf(agent->id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PeopleAgentDialog::saved, this, &PeoplePage::refresh);
    dialog->open();
    return dialog;
}

PeopleGroupDialog *PeoplePage::addGroup()
{
    auto *dialog = new PeopleGroupDialog(m_hub, m_agents, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PeopleGroupDialog::saved, this, &PeoplePage::refresh);
    dialog->open();
    return dialog;
}

PeopleGroupDialog *PeoplePage::editCurrentGroup()
{
    const std::optional<AgentGroup> group = currentGroup();
    if (!group)
        return nullptr;
    auto *dialog = new PeopleGroupDialog(m_hub, m_agents, *group, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PeopleGroupDialog::saved, this, &PeoplePage::refresh);
    dialog->open();
    return dialog;
}

QMessageBox *PeoplePage::removeCurrentGroup()
{
    const std::optional<AgentGroup> group = currentGroup();
    if (!group || !m_people.isConnected())
        return nullptr;
    const QString name = group->name;
    auto *question = new QMessageBox(
        QMessageBox::Question, tr("Delete group %1").arg(name),
        tr("Delete the group %1? Its members stay; channels that assign new customers to it "
           "fall back to their department.")
            .arg(name),
        QMessageBox::Cancel, this);
    QPushButton *yes = question->addButton(tr("Delete group"), QMessageBox::DestructiveRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const Id id = group->id;
    connect(question, &QMessageBox::buttonClicked, this, [this, yes, id](QAbstractButton *b) {
        if (b != yes)
            return;
        m_people.removeGroup(id, [this, self = QPointer(this)](const HubResult<Done> &removed) {
            if (!self)
                return;
            if (!removed.ok())
                showError(removed.error());
            refresh();
        });
    });
    question->open();
    return question;
}

void PeoplePage::addDepartment()
{
    const QString name = m_newDepartment->text().trimmed();
    if (!m_people.isConnected() || name.isEmpty())
        return;
    m_people.addDepartment(name, [this, self = QPointer(this)](const HubResult<Done> &added) {
        if (!self)
            return;
        if (!added.ok())
            return showError(added.error());
        m_newDepartment->clear();
        refresh();
    });
}

QString PeoplePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PeoplePage::showError(const HubError &error)
{
    m_error->setText(error.text());
    m_error->show();
}

} // namespace parley::ui
