#pragma once

#include "core/sync/automationsapi.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace parley::ui {

class AutomationDialog;

// R6.5: the team's "when a record is created, send a template" automations, read from and
// changed through the hub (they are admin settings, not mirrored).
class AutomationPanel : public QWidget {
    Q_OBJECT
public:
    AutomationPanel(QSqlDatabase mirror, HubClient *hub, QWidget *parent = nullptr);

    int rowCount() const;
    Id automationAt(int row) const;
    QString errorText() const;

public slots:
    // Asks the hub for the list again; `loaded` follows.
    void reload();
    // Opens the dialog that creates one (shown, not modal); the list reloads when it is done.
    AutomationDialog *add();
    void deleteCurrent();

signals:
    void loaded();

private:
    void showAutomations(const QList<Automation> &automations);
    void showError(const QString &text);

    QSqlDatabase m_db;
    QPointer<HubClient> m_hub; // for the dialog
    AutomationsApi m_automations;
    QTableWidget *m_table;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_delete;
};

} // namespace parley::ui
