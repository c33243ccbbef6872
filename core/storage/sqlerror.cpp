#include "core/storage/sqlerror.h"

namespace parley {

QString sqlFailure(const QLoggingCategory &category, const QSqlError &error, const QString &sql)
{
    QString text = error.text();
    if (!sql.isEmpty())
        text += QStringLiteral(" in: ") + sql.simplified().left(120);
    qCWarning(category, "SQL failed: %s", qUtf8Printable(text));
    return text;
}

} // namespace parley
