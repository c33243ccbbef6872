#pragma once

// The team the scope suites share (issue #12): the hub with the simulator as its WhatsApp, the
// departments Sales and Support, the agents "sal" and "sal2" in Sales and "sup" in Support
// (each password "<login>-password") and the admin "ana" ("ana-password"), all signed in, and
// the hub's one number made Sales'. tst_hubscope, tst_hubscopeunread, tst_hubteamwork,
// tst_hubpresence and tst_hubnotificationsettings derive from it; each adds its own routing.
#include "hubprocess.h"
#include "simprocess.h"
#include "teamsetup.h"

#include "core/domain/ids.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <utility>

namespace parley::testing {

class SalesSupportFixture {
protected:
    // initTestCase's first step. `names` (login, display name) are given by the admin before
    // the agents sign in. False (with a warning naming the step) when a step failed.
    bool setUpSalesAndSupport(const QList<std::pair<QString, QString>> &names = {})
    {
        for (const char *login : {"sal", "sal2", "sup"}) {
            if (!m_hub.addAgent(QString::fromLatin1(login), QStringLiteral("agent"),
                                QString::fromLatin1(login) + QStringLiteral("-password"))) {
                qWarning("adding the agent %s failed", login);
                return false;
            }
        }
        if (!m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                            QStringLiteral("ana-password"))) {
            qWarning("adding the admin ana failed");
            return false;
        }
        if (!startHubWithSim(m_hub, m_sim))
            return false; // it warned with the log of the program that failed
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        if (m_admin.isEmpty()) {
            qWarning("signing in ana failed");
            return false;
        }
        if (!setUpDepartments(m_hub, m_admin,
                              {{"sal", "Sales"}, {"sal2", "Sales"}, {"sup", "Support"}}, &m_ids))
            return false;
        for (const auto &[login, name] : names) {
            const int status =
                m_hub
                    .post(QStringLiteral("/api/v1/agents/%1").arg(m_ids.value(login)),
                          {{"name", name}}, m_admin)
                    .status;
            if (status != 200) {
                qWarning("naming %s answered %d", qPrintable(login), status);
                return false;
            }
        }
        m_sal = m_hub.login(QStringLiteral("sal"), QStringLiteral("sal-password"));
        m_sal2 = m_hub.login(QStringLiteral("sal2"), QStringLiteral("sal2-password"));
        m_sup = m_hub.login(QStringLiteral("sup"), QStringLiteral("sup-password"));
        if (m_sal.isEmpty() || m_sal2.isEmpty() || m_sup.isEmpty()) {
            qWarning("signing in sal, sal2 or sup failed");
            return false;
        }
        const QJsonArray channels =
            m_hub.getList(QStringLiteral("/api/v1/channels"), QStringLiteral("channels"), m_admin);
        m_channel = channels.isEmpty() ? 0 : channels.first()[QStringLiteral("id")].toInteger();
        const int status = m_hub
                               .post(QStringLiteral("/api/v1/channels/%1").arg(m_channel),
                                     {{"department", "Sales"}}, m_admin)
                               .status;
        if (status != 200) {
            qWarning("making channel %lld Sales' answered %d", m_channel, status);
            return false;
        }
        return true;
    }

    HubProcess m_hub;
    SimProcess m_sim;
    QHash<QString, Id> m_ids; // every agent's id by login
    QString m_admin;
    QString m_sal;
    QString m_sal2;
    QString m_sup;
    Id m_channel = 0;
};

} // namespace parley::testing
