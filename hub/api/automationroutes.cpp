#include "hub/api/automationroutes.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parley::hub {
namespace {

constexpr int maxAutomationName = 80;

// The body of POST /api/v1/automations; `r` says what was wrong.
Automation automationFrom(JsonReader &r, const QJsonObject &body)
{
    Automation a;
    a.name = r.string(QStringLiteral("name"));
    if (a.name.size() > maxAutomationName)
        r.fail(QStringLiteral("name"), QStringLiteral("longer than %1").arg(maxAutomationName));
    a.trigger = r.enumValue(QStringLiteral("trigger"), automationTriggerFromName,
                            AutomationTrigger::RecordCreated);
    if (triggerIsAboutRecords(a.trigger) && !r.has(QStringLiteral("module")))
        r.fail(QStringLiteral("module"), QStringLiteral("required"));
    a.module = r.enumValue(QStringLiteral("module"), moduleFromName, Module::Leads);
    const qint64 hours = r.integer(QStringLiteral("wait_hours"));
    a.waitHours = int(qBound(qint64(-1), hours, qint64(maxNoReplyHours) + 1));
    a.action = r.enumValue(QStringLiteral("action"), automationActionFromName,
                           AutomationAction::SendTemplate);
    a.templateId = r.id(QStringLiteral("template_id"));
    a.channelId = r.id(QStringLiteral("channel_id"));
    a.agentId = r.id(QStringLiteral("agent_id"));
    a.teamId = r.id(QStringLiteral("team_id"));
    a.labelId = r.id(QStringLiteral("label_id"));
    const QJsonValue conditions = body.value(QStringLiteral("conditions"));
    if (!conditions.isUndefined() && !conditions.isNull()) {
        QString problem;
        if (!conditions.isArray())
            r.fail(QStringLiteral("conditions"), QStringLiteral("not an array"));
        else if (!conditionsFromJson(conditions.toArray(), &a.conditions, &problem))
            r.fail(QStringLiteral("conditions"), problem);
    }
    return a;
}

} // namespace

void addAutomationRoutes(HttpServer &server, ApiSupport &api, AutomationService &automations,
                         AutomationRunner &runner, RecordService &records)
{
    AutomationService *service = &automations;
    AutomationRunner *running = &runner;
    // A record made through the API hears at once what its automations did (the leader runs
    // them here; elsewhere the leader does, a moment later, and the reply says nothing).
    records.setCreatedHook([running](const Agent &, const Record &record, const QString &) {
        running->drain();
        return running->recordCreatedOutcomes(record.id);
    });
    server.route(
        "GET", QStringLiteral("/api/v1/automations"),
        api.authed([service](const HttpRequest &,
                             const Agent &) { return ApiSupport::respond(service->list()); },
                   true));
    server.route(
        "GET", QStringLiteral("/api/v1/automations/runs"),
        api.authed(
            [service](const HttpRequest &request, const Agent &) {
                bool ok = false;
                int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
                if (!ok || limit <= 0 || limit > 500)
                    limit = 100;
                const Id before =
                    request.query.queryItemValue(QStringLiteral("before")).toLongLong();
                const Id automation =
                    request.query.queryItemValue(QStringLiteral("automation_id")).toLongLong();
                return ApiSupport::respond(service->runs(limit, before, automation));
            },
            true));
    server.route("POST", QStringLiteral("/api/v1/automations"),
                 api.authedJson(
                     [service](const HttpRequest &request, const Agent &admin, JsonReader &r) {
                         const Automation automation =
                             automationFrom(r, QJsonDocument::fromJson(request.body).object());
                         if (!r.ok())
                             return ApiSupport::badRequest(r);
                         return ApiSupport::respond(service->create(admin, automation));
                     },
                     true));
    server.route("DELETE", QStringLiteral("/api/v1/automations/(\\d+)"),
                 api.authed(
                     [service](const HttpRequest &request, const Agent &) {
                         return ApiSupport::respond(service->remove(ApiSupport::idAt(request, 0)));
                     },
                     true));
}

} // namespace parley::hub
