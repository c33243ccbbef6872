#include "core/domain/recordtitle.h"

namespace parley {

QString recordTitle(const Record &record)
{
    for (const char *field : {"Full Name", "Deal Name", "Company Name"}) {
        const QString value = record.field(QLatin1String(field)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("%1 %2")
        .arg(record.field(QStringLiteral("First Name")), record.field(QStringLiteral("Last Name")))
        .trimmed();
}

} // namespace parley
