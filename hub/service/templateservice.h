#pragma once

#include "core/rules/templatecomponentrules.h"
#include "hub/service/billingservice.h"
#include "hub/service/conversationservice.h"
#include "hub/service/graphclient.h"

#include <functional>

namespace parley::hub {

// Message templates (R6): submitted to Meta for review, their verdict arriving by webhook; and
// template sends, the only messages allowed outside the 24-hour window (R2.3, R2.4, R6.5).
class TemplateService : public QObject {
    Q_OBJECT
public:
    TemplateService(HubContext &context, ConversationService &conversations,
                    BillingService &billing, QObject *parent = nullptr);

    CommandResult list();
    // A new template, or a rejected one changed and sent again (`draft.id` set).
    // `examples`: one sample value per field of the body for Meta's review; empty: core's
    // realistic defaults (templateexamples.h). Never the field names.
    CommandResult submit(const MessageTemplate &draft, const QStringList &examples = {});
    // R6.2: deletes the template on WhatsApp (Graph DELETE by name and hsm_id on the account
    // it was submitted to), then here; it leaves every list and frees its place among the 200.
    // A template WhatsApp never accepted (no Meta id) is deleted here only. Answers once Graph
    // has.
    using Done = std::function<void(const CommandResult &)>;
    void remove(Id templateId, Done done);
    // `values`: the header's value and the URL buttons' suffixes the template asks for
    // (core/rules/templatecomponentrules.h), given by the agent.
    CommandResult send(const Agent &agent, Id conversationId, Id templateId,
                       const QString &idempotencyKey, const TemplateSendValues &values = {});
    // R2.4 "New WhatsApp chat": a conversation with a number that has not written, opened with
    // an approved template. With `recordId` (R6.5 "Send WhatsApp template" from a record, and
    // automations) a new conversation belongs to that record instead of a new one, and the
    // merge fields are filled from it.
    CommandResult startChat(const Agent &agent, Id channelId, const QString &number,
                            const QString &name, Id templateId, const QString &idempotencyKey,
                            Id recordId = 0, const TemplateSendValues &values = {});
    // The template `templateId` when it may be sent now; otherwise nothing, and `refusal` says
    // why (404 unknown, 422 not approved).
    std::optional<MessageTemplate> sendableTemplate(Id templateId, CommandResult *refusal);

private:
    CommandResult sendTemplate(const Agent &agent, Id conversationId, Id templateId,
                               const QString &idempotencyKey, Id mergeRecordId,
                               const TemplateSendValues &values);
    void deleted(Id templateId, const GraphClient::Reply &reply, const Done &done);
    CommandResult removeStored(Id templateId);
    void submitToMeta(const MessageTemplate &t, const QStringList &examples);
    void metaAnswered(Id templateId, const GraphClient::Reply &reply);
    bool publish(const MessageTemplate &t);
    // The channel whose WhatsApp account holds templates of `channelId` (0: the first
    // connected channel), when connected.
    std::optional<ChannelConfig> templateChannel(Id channelId);

    HubContext &m_ctx;
    ConversationService &m_conversations;
    BillingService &m_billing;
    GraphClient m_graph;
};

} // namespace parley::hub
