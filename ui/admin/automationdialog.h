#pragma once

#include "core/domain/record.h"
#include "core/sync/automationsapi.h"
#include "core/sync/peopleapi.h"

#include "core/mirror/adminreads.h"
#include "ui/admin/adminmirror.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace parley::ui {

class AutomationConditions;

// R6.5: sets up one automation: when (a record of a module is created or updated, a
// conversation is closed, a customer waits for a reply for some hours), if (field conditions),
// then (send an approved template, assign to an agent or a team, add a label, close). Only
// the parts the chosen trigger and action use are shown. Leads and contacts only: they are
// the records with conversations.
class AutomationDialog : public QDialog {
    Q_OBJECT
public:
    AutomationDialog(AdminMirror mirror, HubClient *hub, QWidget *parent = nullptr);

    void setName(const QString &name);
    void setTrigger(AutomationTrigger trigger);
    void setModule(Module module);
    void setWaitHours(int hours);
    void setAction(AutomationAction action);
    AutomationConditions *conditions() const { return m_conditions; }
    // Selects the template / channel / agent / team / label with this id; false when it is
    // not offered (teams arrive from the hub: see teamsLoaded).
    bool chooseTemplate(Id templateId);
    bool chooseChannel(Id channelId);
    bool chooseAgent(Id agentId);
    bool chooseTeam(Id teamId);
    bool chooseLabel(Id labelId);
    int templateCount() const;
    bool canCreate() const;
    QString errorText() const;

public slots:
    void create();

signals:
    void created();
    void teamsLoaded();
    // The mirror's channels, agents, labels and templates are offered (read on the store's
    // reader thread; at once over a QSqlDatabase).
    void choicesLoaded();

private:
    void showChoices(const AutomationChoices &choices);
    void loadTemplates();
    void triggerChanged();
    void updateState();
    AutomationTrigger trigger() const;
    AutomationAction action() const;

    AutomationChoices m_choices;
    AutomationsApi m_automations;
    PeopleApi m_people;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_trigger;
    QComboBox *m_module;
    QSpinBox *m_waitHours;
    AutomationConditions *m_conditions;
    QComboBox *m_action;
    QComboBox *m_template;
    QComboBox *m_channel;
    QComboBox *m_agent;
    QComboBox *m_team;
    QComboBox *m_label;
    QLabel *m_note;
    QLabel *m_error;
    QPushButton *m_create;
    bool m_creating = false;
};

} // namespace parley::ui
