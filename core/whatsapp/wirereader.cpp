#include "core/whatsapp/wirereader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace parley::whatsapp {
namespace {

// Beyond 2^53 a JSON double no longer holds every integer, so larger numbers would change digits.
constexpr double largestExactInteger = 9007199254740992.0;

bool isDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 18) // 18 digits always fit a qint64
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool isExactInteger(double number)
{
    return std::isfinite(number) && std::trunc(number) == number &&
           std::fabs(number) <= largestExactInteger;
}

} // namespace

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    default:
        return QStringLiteral("null");
    }
}

bool parseJsonObject(const QByteArray &body, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("body is not JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("body is a JSON %1, expected an object")
                     .arg(document.isArray() ? QStringLiteral("array") : QStringLiteral("value"));
        return false;
    }
    *object = document.object();
    return true;
}

QString WireReader::path(const QString &key) const
{
    if (m_path.isEmpty())
        return key;
    if (key.startsWith(QLatin1Char('[')))
        return m_path + key;
    return m_path + QLatin1Char('.') + key;
}

void WireReader::fail(const QString &key, const QString &problem)
{
    if (m_error->isEmpty())
        *m_error = QStringLiteral("%1: %2").arg(path(key), problem);
}

bool WireReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

QJsonValue WireReader::present(const QString &key, bool required)
{
    if (!has(key)) {
        if (required)
            fail(key, QStringLiteral("missing"));
        return QJsonValue::Undefined;
    }
    return m_object.value(key);
}

QString WireReader::string(const QString &key, bool required)
{
    const QJsonValue value = present(key, required);
    if (value.isString()) {
        if (required && value.toString().isEmpty())
            fail(key, QStringLiteral("empty"));
        return value.toString();
    }
    if (value.isDouble() && isExactInteger(value.toDouble()))
        return QString::number(static_cast<qint64>(value.toDouble()));
    if (!value.isUndefined())
        fail(key, QStringLiteral("expected a string, found %1").arg(jsonTypeName(value)));
    return {};
}

qint64 WireReader::integer(const QString &key, bool required)
{
    const QJsonValue value = present(key, required);
    if (value.isDouble() && isExactInteger(value.toDouble()))
        return static_cast<qint64>(value.toDouble());
    if (value.isString() && isDigits(value.toString()))
        return value.toString().toLongLong();
    if (!value.isUndefined())
        fail(key, QStringLiteral("expected an integer, found %1").arg(jsonTypeName(value)));
    return 0;
}

double WireReader::number(const QString &key, bool required)
{
    const QJsonValue value = present(key, required);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok && std::isfinite(parsed))
            return parsed;
    }
    if (!value.isUndefined())
        fail(key, QStringLiteral("expected a number, found %1").arg(jsonTypeName(value)));
    return 0;
}

bool WireReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = present(key, false);
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined())
        fail(key, QStringLiteral("expected a boolean, found %1").arg(jsonTypeName(value)));
    return fallback;
}

TimestampMs WireReader::seconds(const QString &key, bool required)
{
    const qint64 value = integer(key, required);
    // Seconds beyond year 9999 cannot be a Meta timestamp and would overflow as milliseconds.
    if (value < 0 || value > 253402300799LL) {
        fail(key, QStringLiteral("not a unix time in seconds"));
        return 0;
    }
    return value * 1000;
}

QJsonObject WireReader::object(const QString &key, bool required)
{
    const QJsonValue value = present(key, required);
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined())
        fail(key, QStringLiteral("expected an object, found %1").arg(jsonTypeName(value)));
    return {};
}

QJsonArray WireReader::array(const QString &key, bool required)
{
    const QJsonValue value = present(key, required);
    if (value.isArray())
        return value.toArray();
    if (!value.isUndefined())
        fail(key, QStringLiteral("expected an array, found %1").arg(jsonTypeName(value)));
    return {};
}

WireReader WireReader::child(const QString &key, bool required)
{
    return WireReader(object(key, required), path(key), m_error);
}

QList<WireReader> WireReader::children(const QString &key, bool required)
{
    const QJsonArray elements = array(key, required);
    QList<WireReader> readers;
    readers.reserve(elements.size());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QString elementPath = path(key) + QStringLiteral("[%1]").arg(i);
        if (!elements.at(i).isObject()) {
            if (m_error->isEmpty())
                *m_error = QStringLiteral("%1: expected an object, found %2")
                               .arg(elementPath, jsonTypeName(elements.at(i)));
            return {};
        }
        readers.append(WireReader(elements.at(i).toObject(), elementPath, m_error));
    }
    return readers;
}

} // namespace parley::whatsapp
