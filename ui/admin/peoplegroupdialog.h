#pragma once

#include "core/sync/peopleapi.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace parley::ui {

class CheckList;

// Names a group of agents and picks its members (R1.6 assigns new customers to groups).
class PeopleGroupDialog : public QDialog {
    Q_OBJECT
public:
    // `agents`: the members to choose from; `group`: the edited group, id 0 for a new one.
    PeopleGroupDialog(HubClient *hub, const QList<Agent> &agents, const AgentGroup &group = {},
                      QWidget *parent = nullptr);

    QString errorText() const;

public slots:
    void save();

signals:
    void saved(const parley::AgentGroup &group);

private:
    PeopleApi m_people;
    Id m_groupId;
    QLineEdit *m_name;
    CheckList *m_members;
    QLabel *m_error;
};

} // namespace parley::ui
