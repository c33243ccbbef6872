#include "ui/admin/automationpanel.h"

#include "ui/admin/automationconditions.h"
#include "ui/admin/automationdialog.h"
#include "ui/admin/automationrunlog.h"
#include "ui/filters/errorlabel.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {

AutomationPanel::AutomationPanel(AdminMirror mirror, HubClient *hub, QWidget *parent)
    : QWidget(parent), m_mirror(mirror), m_hub(hub), m_automations(HubApi(hub)),
      m_table(new QTableWidget(0, 5, this)), m_runLog(new AutomationRunLog(hub, this)),
      m_error(new ErrorLabel(this)), m_add(new QPushButton(tr("Add automation…"), this)),
      m_delete(new QPushButton(tr("Delete"), this)), m_tabs(new QTabWidget(this))
{
    m_table->setObjectName(QStringLiteral("automations"));
    m_table->setAccessibleName(tr("Automations"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("If"), tr("Then"), tr("Sent"), tr("Last problem")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *title = new QLabel(tr("<b>Automations</b>: when something happens, if its fields "
                                "match, the hub acts"),
                             this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(title, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    m_tabs->addTab(m_table, tr("Rules"));
    m_tabs->addTab(m_runLog, tr("Run log"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_runLog)
            m_runLog->reload();
    });
    m_delete->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_delete->setEnabled(m_table->currentRow() >= 0 && m_hub); });
    connect(m_add, &QPushButton::clicked, this, &AutomationPanel::add);
    connect(m_delete, &QPushButton::clicked, this, &AutomationPanel::deleteCurrent);
    m_add->setEnabled(m_hub);
    reload();
}

int AutomationPanel::rowCount() const
{
    return m_table->rowCount();
}

Id AutomationPanel::automationAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

QString AutomationPanel::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void AutomationPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void AutomationPanel::reload()
{
    if (!m_automations.isConnected())
        return;
    // The names first (templates, channels, agents, labels), then the list that shows them.
    const AnswerOrder::Question question = m_namesOrder.askMirror();
    m_mirror.read<AutomationNames>(this, readAutomationNames,
                                   [this, question](const AutomationNames &names) {
                                       if (!m_namesOrder.mirrorMayShow(question))
                                           return;
                                       m_names = names;
                                       listFromHub();
                                   });
}

void AutomationPanel::listFromHub()
{
    QPointer<AutomationPanel> self(this);
    m_automations.list([self](const HubResult<QList<Automation>> &automations) {
        if (!self)
            return;
        if (!automations.ok()) {
            self->showError(automations.error().text());
            return;
        }
        self->showError(QString());
        self->showAutomations(*automations);
        emit self->loaded();
    });
}

void AutomationPanel::showAutomations(const QList<Automation> &automations)
{
    // Names from the mirror; an id it does not have (yet) is shown as such.
    const QHash<Id, QString> &templates = m_names.templates;
    const QHash<Id, QString> &channels = m_names.channels;
    const QHash<Id, QString> &agents = m_names.agents;
    const QHash<Id, Label> &labels = m_names.labels;
    const auto templateTitle = [&](Id id) {
        return templates.value(id, tr("Template %1").arg(id));
    };
    const auto channelTitle = [&](Id id) {
        return channels.value(id, tr("Number %1").arg(id));
    };
    const auto when = [&](const Automation &a) {
        QString text = AutomationRunLog::triggerTitle(a.trigger);
        if (triggerIsAboutRecords(a.trigger))
            text += QStringLiteral(" · ") + moduleTitle(a.module);
        if (a.trigger == AutomationTrigger::NoReply)
            text += QStringLiteral(" · ") + tr("%n hour(s)", nullptr, a.waitHours);
        return a.name.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(a.name, text);
    };
    const auto then = [&](const Automation &a) {
        switch (a.action) {
        case AutomationAction::SendTemplate:
            return a.channelId > 0
                       ? tr("Send %1 from %2")
                             .arg(templateTitle(a.templateId), channelTitle(a.channelId))
                       : tr("Send %1").arg(templateTitle(a.templateId));
        case AutomationAction::Assign: {
            QStringList to;
            if (a.agentId > 0)
                to.append(agents.value(a.agentId, tr("Agent %1").arg(a.agentId)));
            if (a.teamId > 0)
                to.append(tr("team %1").arg(a.teamId));
            return tr("Assign to %1").arg(to.join(QStringLiteral(", ")));
        }
        case AutomationAction::Label:
            return tr("Add the label %1")
                .arg(
                    labels.value(a.labelId, Label{a.labelId, QString::number(a.labelId), {}}).name);
        case AutomationAction::Close:
            return tr("Close the conversation");
        }
        return QString();
    };
    m_table->setRowCount(0);
    QHash<Id, QString> names;
    for (const Automation &a : automations) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *first = new QTableWidgetItem(when(a));
        first->setData(Qt::UserRole, a.id);
        m_table->setItem(row, 0, first);
        QStringList conditions;
        for (const AutomationCondition &c : a.conditions)
            conditions.append(AutomationConditions::describe(c));
        m_table->setItem(row, 1, new QTableWidgetItem(conditions.join(tr(" and "))));
        m_table->setItem(row, 2, new QTableWidgetItem(then(a)));
        m_table->setItem(row, 3, new QTableWidgetItem(QLocale().toString(a.sentCount)));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(
                             a.lastError.isEmpty()
                                 ? QString()
                                 : parley::hubErrorText(a.lastError, {}, HubSubject::Automation)));
        names.insert(a.id, first->text());
    }
    m_runLog->setAutomationNames(names);
    m_delete->setEnabled(false);
}

void AutomationPanel::showRunLog()
{
    if (m_tabs->currentWidget() == m_runLog)
        m_runLog->reload();
    else
        m_tabs->setCurrentWidget(m_runLog);
}

AutomationDialog *AutomationPanel::add()
{
    auto *dialog = new AutomationDialog(m_mirror, m_hub, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AutomationDialog::created, this, &AutomationPanel::reload);
    dialog->show();
    return dialog;
}

void AutomationPanel::deleteCurrent()
{
    const Id id = automationAt(m_table->currentRow());
    if (id == 0 || !m_automations.isConnected())
        return;
    QPointer<AutomationPanel> self(this);
    m_automations.remove(id, [self](const HubResult<Done> &removed) {
        if (!self)
            return;
        if (!removed.ok())
            self->showError(removed.error().text());
        self->reload();
    });
}

} // namespace parley::ui
