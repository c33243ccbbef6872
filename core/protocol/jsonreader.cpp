#include "core/protocol/jsonreader.h"

#include "core/protocol/isotime.h"

#include <QJsonArray>
#include <QJsonValue>

namespace parley {

bool finish(const JsonReader &reader, QString *error)
{
    if (!reader.ok() && error)
        *error = reader.error();
    return reader.ok();
}

QJsonArray idArray(const QList<Id> &ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(id);
    return array;
}

void JsonReader::fail(const QString &key, const QString &problem)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("%1: %2").arg(key, problem);
}

bool JsonReader::present(const QString &key, bool required, QJsonValue *value)
{
    *value = m_object.value(key);
    if (value->isUndefined() || value->isNull()) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return false;
    }
    return true;
}

QString JsonReader::string(const QString &key, bool required)
{
    QJsonValue value;
    if (!present(key, required, &value))
        return {};
    if (!value.isString()) {
        fail(key, QStringLiteral("not a string"));
        return {};
    }
    return value.toString();
}

qint64 JsonReader::integer(const QString &key, bool required)
{
    QJsonValue value;
    if (!present(key, required, &value))
        return 0;
    // JSON numbers are doubles: integers above 2^53 would silently lose digits. The range is
    // checked before the cast: converting a double outside qint64's range is undefined.
    const double number = value.toDouble();
    if (!value.isDouble() || !(number >= -9007199254740992.0 && number <= 9007199254740992.0) ||
        number != static_cast<double>(static_cast<qint64>(number))) {
        fail(key, QStringLiteral("not an integer"));
        return 0;
    }
    return static_cast<qint64>(number);
}

Id JsonReader::id(const QString &key, bool required)
{
    const qint64 value = integer(key, required);
    if (value < 0)
        fail(key, QStringLiteral("negative id"));
    return value;
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    QJsonValue value;
    if (!present(key, false, &value))
        return fallback;
    if (!value.isBool()) {
        fail(key, QStringLiteral("not a boolean"));
        return fallback;
    }
    return value.toBool();
}

TimestampMs JsonReader::time(const QString &key, bool required)
{
    const QString text = string(key, required);
    if (text.isEmpty())
        return 0;
    TimestampMs ms = 0;
    if (!fromIsoUtc(text, &ms))
        fail(key, QStringLiteral("not an ISO-8601 UTC time"));
    return ms;
}

QJsonObject JsonReader::object(const QString &key)
{
    QJsonValue value;
    if (!present(key, false, &value))
        return {};
    if (!value.isObject()) {
        fail(key, QStringLiteral("not an object"));
        return {};
    }
    return value.toObject();
}

QList<Id> JsonReader::ids(const QString &key, bool required, int maxCount)
{
    QJsonValue value;
    if (!present(key, required, &value))
        return {};
    if (!value.isArray()) {
        fail(key, QStringLiteral("not an array"));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxCount) {
        fail(key, QStringLiteral("more than %1 ids").arg(maxCount));
        return {};
    }
    QList<Id> out;
    out.reserve(array.size());
    for (const QJsonValue &item : array) {
        const double number = item.toDouble();
        if (!item.isDouble() || !(number >= 1 && number <= 9007199254740992.0) ||
            number != static_cast<double>(static_cast<qint64>(number))) {
            fail(key, QStringLiteral("not a list of ids"));
            return {};
        }
        out.append(static_cast<Id>(number));
    }
    return out;
}

} // namespace parley
