#include "bench/mirror/sqltext.h"

namespace parley {

QString sqlLiteral(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QString: {
        QString text = value.toString();
        text.replace(QLatin1Char('\''), QStringLiteral("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    default:
        return value.isValid() ? sqlLiteral(value.toString()) : QStringLiteral("NULL");
    }
}

bool inlineValues(const QString &sql, const QVariantList &values, QString *out, QString *error)
{
    out->clear();
    out->reserve(sql.size() + 16 * values.size());
    int next = 0;
    QChar quote; // the quote character of the literal or identifier we are inside, if any
    for (const QChar ch : sql) {
        if (!quote.isNull()) {
            // A doubled quote inside a literal closes and reopens it, which this handles too.
            if (ch == quote)
                quote = QChar();
            out->append(ch);
        } else if (ch == QLatin1Char('\'') || ch == QLatin1Char('"')) {
            quote = ch;
            out->append(ch);
        } else if (ch == QLatin1Char('?')) {
            if (next == values.size()) {
                *error = QStringLiteral("more placeholders than values in: %1").arg(sql);
                return false;
            }
            out->append(sqlLiteral(values.at(next++)));
        } else {
            out->append(ch);
        }
    }
    if (next != values.size()) {
        *error = QStringLiteral("%1 values for %2 placeholders in: %3")
                     .arg(values.size())
                     .arg(next)
                     .arg(sql);
        return false;
    }
    return true;
}

} // namespace parley
