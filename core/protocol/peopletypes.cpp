#include "core/protocol/peopletypes.h"

#include "core/protocol/jsonreader.h"

#include <QJsonArray>

namespace parley {

QJsonObject toJson(const AgentGroup &group)
{
    QJsonObject json{{QStringLiteral("name"), group.name},
                     {QStringLiteral("members"), idArray(group.members)}};
    if (group.id != 0)
        json.insert(QStringLiteral("id"), group.id);
    return json;
}

bool fromJson(const QJsonObject &json, AgentGroup *group, QString *error)
{
    JsonReader r(json);
    group->id = r.id(QStringLiteral("id"), true);
    group->name = r.string(QStringLiteral("name"), true);
    group->members.clear();
    const QJsonValue members = json.value(QStringLiteral("members"));
    if (!members.isUndefined() && !members.isArray())
        r.fail(QStringLiteral("members"), QStringLiteral("not a list"));
    for (const QJsonValue &member : members.toArray()) {
        if (!member.isDouble())
            r.fail(QStringLiteral("members"), QStringLiteral("not an id"));
        group->members.append(member.toInteger());
    }
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

QJsonObject toJson(const NewAgent &agent)
{
    return {{QStringLiteral("login"), agent.login},
            {QStringLiteral("name"), agent.name},
            {QStringLiteral("password"), agent.password},
            {QStringLiteral("role"), roleName(agent.role)},
            {QStringLiteral("department"), agent.department}};
}

QJsonObject toJson(const AgentChanges &changes)
{
    QJsonObject json;
    if (changes.name)
        json.insert(QStringLiteral("name"), *changes.name);
    if (changes.role)
        json.insert(QStringLiteral("role"), roleName(*changes.role));
    if (changes.department)
        json.insert(QStringLiteral("department"), *changes.department);
    if (changes.groups)
        json.insert(QStringLiteral("groups"), idArray(*changes.groups));
    if (changes.active)
        json.insert(QStringLiteral("active"), *changes.active);
    if (changes.password)
        json.insert(QStringLiteral("password"), *changes.password);
    return json;
}

bool fromJson(const QJsonObject &json, QStringList *departments, QString *error)
{
    const QJsonValue list = json.value(QStringLiteral("departments"));
    departments->clear();
    for (const QJsonValue &name : list.toArray()) {
        if (!name.isString()) {
            if (error)
                *error = QStringLiteral("departments: not a name");
            return false;
        }
        departments->append(name.toString());
    }
    if (!list.isArray() && error)
        *error = QStringLiteral("departments: not a list");
    return list.isArray();
}

} // namespace parley
