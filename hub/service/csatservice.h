#pragma once

#include "hub/service/templateservice.h"
#include "hub/store/csatrepository.h"

namespace parley::hub {

// CSAT (issue #14 item 5): an admin picks, per channel or for every channel, an approved
// template with 1–5 quick-reply buttons; when a conversation is closed the hub sends it, once
// per closing (AutomationRunner tells it of each closing, on the leader); the customer's
// button press is recorded on the survey as a score 1–5 and neither reopens the conversation
// nor counts as unread (WebhookIntake asks recordAnswer first). The survey is a utility
// message about the service just given: it goes also to customers who stopped marketing
// messages (a MARKETING template would be refused for them by the usual send rules).
class CsatService {
public:
    CsatService(HubContext &context, TemplateService &templates)
        : m_ctx(context), m_repository(context.db), m_templates(templates)
    {}

    CommandResult settings();
    // Admins; `channelId` 0: every channel without its own; `templateId` 0 turns it off.
    CommandResult setSetting(Id channelId, Id templateId);

    void conversationClosed(const Conversation &conversation, const QString &closingKey);
    // Inside the webhook's transaction: true when `payload`/`title` is the answer (1–5) to a
    // survey sent to this conversation in the last seven days, now recorded. `repliedTo` is the
    // wamid the press replies to (Meta's `context.id`): only a press on the survey itself is its
    // answer, not a "1" pressed on some other template's buttons.
    bool recordAnswer(const Conversation &conversation, const QString &repliedTo,
                      const QString &payload, const QString &title, TimestampMs at);

private:
    std::optional<Agent> sender(const Conversation &conversation);

    HubContext &m_ctx;
    CsatRepository m_repository;
    TemplateService &m_templates;
};

} // namespace parley::hub
