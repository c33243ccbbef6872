#pragma once

#include "hub/service/templateservice.h"
#include "hub/store/automationrepository.h"

#include <QJsonArray>

namespace parley::hub {

// R6.5 automations, the admins' side: setting them up (every reference checked when it is
// created, so that a run fails only on what changed since) and reading the run log. Running
// them is AutomationRunner's.
class AutomationService {
public:
    AutomationService(HubContext &context, TemplateService &templates)
        : m_ctx(context), m_repository(context.db), m_templates(templates)
    {}

    CommandResult list();
    CommandResult create(const Agent &admin, const Automation &input);
    CommandResult remove(Id id);
    // Newest first; `beforeId` pages, `automationId` > 0 filters.
    CommandResult runs(int limit, Id beforeId, Id automationId);

    static QJsonObject toJson(const Automation &automation);

private:
    std::optional<CommandResult> refuse(const Automation &input);

    HubContext &m_ctx;
    AutomationRepository m_repository;
    TemplateService &m_templates;
};

} // namespace parley::hub
