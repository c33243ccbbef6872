#include "core/protocol/automationtypes.h"

#include "core/protocol/jsonreader.h"

namespace parley {

QJsonObject toJson(const Automation &automation)
{
    return {{QStringLiteral("module"), moduleName(automation.module)},
            {QStringLiteral("template_id"), automation.templateId},
            {QStringLiteral("channel_id"), automation.channelId}};
}

bool fromJson(const QJsonObject &json, Automation *automation, QString *error)
{
    JsonReader r(json);
    automation->id = r.id(QStringLiteral("id"), true);
    automation->module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    automation->templateId = r.id(QStringLiteral("template_id"));
    automation->channelId = r.id(QStringLiteral("channel_id"));
    automation->createdBy = r.id(QStringLiteral("created_by"));
    automation->createdAt = r.time(QStringLiteral("created_at"));
    automation->sentCount = r.integer(QStringLiteral("sent_count"));
    automation->lastRunAt = r.time(QStringLiteral("last_run_at"));
    automation->lastError = r.string(QStringLiteral("last_error"));
    if (!r.ok() && error)
        *error = r.error();
    return r.ok();
}

} // namespace parley
