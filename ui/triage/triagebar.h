#pragma once

#include "core/protocol/peopletypes.h"
#include "core/protocol/triagetypes.h"
#include "core/sync/triageapi.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QToolButton;

namespace parley {
class HubClient;
}

namespace parley::ui {

// Issue #12 triage: the bar over the conversation list that acts on the selected
// conversations, one or many: assign to me, assign to a team, add or take off a label, set the
// priority, mark pending, snooze (until the customer replies, in an hour, tomorrow at 9:00,
// next week, a chosen time) and close. One call for the whole selection (TriageApi); the
// list follows through the events the hub sends back.
class TriageBar : public QWidget {
    Q_OBJECT
public:
    TriageBar(HubClient *hub, Id me, QWidget *parent = nullptr);

    // The conversations the actions apply to; the bar hides when there are none.
    void setSelection(const QList<Id> &conversationIds);
    QList<Id> selection() const { return m_selection; }
    void setLabels(const QHash<Id, Label> &labels);
    void setTeams(const QList<AgentGroup> &teams);
    // Fetches the agent groups from the hub (any agent may read them); myTeamsChanged follows.
    void loadTeams();

    // The actions, for the buttons' menus and for tests.
    void assignToMe();
    void assignTeam(Id teamId);
    void addLabel(Id labelId);
    void removeLabel(Id labelId);
    void setPriority(ConversationPriority priority);
    void markPending();
    // 0: until the customer writes.
    void snoozeUntil(TimestampMs until);
    void closeSelection();

signals:
    // What the hub answered, in the user's language, for the status bar.
    void finished(bool ok, const QString &message);
    // The agent groups "me" belongs to, for the "My team" view (issue #12).
    void myTeamsChanged(const QList<Id> &teams);

private:
    void apply(const ConversationChanges &changes);
    void rebuildMenus();
    void chooseSnoozeTime();

    TriageApi m_api;
    HubClient *m_hub = nullptr;
    Id m_me = 0;
    QList<Id> m_selection;
    QHash<Id, Label> m_labels;
    QList<AgentGroup> m_teams;
    QLabel *m_count = nullptr;
    QToolButton *m_assign = nullptr;
    QToolButton *m_label = nullptr;
    QToolButton *m_priority = nullptr;
    QToolButton *m_snooze = nullptr;
    QToolButton *m_pending = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace parley::ui
