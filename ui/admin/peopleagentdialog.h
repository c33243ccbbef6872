#pragma once

#include "core/domain/agent.h"
#include "core/sync/peopleapi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace parley::ui {

class CheckList;

// Adds an agent or changes one (R9.1): role, department, groups, active, and a new password.
class PeopleAgentDialog : public QDialog {
    Q_OBJECT
public:
    // `groups`: the hub's groups; `memberOf`: the edited agent's group ids.
    PeopleAgentDialog(HubClient *hub, const QStringList &departments,
                      const QList<AgentGroup> &groups, const Agent &editing = {},
                      const QList<Id> &memberOf = {}, QWidget *parent = nullptr);

    bool isNew() const { return m_editing.id == 0; }
    QString errorText() const;

public slots:
    void save();

signals:
    void saved(const parley::Agent &agent);

private:
    void update(Id agentId, const AgentChanges &changes);
    void fail(const HubError &error);

    PeopleApi m_people;
    Agent m_editing;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QComboBox *m_role;
    QComboBox *m_department;
    QCheckBox *m_active;
    CheckList *m_groups;
    QLabel *m_error;
    QPushButton *m_save;
};

} // namespace parley::ui
