#include "ui/admin/automationrunlog.h"

#include "ui/filters/errorlabel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

constexpr int pageSize = 100;

} // namespace

AutomationRunLog::AutomationRunLog(HubClient *hub, QWidget *parent)
    : QWidget(parent), m_automations(HubApi(hub)), m_table(new QTableWidget(0, ColumnCount, this)),
      m_error(new ErrorLabel(this)), m_refresh(new QPushButton(tr("Refresh"), this)),
      m_older(new QPushButton(tr("Older runs"), this))
{
    m_table->setObjectName(QStringLiteral("automationRuns"));
    m_table->setAccessibleName(tr("Automation runs"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Automation"), tr("Trigger"), tr("On"), tr("Agent"), tr("Outcome")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_older);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    m_older->setEnabled(false);
    connect(m_refresh, &QPushButton::clicked, this, &AutomationRunLog::reload);
    connect(m_older, &QPushButton::clicked, this, &AutomationRunLog::loadOlder);
}

int AutomationRunLog::rowCount() const
{
    return m_table->rowCount();
}

QString AutomationRunLog::textAt(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

QString AutomationRunLog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString AutomationRunLog::triggerTitle(AutomationTrigger trigger)
{
    switch (trigger) {
    case AutomationTrigger::RecordCreated:
        return tr("Record created");
    case AutomationTrigger::RecordUpdated:
        return tr("Record updated");
    case AutomationTrigger::ConversationClosed:
        return tr("Conversation closed");
    case AutomationTrigger::NoReply:
        return tr("No reply");
    }
    return {};
}

QString AutomationRunLog::targetText(const AutomationRun &run)
{
    if (!run.targetName.isEmpty())
        return run.targetName;
    return run.targetKind == QLatin1String("record") ? tr("Record #%1").arg(run.targetId)
                                                     : tr("Conversation #%1").arg(run.targetId);
}

QString AutomationRunLog::agentText(const AutomationRun &run)
{
    if (!run.agentName.isEmpty())
        return run.agentName;
    return run.agentId > 0 ? QStringLiteral("#%1").arg(run.agentId) : QString();
}

QString AutomationRunLog::outcomeText(const AutomationRun &run) const
{
    const QString why = run.reason.isEmpty()
                            ? QString()
                            : parley::hubErrorText(run.reason, run.detail, HubSubject::Automation);
    switch (run.outcome) {
    case AutomationOutcome::Done:
        return tr("Done");
    case AutomationOutcome::Skipped:
        return tr("Skipped: %1").arg(why);
    case AutomationOutcome::Failed:
        return tr("Failed: %1").arg(why);
    }
    return {};
}

void AutomationRunLog::reload()
{
    m_table->setRowCount(0);
    m_oldest = 0;
    fetch(0);
}

void AutomationRunLog::loadOlder()
{
    if (m_oldest > 0)
        fetch(m_oldest);
}

void AutomationRunLog::fetch(Id beforeId)
{
    if (!m_automations.isConnected())
        return;
    QPointer<AutomationRunLog> self(this);
    m_automations.runs(pageSize, beforeId, [self](const HubResult<QList<AutomationRun>> &runs) {
        if (!self)
            return;
        if (!runs.ok()) {
            self->m_error->setText(runs.error().text());
            self->m_error->setVisible(true);
            return;
        }
        self->m_error->setVisible(false);
        self->append(*runs);
        self->m_older->setEnabled(runs->size() == pageSize);
        emit self->loaded();
    });
}

void AutomationRunLog::append(const QList<AutomationRun> &runs)
{
    const QLocale locale;
    for (const AutomationRun &run : runs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString name =
            !run.automationName.isEmpty()
                ? run.automationName
                : m_names.value(run.automationId, QStringLiteral("#%1").arg(run.automationId));
        const QStringList cells{
            locale.toString(QDateTime::fromMSecsSinceEpoch(run.ranAt).toLocalTime(),
                            QLocale::ShortFormat),
            name,
            triggerTitle(run.trigger),
            targetText(run),
            agentText(run),
            outcomeText(run)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_oldest = run.id;
    }
}

} // namespace parley::ui
