#pragma once

// What the suites on the hub-with-simulator team share (issue #14; teamsetup.h, SimTeam): the
// hub started with the simulator as its WhatsApp, the admin "ana" and the agent "bo" signed in,
// a credit pack bought, and customers writing through the simulator.
// tst_hubautomationtriggers: automations on every trigger; tst_hubcsat: the satisfaction
// survey; tst_hubreplies: replies to a message and reactions.
#include "apierror.h"
#include "hubprocess.h"
#include "simprocess.h"
#include "teamsetup.h"

#include <QJsonObject>

namespace parley::testing {

class SimTeamFixture {
protected:
    // initTestCase's first step, after the environment the hub should read is set; false (with
    // a warning naming the step) when a step failed.
    bool setUpTeam()
    {
        SimTeam team;
        if (!setUpSimTeam(m_hub, m_sim, &team))
            return false;
        m_admin = team.adminToken;
        m_agent = team.agentToken;
        m_channel = team.channelId;
        m_bo = team.boId;
        return true;
    }

    // The conversation a customer message from `from` landed in; 0 when none within 10 s.
    qint64 writes(const QString &from, const char *text)
    {
        return simCustomerWrites(m_hub, m_sim, m_admin, from, text);
    }

    QJsonObject latestConversation(qint64 id)
    {
        return parley::testing::latestConversation(m_hub, m_admin, id);
    }

    QString templateStatus(qint64 id)
    {
        return parley::testing::templateStatus(m_hub, m_admin, id);
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    QString m_agent;
    qint64 m_channel = 0;
    qint64 m_bo = 0;
};

} // namespace parley::testing
