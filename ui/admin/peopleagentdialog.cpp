#include "ui/admin/peopleagentdialog.h"

#include "ui/admin/peopletexts.h"
#include "ui/filters/checklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

PeopleAgentDialog::PeopleAgentDialog(HubClient *hub, const QStringList &departments,
                                     const QJsonArray &groups, const Agent &editing,
                                     const QList<Id> &memberOf, QWidget *parent)
    : QDialog(parent), m_hub(hub), m_editing(editing), m_name(new QLineEdit(editing.name, this)),
      m_password(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_department(new QComboBox(this)), m_active(new QCheckBox(tr("Active: may log in"), this)),
      m_groups(new CheckList(this)), m_error(new QLabel(this))
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
    for (const QJsonValue &group : groups)
        m_groups->addChoice(group[QStringLiteral("name")].toString(),
                            group[QStringLiteral("id")].toInteger());
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
    if (!m_hub)
        return;
    QJsonArray groups;
    for (const QVariant &id : m_groups->checked())
        groups.append(id.toLongLong());
    QJsonObject changes{{QStringLiteral("name"), m_name->text()},
                        {QStringLiteral("role"), m_role->currentData().toString()},
                        {QStringLiteral("department"), m_department->currentData().toString()},
                        {QStringLiteral("groups"), groups}};
    m_save->setEnabled(false);
    if (!isNew()) {
        changes.insert(QStringLiteral("active"), m_active->isChecked());
        if (!m_password->text().isEmpty())
            changes.insert(QStringLiteral("password"), m_password->text());
        update(m_editing.id, changes);
        return;
    }
    QJsonObject created = changes;
    created.remove(QStringLiteral("groups"));
    created.insert(QStringLiteral("login"), m_login->text());
    created.insert(QStringLiteral("password"), m_password->text());
    m_hub->post(QStringLiteral("/api/v1/agents"), created,
                [this, self = QPointer(this), groups](const HubClient::Reply &reply) {
                    if (!self)
                        return;
                    if (!reply.ok())
                        return fail(reply);
                    const QJsonObject agent = reply.json.value(QStringLiteral("agent")).toObject();
                    m_editing.id = agent.value(QStringLiteral("id")).toInteger();
                    update(m_editing.id, {{QStringLiteral("groups"), groups}});
                });
}

void PeopleAgentDialog::update(Id agentId, QJsonObject changes)
{
    m_hub->post(QStringLiteral("/api/v1/agents/%1").arg(agentId), changes,
                [this, self = QPointer(this)](const HubClient::Reply &reply) {
                    if (!self)
                        return;
                    if (!reply.ok())
                        return fail(reply);
                    emit saved(reply.json.value(QStringLiteral("agent")).toObject());
                    accept();
                });
}

void PeopleAgentDialog::fail(const HubClient::Reply &reply)
{
    m_save->setEnabled(true);
    m_error->setText(peopleErrorText(reply.error.code, reply.error.message));
    m_error->show();
}

} // namespace parley::ui
