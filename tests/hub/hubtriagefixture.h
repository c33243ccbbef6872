#pragma once

// What the triage suites share (issue #12 item 6): a real hub with the simulator as its
// WhatsApp, the agents "ada", "bea" and "cai" and the admin "ana" (ada and bea signed in, both
// in the team "Billing"), and the hub's clock moved by a HubTestClock (no sleeping). Customers
// write through the simulator; what each agent's mirror is told is read from sync.
// tst_hubtriage: labels, priority, teams, selections, scope; tst_hubsnooze: pending and
// snoozed conversations reopening.
#include "apierror.h"
#include "hubprocess.h"
#include "hubtestclock.h"
#include "simprocess.h"
#include "teamsetup.h"

#include "core/domain/ids.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

namespace parley::testing {

class HubTriageFixture {
protected:
    static QString isoIn(qint64 ms)
    {
        return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + ms, Qt::UTC)
            .toString(Qt::ISODateWithMs);
    }

    // initTestCase's work: the clock at the real time, the team signed in.
    void setUpTriageTeam()
    {
        QVERIFY(m_clock.install());
        qputenv("PARLEY_HUB_HOUSEKEEPING_MS", "100");
        for (const char *login : {"ada", "bea", "cai"})
            QVERIFY(m_hub.addAgent(QString::fromLatin1(login), QStringLiteral("agent"),
                                   QString::fromLatin1(login) + QStringLiteral("-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(startHubWithSim(m_hub, m_sim));
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_ada = m_hub.login(QStringLiteral("ada"), QStringLiteral("ada-password"));
        m_bea = m_hub.login(QStringLiteral("bea"), QStringLiteral("bea-password"));
        QVERIFY(!m_admin.isEmpty() && !m_ada.isEmpty() && !m_bea.isEmpty());
        for (const QJsonValue &agent :
             m_hub.getList(QStringLiteral("/api/v1/agents"), QStringLiteral("agents"), m_admin))
            m_ids.insert(agent["login"].toString(), agent["id"].toInteger());
        const HttpReply team = m_hub.post(
            QStringLiteral("/api/v1/groups"),
            {{"name", "Billing"}, {"members", QJsonArray{m_ids.value("ada"), m_ids.value("bea")}}},
            m_admin);
        QCOMPARE(team.status, 201);
        m_team = team.json().value(QStringLiteral("group"))["id"].toInteger();
        QVERIFY(m_team != 0);
    }

    void moveClock(qint64 aheadMs) { QVERIFY(m_clock.moveAhead(aheadMs)); }

    // The conversation a customer message from `from` landed in; 0 when none within 10 s.
    Id writes(const QString &from, const char *text)
    {
        return simCustomerWrites(m_hub, m_sim, m_admin, from, text);
    }

    QJsonArray events(const QString &token, qint64 since = 0)
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(since), token)
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    qint64 lastSeq(const QString &token)
    {
        const QJsonArray all = events(token);
        return all.isEmpty() ? 0 : all.last()["seq"].toInteger();
    }

    // The newest state of conversation `id` among the events after `since` this agent gets.
    QJsonObject latestConversation(const QString &token, Id id, qint64 since)
    {
        QJsonObject found;
        for (const QJsonValue &event : events(token, since)) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == id)
                found = event["data"].toObject();
        }
        return found;
    }

    static bool hasEvent(const QJsonArray &events, const QString &type, Id id)
    {
        for (const QJsonValue &event : events) {
            if (event["type"].toString() == type && event["data"]["id"].toInteger() == id)
                return true;
        }
        return false;
    }

    HubTestClock m_clock;
    HubProcess m_hub;
    SimProcess m_sim;
    QString m_admin;
    QString m_ada;
    QString m_bea;
    QHash<QString, Id> m_ids;
    Id m_team = 0;
    Id m_vip = 0;
    Id m_refund = 0;
};

} // namespace parley::testing
