#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace parley {

// Reads a reply of the shape {"<key>": [entity, …]} with the entity's fromJson: the whole reply
// is refused, naming the entry, when one entry is wrong.
template <typename T>
bool fromJsonList(const QJsonObject &json, const QString &key, QList<T> *list, QString *error)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray()) {
        if (error)
            *error = key + QStringLiteral(": not a list");
        return false;
    }
    const QJsonArray array = value.toArray();
    list->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        T entry{};
        QString problem;
        if (!array.at(i).isObject() || !fromJson(array.at(i).toObject(), &entry, &problem)) {
            if (error)
                *error = QStringLiteral("%1[%2]: %3").arg(key).arg(i).arg(problem);
            return false;
        }
        list->append(entry);
    }
    return true;
}

template <typename T>
std::function<bool(const QJsonObject &, QList<T> *, QString *)> listDecoder(const QString &key)
{
    return [key](const QJsonObject &json, QList<T> *list, QString *error) {
        return fromJsonList(json, key, list, error);
    };
}

// A reply that is the entity itself, read with its fromJson.
template <typename T> bool decodeReply(const QJsonObject &json, T *value, QString *error)
{
    return fromJson(json, value, error);
}

// The same for {"<key>": {entity}}.
template <typename T>
std::function<bool(const QJsonObject &, T *, QString *)> entityDecoder(const QString &key)
{
    return [key](const QJsonObject &json, T *entity, QString *error) {
        return fromJson(json.value(key).toObject(), entity, error);
    };
}

} // namespace parley
