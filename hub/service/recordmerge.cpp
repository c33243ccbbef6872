// RecordService's merge of duplicate customers (R9.2): everything of the duplicate moves to the
// record that is kept, and the duplicate goes.
#include "core/domain/recordlinks.h"
#include "core/protocol/entitycodec.h"
#include "core/rules/recordmerging.h"
#include "hub/service/recordservice.h"

namespace parley::hub {
namespace {

CommandResult mergeFailure(int status, const char *code, const QString &message)
{
    return CommandResult::failure(status, QLatin1String(code), message);
}

} // namespace

CommandResult RecordService::mergeRecords(const Agent &agent, Id keptId, Id duplicateId)
{
    if (!canAdminister(agent.role))
        return mergeFailure(403, "forbidden_admin_only",
                            QStringLiteral("Only admins may do this."));
    if (keptId == duplicateId)
        return mergeFailure(400, "merge_same_record",
                            QStringLiteral("A record cannot be merged into itself."));
    std::optional<Record> kept = m_ctx.records.byId(keptId);
    if (!kept)
        return mergeFailure(404, "not_found", QStringLiteral("There is no record %1.").arg(keptId));
    const std::optional<Record> duplicate = m_ctx.records.byId(duplicateId);
    if (!duplicate)
        return mergeFailure(404, "not_found",
                            QStringLiteral("There is no record %1.").arg(duplicateId));
    if (!isMergeable(kept->module) || !isMergeable(duplicate->module))
        return mergeFailure(422, "merge_not_person",
                            QStringLiteral("Only leads and contacts are merged."));

    const TimestampMs now = m_ctx.now();
    Transaction transaction(m_ctx.db);
    const auto failed = [] {
        return mergeFailure(500, "store_failed",
                            QStringLiteral("The hub could not save the change."));
    };
    // Conversations (with their messages and notes) follow the customer.
    int conversationsMoved = 0;
    for (Conversation conversation : m_ctx.conversations.byRecord(duplicateId)) {
        conversation.recordId = keptId;
        conversation.recordModule = moduleName(kept->module);
        if (!m_ctx.conversations.save(conversation) ||
            !m_ctx.events.append(EventType::ConversationUpdated, toJson(conversation), now))
            return failed();
        ++conversationsMoved;
    }
    const std::optional<QList<Activity>> activities =
        m_ctx.records.moveActivities(duplicateId, keptId);
    if (!activities)
        return failed();
    for (const Activity &activity : *activities) {
        if (!m_ctx.events.append(EventType::ActivityUpdated, toJson(activity), now))
            return failed();
    }
    // Deals (and anything else) naming the duplicate name the kept record instead.
    int linksMoved = 0;
    for (Record linking : m_ctx.records.linkingTo(duplicate->module, duplicateId)) {
        linking.fields.remove(linkField(duplicate->module));
        linking.fields.insert(linkField(kept->module), QString::number(keptId));
        linking.updatedAt = now;
        if (!m_ctx.records.save(linking) ||
            !m_ctx.events.append(EventType::RecordUpdated, toJson(linking), now))
            return failed();
        ++linksMoved;
    }
    kept->fields = mergedRecordFields(kept->fields, duplicate->fields);
    kept->updatedAt = now;
    const QJsonObject merged{{QStringLiteral("kept_id"), keptId},
                             {QStringLiteral("merged_id"), duplicateId}};
    if (!m_ctx.records.save(*kept) ||
        !m_ctx.events.append(EventType::RecordUpdated, toJson(*kept), now) ||
        !m_ctx.records.remove(duplicateId) ||
        !m_ctx.events.append(EventType::RecordDeleted, {{QStringLiteral("id"), duplicateId}},
                             now) ||
        !m_ctx.events.append(EventType::RecordMerged, merged, now) || !transaction.commit())
        return failed();
    m_ctx.eventsCommitted();
    return CommandResult::success({{QStringLiteral("record"), toJson(*kept)},
                                   {QStringLiteral("merged_id"), duplicateId},
                                   {QStringLiteral("conversations_moved"), conversationsMoved},
                                   {QStringLiteral("activities_moved"), int(activities->size())},
                                   {QStringLiteral("links_moved"), linksMoved}});
}

} // namespace parley::hub
