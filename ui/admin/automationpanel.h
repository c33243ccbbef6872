#pragma once

#include "core/sync/automationsapi.h"

#include "core/mirror/adminreads.h"
#include "ui/admin/adminmirror.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace parley::ui {

class AutomationDialog;
class AutomationRunLog;

// R6.5: the team's automations (when, if, then) and, on a second tab, their run log, read
// from and changed through the hub (they are admin settings, not mirrored).
class AutomationPanel : public QWidget {
    Q_OBJECT
public:
    AutomationPanel(AdminMirror mirror, HubClient *hub, QWidget *parent = nullptr);

    int rowCount() const;
    Id automationAt(int row) const;
    QString errorText() const;
    AutomationRunLog *runLog() const { return m_runLog; }
    // Shows the run log tab (and reads it again).
    void showRunLog();

public slots:
    // Reads the names the list shows from the mirror, then asks the hub for the list again;
    // `loaded` follows.
    void reload();
    // Opens the dialog that creates one (shown, not modal); the list reloads when it is done.
    AutomationDialog *add();
    void deleteCurrent();

signals:
    void loaded();

private:
    void showAutomations(const QList<Automation> &automations);
    void showError(const QString &text);
    void listFromHub();

    AdminMirror m_mirror;
    AnswerOrder m_namesOrder; // the newest read of the names is used
    AutomationNames m_names;
    QPointer<HubClient> m_hub; // for the dialog
    AutomationsApi m_automations;
    QTableWidget *m_table;
    AutomationRunLog *m_runLog;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_delete;
    QTabWidget *m_tabs;
};

} // namespace parley::ui
