#include "core/mirror/labelreads.h"

#include "core/logging.h"
#include "core/storage/sqlerror.h"

#include <QSqlQuery>

namespace parley {

QHash<Id, Label> mirrorLabels(QSqlDatabase db)
{
    QHash<Id, Label> labels;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id, name, color FROM labels"))) {
        sqlFailure(lcMirror(), query);
        return labels;
    }
    while (query.next()) {
        const Label label{query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString()};
        labels.insert(label.id, label);
    }
    return labels;
}

} // namespace parley
