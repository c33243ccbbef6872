#pragma once

#include "core/protocol/triagetypes.h"
#include "core/sync/hubapi.h"

namespace parley {

// Issue #12 triage, typed (docs/api.md "Triage"): one set of changes applied by the hub to a
// selection of conversations in one call (POST /conversations/bulk). Not through the outbox:
// like assignment and status, triage is a command on shared team state that must be refused
// at once when it cannot happen (a label removed meanwhile, a conversation out of scope). The
// effects come back as conversation.updated events.
class TriageApi {
public:
    explicit TriageApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    void change(const BulkChangeRequest &request, HubCallback<BulkChangeResult> done) const;
    void labels(HubCallback<QList<Label>> done) const;
    // Admins: define, change and remove labels (the label.* events follow).
    void addLabel(const Label &label, HubCallback<Label> done) const;
    void updateLabel(Id id, const Label &label, HubCallback<Label> done) const;
    void removeLabel(Id id, HubCallback<Done> done) const;
    void labelUsage(Id id, HubCallback<LabelUsage> done) const;
    // Who sends the customer the read receipt on a channel (docs/api.md "read").
    void readReceipts(Id channelId, HubCallback<ReadReceiptRule> done) const;
    void setReadReceipts(Id channelId, ReadReceiptRule rule,
                         HubCallback<ReadReceiptRule> done) const;

private:
    HubApi m_api;
};

} // namespace parley
