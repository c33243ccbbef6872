#include "ui/admin/automationdialog.h"

#include "core/mirror/mirrorreads.h"
#include "ui/filters/errorlabel.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace parley::ui {

AutomationDialog::AutomationDialog(QSqlDatabase mirror, HubClient *hub, QWidget *parent)
    : QDialog(parent), m_db(mirror), m_automations(HubApi(hub)), m_module(new QComboBox(this)),
      m_template(new QComboBox(this)), m_channel(new QComboBox(this)), m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("New automation"));
    for (Module module : {Module::Leads, Module::Contacts})
        m_module->addItem(moduleTitle(module), int(module));
    for (const Channel &channel : MirrorReads(mirror).channels()) {
        if (channel.status == ChannelStatus::Connected)
            m_channel->addItem(QStringLiteral("%1 · %2").arg(channel.name, channel.displayNumber),
                               channel.id);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("When a record is created in:"), m_module);
    form->addRow(tr("Send the template:"), m_template);
    form->addRow(tr("From the WhatsApp number:"), m_channel);
    form->addRow(new QLabel(tr("It goes to the record's Mobile, or else its Phone, and is "
                               "charged like any template."),
                            this));
    form->addRow(m_error);
    form->addRow(buttons);
    connect(m_module, &QComboBox::currentIndexChanged, this, &AutomationDialog::loadTemplates);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &AutomationDialog::create);
    loadTemplates();
}

void AutomationDialog::setModule(Module module)
{
    m_module->setCurrentIndex(m_module->findData(int(module)));
}

bool AutomationDialog::chooseTemplate(Id templateId)
{
    const int index = m_template->findData(templateId);
    if (index >= 0)
        m_template->setCurrentIndex(index);
    return index >= 0;
}

bool AutomationDialog::chooseChannel(Id channelId)
{
    const int index = m_channel->findData(channelId);
    if (index >= 0)
        m_channel->setCurrentIndex(index);
    return index >= 0;
}

int AutomationDialog::templateCount() const
{
    return m_template->count();
}

bool AutomationDialog::canCreate() const
{
    return m_create->isEnabled();
}

QString AutomationDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void AutomationDialog::loadTemplates()
{
    // Only approved templates can be sent (R6.4), and they fill their fields from the new
    // record, so they must be of its module (R6.5).
    m_template->clear();
    const QString module = moduleName(Module(m_module->currentData().toInt()));
    for (const MessageTemplate &t : MirrorReads(m_db).approvedTemplates(module))
        m_template->addItem(QStringLiteral("%1 · %2").arg(t.name, t.language), t.id);
    updateState();
}

void AutomationDialog::updateState()
{
    QString problem;
    if (m_channel->count() == 0)
        problem = tr("No connected WhatsApp number.");
    else if (m_template->count() == 0)
        problem = tr("No approved template for %1 yet.").arg(m_module->currentText());
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_create->setEnabled(problem.isEmpty() && !m_creating && m_automations.isConnected());
}

void AutomationDialog::create()
{
    if (!canCreate())
        return;
    m_creating = true;
    updateState();
    QPointer<AutomationDialog> self(this);
    Automation automation;
    automation.module = Module(m_module->currentData().toInt());
    automation.templateId = m_template->currentData().toLongLong();
    automation.channelId = m_channel->currentData().toLongLong();
    m_automations.create(automation, [self](const HubResult<Automation> &created) {
        if (!self)
            return;
        self->m_creating = false;
        self->updateState();
        if (!created.ok()) {
            self->m_error->setText(created.error().text());
            self->m_error->setVisible(true);
            return;
        }
        emit self->created();
        self->accept();
    });
}

} // namespace parley::ui
