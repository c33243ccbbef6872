#pragma once

#include "hub/service/templateservice.h"

#include <QJsonArray>

namespace parley::hub {

// R6.5 automations: "when a record is created in module M, send the approved template T from
// channel C". Admins set them up; the hub runs them after RecordService::createRecord commits,
// through the same path as a new chat (charged, idempotent), so a record is messaged at most
// once per automation however often the run is repeated.
class AutomationService {
public:
    AutomationService(HubContext &context, TemplateService &templates)
        : m_ctx(context), m_templates(templates)
    {}

    CommandResult list();
    CommandResult create(const Agent &admin, Module module, Id templateId, Id channelId);
    CommandResult remove(Id id);

    // Runs every automation of the record's module; one outcome per automation run.
    QJsonArray recordCreated(const Agent &agent, const Record &record, const QString &phone);

    // The key of the one message an automation may send for a record.
    static QString idempotencyKey(Id automationId, Id recordId);

private:
    struct Automation {
        Id id = 0;
        Module module = Module::Leads;
        Id templateId = 0;
        Id channelId = 0;
    };
    QList<Automation> automationsFor(Module module);
    QJsonObject run(const Automation &automation, const Agent &agent, const Record &record,
                    const QString &phone);
    void remember(Id automationId, const QString &error, bool sent);

    HubContext &m_ctx;
    TemplateService &m_templates;
};

} // namespace parley::hub
