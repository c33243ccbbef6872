#include "teamsetup.h"

#include <QJsonArray>
#include <QJsonObject>

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
