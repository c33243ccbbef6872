#include "core/sync/recordsapi.h"

#include "core/protocol/commands.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/listcodec.h"

namespace parley {

void RecordsApi::assign(Id conversationId, Id ownerId, HubCallback<Done> done) const
{
    m_api.post<Done>(QStringLiteral("/conversations/%1/assign").arg(conversationId),
                     toJson(AssignRequest{ownerId}), HubSubject::Conversation, &HubApi::nothing,
                     std::move(done));
}

void RecordsApi::setStatus(Id conversationId, ConversationStatus status,
                           HubCallback<Done> done) const
{
    m_api.post<Done>(QStringLiteral("/conversations/%1/status").arg(conversationId),
                     toJson(SetStatusRequest{status}), HubSubject::Conversation, &HubApi::nothing,
                     std::move(done));
}

void RecordsApi::addNote(Id conversationId, const QString &text, HubCallback<Done> done) const
{
    m_api.post<Done>(QStringLiteral("/conversations/%1/notes").arg(conversationId),
                     toJson(AddNoteRequest{text}), HubSubject::Conversation, &HubApi::nothing,
                     std::move(done));
}

void RecordsApi::createRecord(const NewRecord &record, HubCallback<Record> done) const
{
    m_api.post<Record>(QStringLiteral("/records"), toJson(record), HubSubject::Record,
                       entityDecoder<Record>(QStringLiteral("record")), std::move(done));
}

void RecordsApi::updateRecord(Id recordId, const RecordChanges &changes,
                              HubCallback<Record> done) const
{
    m_api.post<Record>(QStringLiteral("/records/%1").arg(recordId), toJson(changes),
                       HubSubject::Record, entityDecoder<Record>(QStringLiteral("record")),
                       std::move(done));
}

void RecordsApi::mergeRecords(Id keptId, Id duplicateId, HubCallback<RecordMergeOutcome> done) const
{
    m_api.post<RecordMergeOutcome>(
        QStringLiteral("/records/%1/merge").arg(keptId),
        {{QStringLiteral("duplicate_id"), duplicateId}}, HubSubject::Record,
        [](const QJsonObject &json, RecordMergeOutcome *outcome, QString *problem) {
            return fromJson(json, outcome, problem);
        },
        std::move(done));
}

void RecordsApi::createActivity(Id recordId, const NewActivity &activity,
                                HubCallback<Done> done) const
{
    m_api.post<Done>(QStringLiteral("/records/%1/activities").arg(recordId), toJson(activity),
                     HubSubject::Record, &HubApi::nothing, std::move(done));
}

void RecordsApi::setActivityDone(Id activityId, bool isDone, HubCallback<Done> done) const
{
    m_api.post<Done>(QStringLiteral("/activities/%1").arg(activityId),
                     {{QStringLiteral("done"), isDone}}, HubSubject::Record, &HubApi::nothing,
                     std::move(done));
}

} // namespace parley
