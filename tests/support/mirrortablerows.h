// Rows of a mirror table as text, one per row, sorted: what two mirrors are compared by
// (tst_snapshotsync, tst_slowlink: a synced mirror against one replayed from the whole log).
#pragma once

#include "core/mirror/mirror.h"

#include <QLatin1Char>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace parley::testing {

inline QStringList mirrorTableRows(Mirror &mirror, const QString &sql)
{
    QStringList out;
    QSqlQuery query(mirror.database());
    if (!query.exec(sql))
        return {QStringLiteral("error: ") + sql};
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i).toString());
        out.append(values.join(QLatin1Char('|')));
    }
    out.sort();
    return out;
}

} // namespace parley::testing
