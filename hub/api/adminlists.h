#pragma once

#include "core/domain/ids.h"
#include "core/protocol/jsonreader.h"
#include "hub/api/httptypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace parley::hub {

// JsonReader reads scalars; the admin routes also take lists of ids and of names. A list that is
// not one fails `reader` with the field's name, as JsonReader does for scalars.
inline QJsonArray bodyArray(const HttpRequest &request, const QString &key, JsonReader &reader)
{
    const QJsonValue value = QJsonDocument::fromJson(request.body).object().value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        reader.fail(key, QStringLiteral("not a list"));
    return value.toArray();
}

inline QList<Id> bodyIds(const HttpRequest &request, const QString &key, JsonReader &reader)
{
    QList<Id> ids;
    for (const QJsonValue &value : bodyArray(request, key, reader)) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 1 || number != double(qint64(number))) {
            reader.fail(key, QStringLiteral("not a list of ids"));
            return {};
        }
        ids.append(qint64(number));
    }
    return ids;
}

inline QStringList bodyStrings(const HttpRequest &request, const QString &key, JsonReader &reader)
{
    QStringList names;
    for (const QJsonValue &value : bodyArray(request, key, reader)) {
        if (!value.isString()) {
            reader.fail(key, QStringLiteral("not a list of strings"));
            return {};
        }
        names.append(value.toString().trimmed());
    }
    return names;
}

} // namespace parley::hub
