#pragma once

#include "core/domain/ids.h"
#include "core/sync/channelsapi.h"
#include "core/sync/peopleapi.h"

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QStackedWidget;

namespace parley::ui {

class CheckList;

// R1.6 / R1.8: who receives a new number's record and chat: everyone who can reply, chosen
// users, the members of chosen groups or chosen roles, in turn (round-robin), among the agents
// of the channel's department and the other departments (brands) enabled for the number. The
// hub applies it (docs/api.md, channel routing).
class ChannelRoutingBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ChannelRoutingBox(HubClient *hub, QWidget *parent = nullptr);

    // Loads agents, groups and departments, and the channel's routing when channelId > 0.
    void load(Id channelId);
    bool isLoaded() const { return m_pending == 0; }
    // The routing as chosen, for ChannelsApi::setRouting.
    ChannelRoutingRule routing() const;
    // Translated; empty when the choice can be saved.
    QString problem() const;

signals:
    void loaded();
    void failed(const QString &message);

private:
    // Counts a pending list; `use` gets it, or failed() the error; the stored routing is
    // applied once every list is in.
    template <typename T> HubCallback<T> pending(std::function<void(const T &)> use);
    void apply(const ChannelRoutingRule &routing);

    PeopleApi m_people;
    ChannelsApi m_channels;
    QComboBox *m_assignTo;
    QStackedWidget *m_targets;
    CheckList *m_users;
    CheckList *m_groups;
    CheckList *m_roles;
    CheckList *m_departments;
    int m_pending = 0;
    std::optional<ChannelRoutingRule> m_stored; // applied once every list is in
};

} // namespace parley::ui
