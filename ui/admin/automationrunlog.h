#pragma once

#include "core/sync/automationsapi.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parley::ui {

// R6.5, for admins: what each automation did, newest first, read from the hub's run log a page
// at a time: when, which automation, which trigger, on what (the customer's or record's name),
// the agent it is assigned to, and how it ended (done, skipped and why, failed and why). Names
// are the hub's at read time; one that is gone reads "#id".
class AutomationRunLog : public QWidget {
    Q_OBJECT
public:
    explicit AutomationRunLog(HubClient *hub, QWidget *parent = nullptr);

    int rowCount() const;
    QString textAt(int row, int column) const;
    QString errorText() const;
    // Automation names for runs whose automation was deleted since are not on the hub.
    void setAutomationNames(const QHash<Id, QString> &names) { m_names = names; }

    enum Column {
        TimeColumn,
        AutomationColumn,
        TriggerColumn,
        TargetColumn,
        AgentColumn,
        OutcomeColumn,
        ColumnCount
    };
    static QString triggerTitle(AutomationTrigger trigger);
    // "Lia Souza", else "Record #12" / "Conversation #12".
    static QString targetText(const AutomationRun &run);
    // The assigned agent's name, "#id" when the name is gone, empty when nobody is assigned.
    static QString agentText(const AutomationRun &run);

public slots:
    // The newest page again; `loaded` follows.
    void reload();
    // The page after the last run shown.
    void loadOlder();

signals:
    void loaded();

private:
    void fetch(Id beforeId);
    void append(const QList<AutomationRun> &runs);
    QString outcomeText(const AutomationRun &run) const;

    AutomationsApi m_automations;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_refresh;
    QPushButton *m_older;
    QHash<Id, QString> m_names;
    Id m_oldest = 0;
};

} // namespace parley::ui
