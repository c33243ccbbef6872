#pragma once

#include "core/domain/ids.h"
#include "core/rules/templatecomponentrules.h"
#include "core/sync/hubapi.h"

namespace parley {

// A chat the desktop starts with an approved template (R6.4): to a number, or to a record's.
struct StartChatRequest {
    Id channelId = 0;
    QString customerNumber;
    QString customerName;
    Id templateId = 0;
    Id recordId = 0;           // 0: not from a record
    TemplateSendValues values; // the template's header value and URL suffixes, if it has any
};

// The conversation commands that are not queued in the outbox (docs/api.md "Conversations"),
// typed. Replies and reactions go through the outbox (core/mirror/outbox.h) instead.
class ConversationsApi {
public:
    explicit ConversationsApi(HubApi api) : m_api(api) {}
    bool isConnected() const { return m_api.isConnected(); }

    // Answers with the new (or existing) conversation's id. `idempotencyKey`: one per attempt
    // the agent made, so a retried request starts one chat.
    void startChat(const StartChatRequest &request, const QByteArray &idempotencyKey,
                   HubCallback<Id> done) const;
    // `values`: the header value and URL button suffixes the template asks for, if any.
    void sendTemplate(Id conversationId, Id templateId, const QByteArray &idempotencyKey,
                      HubCallback<Done> done, const TemplateSendValues &values = {}) const;
    // The agent read the conversation: the hub sends WhatsApp's read receipt. Nobody waits.
    void markRead(Id conversationId) const;

private:
    HubApi m_api;
};

} // namespace parley
