#include "ui/admin/peoplegroupdialog.h"

#include "ui/admin/peopletexts.h"
#include "ui/filters/checklist.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace parley::ui {

PeopleGroupDialog::PeopleGroupDialog(HubClient *hub, const QJsonArray &agents,
                                     const QJsonObject &group, QWidget *parent)
    : QDialog(parent), m_hub(hub), m_groupId(group.value(QStringLiteral("id")).toInteger()),
      m_name(new QLineEdit(group.value(QStringLiteral("name")).toString(), this)),
      m_members(new CheckList(this)), m_error(new QLabel(this))
{
    setWindowTitle(m_groupId == 0 ? tr("New group") : tr("Group %1").arg(m_name->text()));
    m_name->setObjectName(QStringLiteral("groupName"));
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_error->setObjectName(QStringLiteral("groupError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    for (const QJsonValue &agent : agents)
        m_members->addChoice(agent[QStringLiteral("name")].toString(),
                             agent[QStringLiteral("id")].toInteger());
    QVariantList members;
    for (const QJsonValue &id : group.value(QStringLiteral("members")).toArray())
        members.append(id.toInteger());
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
    if (!m_hub)
        return;
    QJsonArray members;
    for (const QVariant &id : m_members->checked())
        members.append(id.toLongLong());
    const QString path = m_groupId == 0 ? QStringLiteral("/api/v1/groups")
                                        : QStringLiteral("/api/v1/groups/%1").arg(m_groupId);
    m_hub->post(path,
                {{QStringLiteral("name"), m_name->text()}, {QStringLiteral("members"), members}},
                [this, self = QPointer(this)](const HubClient::Reply &reply) {
                    if (!self)
                        return;
                    if (!reply.ok()) {
                        m_error->setText(peopleErrorText(reply.error.code, reply.error.message));
                        m_error->show();
                        return;
                    }
                    emit saved(reply.json.value(QStringLiteral("group")).toObject());
                    accept();
                });
}

} // namespace parley::ui
