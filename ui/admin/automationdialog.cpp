#include "ui/admin/automationdialog.h"

#include "ui/admin/automationconditions.h"
#include "ui/filters/errorlabel.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace parley::ui {
namespace {

bool select(QComboBox *box, Id id)
{
    const int index = box->findData(id);
    if (index >= 0)
        box->setCurrentIndex(index);
    return index >= 0;
}

} // namespace

AutomationDialog::AutomationDialog(AdminMirror mirror, HubClient *hub, QWidget *parent)
    : QDialog(parent), m_automations(HubApi(hub)), m_people(HubApi(hub)),
      m_form(new QFormLayout(this)), m_name(new QLineEdit(this)), m_trigger(new QComboBox(this)),
      m_module(new QComboBox(this)), m_waitHours(new QSpinBox(this)),
      m_conditions(new AutomationConditions(this)), m_action(new QComboBox(this)),
      m_template(new QComboBox(this)), m_channel(new QComboBox(this)), m_agent(new QComboBox(this)),
      m_team(new QComboBox(this)), m_label(new QComboBox(this)), m_note(new QLabel(this)),
      m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("New automation"));
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("Optional"));
    m_trigger->addItem(tr("A record is created"), int(AutomationTrigger::RecordCreated));
    m_trigger->addItem(tr("A record is updated"), int(AutomationTrigger::RecordUpdated));
    m_trigger->addItem(tr("A conversation is closed"), int(AutomationTrigger::ConversationClosed));
    m_trigger->addItem(tr("The customer waits for a reply"), int(AutomationTrigger::NoReply));
    for (Module module : {Module::Leads, Module::Contacts})
        m_module->addItem(moduleTitle(module), int(module));
    m_waitHours->setRange(minNoReplyHours, maxNoReplyHours);
    m_waitHours->setValue(24);
    m_waitHours->setSuffix(tr(" h"));
    m_action->addItem(tr("Send a template"), int(AutomationAction::SendTemplate));
    m_action->addItem(tr("Assign"), int(AutomationAction::Assign));
    m_action->addItem(tr("Add a label"), int(AutomationAction::Label));
    m_action->addItem(tr("Close the conversation"), int(AutomationAction::Close));
    m_agent->addItem(tr("Nobody"), 0);
    m_team->addItem(tr("No team"), 0);
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("When:"), m_trigger);
    m_form->addRow(tr("Records of:"), m_module);
    m_form->addRow(tr("Waiting at least:"), m_waitHours);
    m_form->addRow(tr("If:"), m_conditions);
    m_form->addRow(tr("Then:"), m_action);
    m_form->addRow(tr("Template:"), m_template);
    m_form->addRow(tr("From the WhatsApp number:"), m_channel);
    m_form->addRow(tr("Agent:"), m_agent);
    m_form->addRow(tr("Team:"), m_team);
    m_form->addRow(tr("Label:"), m_label);
    m_form->addRow(m_note);
    m_form->addRow(m_error);
    m_form->addRow(buttons);
    const auto changed = [this] {
        triggerChanged();
    };
    connect(m_trigger, &QComboBox::currentIndexChanged, this, changed);
    connect(m_module, &QComboBox::currentIndexChanged, this, changed);
    connect(m_action, &QComboBox::currentIndexChanged, this, changed);
    for (QComboBox *box : {m_template, m_agent, m_team, m_label})
        connect(box, &QComboBox::currentIndexChanged, this, &AutomationDialog::updateState);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &AutomationDialog::create);
    triggerChanged();
    const QStringList modules{moduleName(Module::Leads), moduleName(Module::Contacts)};
    mirror.read<AutomationChoices>(
        this, [modules](QSqlDatabase db) { return readAutomationChoices(db, modules); },
        [this](const AutomationChoices &choices) { showChoices(choices); });
    if (m_people.isConnected()) {
        QPointer<AutomationDialog> self(this);
        m_people.groups([self](const HubResult<QList<AgentGroup>> &groups) {
            if (!self || !groups.ok())
                return;
            for (const AgentGroup &group : *groups)
                self->m_team->addItem(group.name, group.id);
            emit self->teamsLoaded();
        });
    }
}

void AutomationDialog::showChoices(const AutomationChoices &choices)
{
    m_choices = choices;
    for (const Channel &channel : choices.channels)
        m_channel->addItem(QStringLiteral("%1 · %2").arg(channel.name, channel.displayNumber),
                           channel.id);
    for (const Agent &agent : choices.agents)
        m_agent->addItem(agent.name.isEmpty() ? agent.login : agent.name, agent.id);
    for (const Label &label : choices.labels)
        m_label->addItem(label.name, label.id);
    m_label->model()->sort(0);
    loadTemplates();
    emit choicesLoaded();
}

AutomationTrigger AutomationDialog::trigger() const
{
    return AutomationTrigger(m_trigger->currentData().toInt());
}

AutomationAction AutomationDialog::action() const
{
    return AutomationAction(m_action->currentData().toInt());
}

void AutomationDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void AutomationDialog::setTrigger(AutomationTrigger trigger)
{
    m_trigger->setCurrentIndex(m_trigger->findData(int(trigger)));
}

void AutomationDialog::setModule(Module module)
{
    m_module->setCurrentIndex(m_module->findData(int(module)));
}

void AutomationDialog::setWaitHours(int hours)
{
    m_waitHours->setValue(hours);
}

void AutomationDialog::setAction(AutomationAction action)
{
    m_action->setCurrentIndex(m_action->findData(int(action)));
}

bool AutomationDialog::chooseTemplate(Id templateId)
{
    return select(m_template, templateId);
}

bool AutomationDialog::chooseChannel(Id channelId)
{
    return select(m_channel, channelId);
}

bool AutomationDialog::chooseAgent(Id agentId)
{
    return select(m_agent, agentId);
}

bool AutomationDialog::chooseTeam(Id teamId)
{
    return select(m_team, teamId);
}

bool AutomationDialog::chooseLabel(Id labelId)
{
    return select(m_label, labelId);
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

void AutomationDialog::triggerChanged()
{
    const bool aboutRecords = triggerIsAboutRecords(trigger());
    const AutomationAction chosen = action();
    m_form->setRowVisible(m_module, aboutRecords);
    m_form->setRowVisible(m_waitHours, trigger() == AutomationTrigger::NoReply);
    m_form->setRowVisible(m_template, chosen == AutomationAction::SendTemplate);
    m_form->setRowVisible(m_channel, chosen == AutomationAction::SendTemplate && aboutRecords);
    m_form->setRowVisible(m_agent, chosen == AutomationAction::Assign);
    m_form->setRowVisible(m_team, chosen == AutomationAction::Assign);
    m_form->setRowVisible(m_label, chosen == AutomationAction::Label);
    const Module module = Module(m_module->currentData().toInt());
    m_conditions->offer(aboutRecords
                            ? moduleFields(module)
                            : QStringList{QStringLiteral("Department"), QStringLiteral("Priority"),
                                          QStringLiteral("Customer Name"),
                                          QStringLiteral("Customer Number")},
                        trigger() == AutomationTrigger::RecordUpdated);
    if (chosen == AutomationAction::SendTemplate)
        m_note->setText(aboutRecords ? tr("It goes to the record's Mobile, or else its Phone, "
                                          "and is charged like any template.")
                                     : tr("It goes to the conversation and is charged like any "
                                          "template."));
    else if (aboutRecords)
        m_note->setText(tr("It acts on the record's newest conversation."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    loadTemplates();
}

void AutomationDialog::loadTemplates()
{
    // Only approved templates can be sent (R6.4). From a record they fill their fields from
    // it, so they must be of its module (R6.5); in a conversation, any.
    const Id chosen = m_template->currentData().toLongLong();
    m_template->clear();
    if (triggerIsAboutRecords(trigger())) {
        const QString module = moduleName(Module(m_module->currentData().toInt()));
        for (const MessageTemplate &t : m_choices.approvedOfModule.value(module))
            m_template->addItem(QStringLiteral("%1 · %2").arg(t.name, t.language), t.id);
    } else {
        for (const MessageTemplate &t : std::as_const(m_choices.templates)) {
            if (t.status == TemplateStatus::Approved)
                m_template->addItem(QStringLiteral("%1 · %2").arg(t.name, t.language), t.id);
        }
    }
    select(m_template, chosen);
    updateState();
}

void AutomationDialog::updateState()
{
    const bool aboutRecords = triggerIsAboutRecords(trigger());
    QString problem;
    switch (action()) {
    case AutomationAction::SendTemplate:
        if (aboutRecords && m_channel->count() == 0)
            problem = tr("No connected WhatsApp number.");
        else if (m_template->count() == 0)
            problem = aboutRecords
                          ? tr("No approved template for %1 yet.").arg(m_module->currentText())
                          : tr("No approved template yet.");
        break;
    case AutomationAction::Assign:
        if (m_agent->currentData().toLongLong() == 0 && m_team->currentData().toLongLong() == 0)
            problem = tr("Choose an agent or a team.");
        break;
    case AutomationAction::Label:
        if (m_label->count() == 0)
            problem = tr("No label yet: an admin creates labels first.");
        break;
    case AutomationAction::Close:
        break;
    }
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
    automation.name = m_name->text().trimmed();
    automation.trigger = trigger();
    automation.module = Module(m_module->currentData().toInt());
    automation.conditions = m_conditions->conditions();
    automation.waitHours =
        automation.trigger == AutomationTrigger::NoReply ? m_waitHours->value() : 0;
    automation.action = action();
    switch (automation.action) {
    case AutomationAction::SendTemplate:
        automation.templateId = m_template->currentData().toLongLong();
        if (triggerIsAboutRecords(automation.trigger))
            automation.channelId = m_channel->currentData().toLongLong();
        break;
    case AutomationAction::Assign:
        automation.agentId = m_agent->currentData().toLongLong();
        automation.teamId = m_team->currentData().toLongLong();
        break;
    case AutomationAction::Label:
        automation.labelId = m_label->currentData().toLongLong();
        break;
    case AutomationAction::Close:
        break;
    }
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
