#pragma once

#include "core/protocol/triagetypes.h"

#include <QHash>
#include <QSqlDatabase>

namespace parley {

// The labels admins defined, as the mirror holds them (label.updated events), by id. Empty on
// error (logged): the list then shows conversations without their labels.
QHash<Id, Label> mirrorLabels(QSqlDatabase db);

} // namespace parley
