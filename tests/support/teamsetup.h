#pragma once

#include "hubprocess.h"
#include "simprocess.h"

#include "core/domain/ids.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace parley::testing {

// The team the scope tests share (issue #12): the departments Sales and Support, and each
// listed agent (login, department) moved into its department by the admin. Fills `ids` with
// every agent's id by login. False (with a warning naming the step) when the hub refused one.
bool setUpDepartments(HubProcess &hub, const QString &adminToken,
                      const QList<std::pair<QString, QString>> &agentDepartments,
                      QHash<QString, Id> *ids);

// The hub-with-simulator team the automation and CSAT suites share (issue #14): the admin
// "ana" (password "ana-password") and the agent "bo" ("bo-password") added, the hub started
// with the simulator as its WhatsApp (startHubWithSim), both signed in and one credit pack
// bought.
struct SimTeam {
    QString adminToken;
    QString agentToken;
    Id channelId = 0; // the hub's first (and only) channel
    Id boId = 0;
};
// False (with a warning naming the step) when a step failed. Environment the hub should read
// (PARLEY_HUB_*) is set before the call.
bool setUpSimTeam(HubProcess &hub, SimProcess &sim, SimTeam *team);

// A customer message through the simulator (delivered to the hub as Meta would) and the
// conversation the hub put it in, as the sync events of `token` say; 0 when none within 10 s.
Id simCustomerWrites(HubProcess &hub, SimProcess &sim, const QString &token, const QString &from,
                     const char *text);
// The conversation as its latest conversation.* sync event has it (empty when there is none).
QJsonObject latestConversation(HubProcess &hub, const QString &token, Id conversationId);
// The template's review status in GET /api/v1/templates ("APPROVED", …), empty when not there.
QString templateStatus(HubProcess &hub, const QString &token, Id templateId);

} // namespace parley::testing
