#include "ui/admin/peopleagentdialog.h"

#include "ui/admin/peopletexts.h"
#include "ui/filters/checklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

PeopleAgentDialog::PeopleAgentDialog(HubClient *hub, const QStringList &departments,
                                     const QList<AgentGroup> &groups, const Agent &editing,
                                     const QList<Id> &memberOf, QWidget *parent)
    : QDialog(parent), m_people(HubApi(hub)), m_editing(editing),
      m_name(new QLineEdit(editing.name, this)), m_password(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_department(new QComboBox(this)),
      m_active(new QCheckBox(tr("Active: may log in"), this)), m_groups(new CheckList(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(isNew() ? tr("Add an agent") : tr("Agent %1").arg(editing.name));
    m_name->setObjectName(QStringLiteral("agentName"));
    m_password->setObjectName(QStringLiteral("agentPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_role->setObjectName(QStringLiteral("agentRole"));
    m_department->setObjectName(QStringLiteral("agentDepartment"));
    m_active->setObjectName(QStringLiteral("agentActive"));
    m_groups->setObjectName(QStringLiteral("agentGroups"));
    m_error->setObjectName(QStringLiteral("agentError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    for (Role role : {Role::Admin, Role::Agent, Role::Viewer})
        m_role->addItem(roleText(role), roleName(role));
    m_role->setCurrentIndex(m_role->findData(roleName(editing.role)));
    m_department->addItem(tr("(none)"), QString());
    for (const QString &department : departments)
        m_department->addItem(department, department);
    m_department->setCurrentIndex(qMax(0, m_department->findData(editing.department)));
    m_active->setChecked(editing.active);
    for (const AgentGroup &group : groups)
        m_groups->addChoice(group.name, group.id);
    QVariantList checked;
    for (Id id : memberOf)
        checked.append(id);
    m_groups->setChecked(checked);
    m_groups->setMaximumHeight(120);

    auto *form = new QFormLayout;
    if (isNew()) {
        m_login = new QLineEdit(this);
        m_login->setObjectName(QStringLiteral("agentLogin"));
        form->addRow(tr("Login:"), m_login);
    }
    form->addRow(tr("Name:"), m_name);
    form->addRow(isNew() ? tr("Password:") : tr("New password (empty: unchanged):"), m_password);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Department:"), m_department);
    form->addRow(tr("Groups:"), m_groups);
    if (!isNew())
        form->addRow(m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveAgent"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PeopleAgentDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PeopleAgentDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PeopleAgentDialog::save()
{
    if (!m_people.isConnected())
        return;
    QList<Id> groups;
    for (const QVariant &id : m_groups->checked())
        groups.append(id.toLongLong());
    Role role = Role::Agent;
    roleFromName(m_role->currentData().toString(), &role);
    m_save->setEnabled(false);
    if (!isNew()) {
        AgentChanges changes;
        changes.name = m_name->text();
        changes.role = role;
        changes.department = m_department->currentData().toString();
        changes.groups = groups;
        changes.active = m_active->isChecked();
        if (!m_password->text().isEmpty())
            changes.password = m_password->text();
        update(m_editing.id, changes);
        return;
    }
    const NewAgent created{m_login->text(), m_name->text(), m_password->text(), role,
                           m_department->currentData().toString()};
    m_people.createAgent(created,
                         [this, self = QPointer(this), groups](const HubResult<Agent> &agent) {
                             if (!self)
                                 return;
                             if (!agent.ok())
                                 return fail(agent.error());
                             m_editing.id = agent->id;
                             AgentChanges membership;
                             membership.groups = groups;
                             update(m_editing.id, membership);
                         });
}

void PeopleAgentDialog::update(Id agentId, const AgentChanges &changes)
{
    m_people.updateAgent(agentId, changes,
                         [this, self = QPointer(this)](const HubResult<Agent> &agent) {
                             if (!self)
                                 return;
                             if (!agent.ok())
                                 return fail(agent.error());
                             emit saved(*agent);
                             accept();
                         });
}

void PeopleAgentDialog::fail(const HubError &error)
{
    m_save->setEnabled(true);
    m_error->setText(error.text());
    m_error->show();
}

} // namespace parley::ui
