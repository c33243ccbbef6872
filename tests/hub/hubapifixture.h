#pragma once

// What the agent-API tests share: a real hub with an admin, an agent and a viewer, one channel,
// and two customers, one writing now and one 25 hours ago (its window closed).

#include "core/protocol/entitycodec.h"
#include "customerwrites.h"
#include "hubprocess.h"

#include <QJsonArray>

namespace parley::testing {

class HubApiFixture {
protected:
    static inline const QString appSecret = QStringLiteral("api-test-secret");

    bool setUpHub()
    {
        if (!m_hub.addAgent(QStringLiteral("admin"), QStringLiteral("admin"),
                            QStringLiteral("admin-password")) ||
            !m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                            QStringLiteral("bo-password")) ||
            !m_hub.addAgent(QStringLiteral("vi"), QStringLiteral("viewer"),
                            QStringLiteral("vi-password")) ||
            !m_hub.addChannel(QStringLiteral("106540352242922"), QStringLiteral("15550783881"),
                              QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                              appSecret, QStringLiteral("vt")))
            return false;
        qputenv("PARLEY_HUB_HOUSEKEEPING_MS", "200");
        if (!m_hub.start())
            return false;
        m_admin = m_hub.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        m_viewer = m_hub.login(QStringLiteral("vi"), QStringLiteral("vi-password"));
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        m_fresh =
            customerWrites(QStringLiteral("5511987650001"), QStringLiteral("Oi! Tem azul?"), now);
        m_stale = customerWrites(QStringLiteral("5511987650002"), QStringLiteral("Olá"),
                                 now - 25LL * 3600 * 1000);
        return !m_admin.isEmpty() && !m_agent.isEmpty() && !m_viewer.isEmpty() && m_fresh > 0 &&
               m_stale > 0 && m_fresh != m_stale;
    }

    // A customer message signed as Meta would; returns the conversation it landed in.
    Id customerWrites(const QString &from, const QString &text, TimestampMs at)
    {
        CustomerMessage message(from, text, QStringLiteral("Cliente ") + from.right(4));
        message.at = at;
        return testing::customerWrites(m_hub, appSecret, m_admin, message);
    }

    QJsonArray events() { return m_hub.events(m_admin); }

    // The agent a token signs in as, as GET /me describes it to a desktop at sign-in.
    Agent agentFor(const QString &token)
    {
        Agent agent;
        QString error;
        fromJson(m_hub.get(QStringLiteral("/api/v1/me"), token)
                     .json()
                     .value(QStringLiteral("agent"))
                     .toObject(),
                 &agent, &error);
        return agent;
    }

    QString conversationStatus(Id id)
    {
        QString status;
        for (const QJsonValue &event : events()) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == id)
                status = event["data"]["status"].toString();
        }
        return status;
    }

    QString templateStatus(qint64 id)
    {
        const QJsonArray templates = m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                   QStringLiteral("templates"), m_agent);
        return withId(templates, id)[QStringLiteral("status")].toString();
    }

    int metric(const char *name)
    {
        const QList<QByteArray> lines = m_hub.get(QStringLiteral("/metrics")).body.split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith(QByteArray(name) + ' '))
                return line.mid(qstrlen(name) + 1).toInt();
        }
        return -1;
    }

    HubProcess m_hub;
    QString m_admin;
    QString m_agent;
    QString m_viewer;
    Id m_fresh = 0;
    Id m_stale = 0;
};

} // namespace parley::testing
