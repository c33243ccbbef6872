#include "ui/admin/peoplegroupdialog.h"

#include "ui/admin/peopletexts.h"
#include "ui/filters/checklist.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace parley::ui {

PeopleGroupDialog::PeopleGroupDialog(HubClient *hub, const QList<Agent> &agents,
                                     const AgentGroup &group, QWidget *parent)
    : QDialog(parent), m_people(HubApi(hub)), m_groupId(group.id),
      m_name(new QLineEdit(group.name, this)), m_members(new CheckList(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(m_groupId == 0 ? tr("New group") : tr("Group %1").arg(m_name->text()));
    m_name->setObjectName(QStringLiteral("groupName"));
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_error->setObjectName(QStringLiteral("groupError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    for (const Agent &agent : agents)
        m_members->addChoice(agent.name, agent.id);
    QVariantList members;
    for (Id id : group.members)
        members.append(id);
    m_members->setChecked(members);

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Members:"), m_members);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PeopleGroupDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PeopleGroupDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void PeopleGroupDialog::save()
{
    if (!m_people.isConnected())
        return;
    AgentGroup group{m_groupId, m_name->text(), {}};
    for (const QVariant &id : m_members->checked())
        group.members.append(id.toLongLong());
    m_people.saveGroup(group, [this, self = QPointer(this)](const HubResult<AgentGroup> &stored) {
        if (!self)
            return;
        if (!stored.ok()) {
            m_error->setText(stored.error().text());
            m_error->show();
            return;
        }
        emit saved(*stored);
        accept();
    });
}

} // namespace parley::ui
