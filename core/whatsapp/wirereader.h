#pragma once

#include "core/domain/ids.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace parley::whatsapp {

// Parses `body` as a JSON object; anything else (not JSON, an array, a bare value) is an error
// naming what was found, so the hub can answer 400 with a reason.
bool parseJsonObject(const QByteArray &body, QJsonObject *object, QString *error);

// "an object", "a string", … for error messages.
QString jsonTypeName(const QJsonValue &value);

// Reads Meta's JSON the way Meta writes it. Unlike parley::JsonReader it is lenient where Meta is
// inconsistent: ids and timestamps arrive as strings or numbers (message_template_id is an
// integer, file_size is "303833" or 61901), so string() also takes an integral number and
// integer() also takes a string of digits. A value of a plainly wrong type (an object where text
// belongs) is still an error, so a broken payload is never read as empty.
//
// Nested readers share one error slot and prefix a path, so the first problem reads like
// "entry[0].changes[0].value.messages[1].id: missing".
class WireReader {
public:
    WireReader(const QJsonObject &object, const QString &path, QString *error)
        : m_object(object), m_path(path), m_error(error)
    {}

    QString string(const QString &key, bool required = false);
    qint64 integer(const QString &key, bool required = false);
    double number(const QString &key, bool required = false);
    bool boolean(const QString &key, bool fallback = false);
    // Unix seconds (string or number) as milliseconds; absent → 0.
    TimestampMs seconds(const QString &key, bool required = false);

    bool has(const QString &key) const;
    QJsonObject object(const QString &key, bool required = false);
    QJsonArray array(const QString &key, bool required = false);

    // A reader for the sub-object `key` (empty when absent and not required).
    WireReader child(const QString &key, bool required = false);
    // One reader per element of the array `key`; an element that is not an object is an error.
    QList<WireReader> children(const QString &key, bool required = false);

    void fail(const QString &key, const QString &problem);
    bool ok() const { return m_error->isEmpty(); }
    QString path(const QString &key) const;
    const QJsonObject &json() const { return m_object; }

private:
    QJsonValue present(const QString &key, bool required);

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

} // namespace parley::whatsapp
