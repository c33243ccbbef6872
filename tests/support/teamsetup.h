#pragma once

#include "hubprocess.h"

#include "core/domain/ids.h"

#include <QHash>
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

} // namespace parley::testing
