#pragma once

#include "core/domain/ids.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace parley {

// Reads typed fields from a JSON object and remembers the first problem, so a codec can read
// every field and check once at the end. Absent optional fields keep their defaults; a field of
// the wrong type is always an error (a hostile or buggy peer must not be read as zero).
class JsonReader {
public:
    explicit JsonReader(const QJsonObject &object) : m_object(object) {}

    QString string(const QString &key, bool required = false);
    Id id(const QString &key, bool required = false);
    qint64 integer(const QString &key, bool required = false);
    bool boolean(const QString &key, bool fallback = false);
    TimestampMs time(const QString &key, bool required = false); // ISO-8601 UTC; absent/null → 0
    QJsonObject object(const QString &key);
    // An array of positive integer ids, at most `maxCount` of them (a longer one is an error:
    // a hostile peer must not make the reader allocate without bound).
    QList<Id> ids(const QString &key, bool required = false, int maxCount = 1000);

    // For enum names: reads the string and runs the parser; an unknown name is an error.
    template <typename Enum>
    Enum enumValue(const QString &key, bool (*parse)(const QString &, Enum *), Enum fallback)
    {
        const QString name = string(key);
        Enum value = fallback;
        if (!name.isEmpty() && !parse(name, &value))
            fail(key, QStringLiteral("unknown value \"%1\"").arg(name));
        return value;
    }

    bool has(const QString &key) const { return m_object.contains(key); }
    void fail(const QString &key, const QString &problem);
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    // The value under `key` in `value` (one lookup for the check and the read); false when it is
    // absent or null, which fails a required key.
    bool present(const QString &key, bool required, QJsonValue *value);

    QJsonObject m_object;
    QString m_error;
};

// The end of every fromJson: copies the reader's first problem to `error` (when asked for) and
// says whether there was none.
bool finish(const JsonReader &reader, QString *error);

// The writing side of JsonReader::ids: ids as a JSON array of numbers.
QJsonArray idArray(const QList<Id> &ids);

} // namespace parley
