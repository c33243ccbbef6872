#include "teamsetup.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace parley::testing {

bool setUpDepartments(HubProcess &hub, const QString &adminToken,
                      const QList<std::pair<QString, QString>> &agentDepartments,
                      QHash<QString, Id> *ids)
{
    for (const QString &name : {QStringLiteral("Sales"), QStringLiteral("Support")}) {
        const int status =
            hub.post(QStringLiteral("/api/v1/departments"), {{"name", name}}, adminToken).status;
        if (status != 201) {
            qWarning("creating department %s answered %d", qPrintable(name), status);
            return false;
        }
    }
    for (const QJsonValue &agent :
         hub.getList(QStringLiteral("/api/v1/agents"), QStringLiteral("agents"), adminToken))
        ids->insert(agent[QStringLiteral("login")].toString(),
                    agent[QStringLiteral("id")].toInteger());
    for (const auto &[login, department] : agentDepartments) {
        const int status = hub.post(QStringLiteral("/api/v1/agents/%1").arg(ids->value(login)),
                                    {{"department", department}}, adminToken)
                               .status;
        if (status != 200) {
            qWarning("moving %s to %s answered %d", qPrintable(login), qPrintable(department),
                     status);
            return false;
        }
    }
    return true;
}

} // namespace parley::testing

namespace parley::testing {

bool setUpSimTeam(HubProcess &hub, SimProcess &sim, SimTeam *team)
{
    if (!hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                      QStringLiteral("ana-password")) ||
        !hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                      QStringLiteral("bo-password"))) {
        qWarning("adding the agents ana and bo failed");
        return false;
    }
    if (!startHubWithSim(hub, sim))
        return false; // it warned with the log of the program that failed
    team->adminToken = hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
    team->agentToken = hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
    if (team->adminToken.isEmpty() || team->agentToken.isEmpty()) {
        qWarning("signing in ana or bo failed");
        return false;
    }
    const int bought =
        hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, team->adminToken)
            .status;
    if (bought != 200) {
        qWarning("buying a credit pack answered %d", bought);
        return false;
    }
    const QJsonArray channels = hub.getList(QStringLiteral("/api/v1/channels"),
                                            QStringLiteral("channels"), team->adminToken);
    if (!channels.isEmpty())
        team->channelId = channels.first()[QStringLiteral("id")].toInteger();
    for (const QJsonValue &agent : hub.getList(QStringLiteral("/api/v1/agents"),
                                               QStringLiteral("agents"), team->adminToken)) {
        if (agent[QStringLiteral("login")].toString() == QLatin1String("bo"))
            team->boId = agent[QStringLiteral("id")].toInteger();
    }
    if (team->channelId <= 0 || team->boId <= 0) {
        qWarning("the hub lists no channel (%lld) or no bo (%lld)", team->channelId, team->boId);
        return false;
    }
    return true;
}

Id simCustomerWrites(HubProcess &hub, SimProcess &sim, const QString &token, const QString &from,
                     const char *text)
{
    const QString wamid =
        sim.inbound(from, QStringLiteral("Cliente ") + from.right(4), QString::fromUtf8(text));
    if (wamid.isEmpty())
        return 0;
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        for (const QJsonValue &event : hub.events(token)) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == wamid)
                return event["data"]["conversation_id"].toInteger();
        }
        QTest::qWait(50);
    }
    return 0;
}

QJsonObject latestConversation(HubProcess &hub, const QString &token, Id conversationId)
{
    QJsonObject found;
    for (const QJsonValue &event : hub.events(token)) {
        if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
            event["data"]["id"].toInteger() == conversationId)
            found = event["data"].toObject();
    }
    return found;
}

QString templateStatus(HubProcess &hub, const QString &token, Id templateId)
{
    for (const QJsonValue &t :
         hub.getList(QStringLiteral("/api/v1/templates"), QStringLiteral("templates"), token)) {
        if (t["id"].toInteger() == templateId)
            return t["status"].toString();
    }
    return {};
}

} // namespace parley::testing
