#include "ui/admin/automationpanel.h"

#include "core/mirror/mirrorreads.h"
#include "ui/admin/automationdialog.h"
#include "ui/filters/errorlabel.h"
#include "ui/texts/predefinedtextmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {

AutomationPanel::AutomationPanel(QSqlDatabase mirror, HubClient *hub, QWidget *parent)
    : QWidget(parent), m_db(mirror), m_hub(hub), m_automations(HubApi(hub)),
      m_table(new QTableWidget(0, 5, this)), m_error(new ErrorLabel(this)),
      m_add(new QPushButton(tr("Add automation…"), this)),
      m_delete(new QPushButton(tr("Delete"), this))
{
    m_table->setObjectName(QStringLiteral("automations"));
    m_table->setAccessibleName(tr("Automations"));
    m_table->setHorizontalHeaderLabels({tr("When created in"), tr("Send template"),
                                        tr("From number"), tr("Sent"), tr("Last problem")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *title =
        new QLabel(tr("<b>Automations</b>: send a template when a record is created"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(title, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
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
    MirrorReads reads(m_db);
    QHash<Id, QString> templates;
    for (const MessageTemplate &t : reads.templates())
        templates.insert(t.id, QStringLiteral("%1 · %2").arg(t.name, t.language));
    QHash<Id, QString> channels;
    for (const Channel &channel : reads.channels())
        channels.insert(channel.id, channel.name);
    const auto templateTitle = [&](Id id) {
        return templates.value(id, tr("Template %1").arg(id));
    };
    const auto channelTitle = [&](Id id) {
        return channels.value(id, tr("Number %1").arg(id));
    };
    m_table->setRowCount(0);
    for (const Automation &a : automations) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *first = new QTableWidgetItem(moduleTitle(a.module));
        first->setData(Qt::UserRole, a.id);
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, new QTableWidgetItem(templateTitle(a.templateId)));
        m_table->setItem(row, 2, new QTableWidgetItem(channelTitle(a.channelId)));
        m_table->setItem(row, 3, new QTableWidgetItem(QLocale().toString(a.sentCount)));
        m_table->setItem(row, 4,
                         new QTableWidgetItem(
                             a.lastError.isEmpty()
                                 ? QString()
                                 : parley::hubErrorText(a.lastError, {}, HubSubject::Automation)));
    }
    m_delete->setEnabled(false);
}

AutomationDialog *AutomationPanel::add()
{
    auto *dialog = new AutomationDialog(m_db, m_hub, this);
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
