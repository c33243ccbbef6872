#pragma once

#include "core/domain/conversation.h"
#include "core/protocol/recordtypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// The commands on conversations, records and activities (docs/api.md "Conversations",
// "Records", "Activities"; R3.5, R7.x), typed. Their effects come back through the sync stream;
// a reply only says whether the hub took the command.
class RecordsApi {
public:
    explicit RecordsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    void assign(Id conversationId, Id ownerId, HubCallback<Done> done) const;
    void setStatus(Id conversationId, ConversationStatus status, HubCallback<Done> done) const;
    void addNote(Id conversationId, const QString &text, HubCallback<Done> done) const;

    void createRecord(const NewRecord &record, HubCallback<Record> done) const;
    void updateRecord(Id recordId, const RecordChanges &changes, HubCallback<Record> done) const;
    // Admins (R9.2): `duplicateId` merges into `keptId` and is deleted.
    void mergeRecords(Id keptId, Id duplicateId, HubCallback<RecordMergeOutcome> done) const;
    void createActivity(Id recordId, const NewActivity &activity, HubCallback<Done> done) const;
    void setActivityDone(Id activityId, bool isDone, HubCallback<Done> done) const;

private:
    HubApi m_api;
};

} // namespace parley
