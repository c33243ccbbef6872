#pragma once

#include "core/domain/activity.h"
#include "core/domain/predefinedtext.h"
#include "hub/service/conversationservice.h"

#include <QJsonArray>

#include <functional>

namespace parley::hub {

// CRM records (R9.3) and the team's predefined texts (R5): what merge fields read.
class RecordService {
public:
    explicit RecordService(HubContext &context) : m_ctx(context) {}

    // Runs after a record created through the API is committed (R6.5 automations); what it
    // returns, when not empty, joins the reply as "automations". Records the hub makes for
    // numbers that write first or for new chats do not go through createRecord.
    using CreatedHook =
        std::function<QJsonArray(const Agent &, const Record &, const QString &phone)>;
    void setCreatedHook(CreatedHook hook) { m_created = std::move(hook); }

    // Only the records in the agent's scope (core/rules/scoperules.h).
    CommandResult listRecords(const Agent &agent, std::optional<Module> module,
                              const QString &search, int limit, Id beforeId);
    CommandResult createRecord(const Agent &agent, Module module, const QVariantMap &fields);
    // Merges `fields` into the record (an empty value clears a field); `ownerId` > 0 reassigns.
    CommandResult updateRecord(const Agent &agent, Id id, const QVariantMap &fields, Id ownerId);

    // Admins: `duplicateId` (a lead or contact) merges into `keptId`: its conversations,
    // activities and the deals naming it move to the kept record, its fields join the kept
    // record's (recordmerge.cpp), and it is deleted. Events: conversation.updated,
    // activity.updated, record.updated, record.deleted and record.merged.
    CommandResult mergeRecords(const Agent &agent, Id keptId, Id duplicateId);

    CommandResult listTexts();
    CommandResult createText(const Agent &agent, const PredefinedText &text);
    // R5.4: the module stays as created; its merge fields depend on it.
    CommandResult updateText(const Agent &agent, const PredefinedText &text, bool moduleGiven);
    CommandResult deleteText(const Agent &agent, Id id);

    // Activities of a record (R3.5, R7.3), implemented in activitycommands.cpp.
    CommandResult listActivities(const Agent &agent, Id recordId);
    // `activity` carries kind, title, due time, conversation and owner (0: the caller).
    CommandResult createActivity(const Agent &agent, Id recordId, const Activity &activity);
    struct ActivityChange {
        std::optional<QString> title;
        std::optional<TimestampMs> dueAt;
        std::optional<bool> done;
        std::optional<Id> ownerId;
    };
    CommandResult updateActivity(const Agent &agent, Id id, const ActivityChange &change);

private:
    CommandResult refuseViewer(const Agent &agent) const;
    std::optional<PredefinedText> text(Id id);
    // Link fields (core/domain/recordlinks.h) must name a record of their module; their values
    // are rewritten as decimal ids.
    CommandResult checkLinks(QVariantMap *fields);

    HubContext &m_ctx;
    CreatedHook m_created;
};

} // namespace parley::hub
