#include "core/sync/huberror.h"

#include "core/rules/ruleerror.h"

#include <QCoreApplication>

namespace parley {
namespace {

// Rows marked Any apply to every subject; a row for a subject wins over them. A Change row also
// serves Conversation, Record, PredefinedText and Automation: they are all changes.
constexpr int Any = -1;

struct Entry {
    const char *code;
    int subject;
    // %1, where present, is the hub's message (or the code); nullptr: the hub's message says
    // it better (it names values the code cannot), so it is shown as it came.
    const char *text;
};

const Entry entries[] = {
    // Sending (R3.x): the 24-hour window, credits, WhatsApp's answers.
    {"window_closed", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The 24-hour window is closed: only an approved template can be sent now.")},
    {"131047", Any,
     QT_TRANSLATE_NOOP("HubError", "The 24-hour window had closed: send an approved template.")},
    {"window_never_opened", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "This customer has not written yet: start with an approved template.")},
    {"credits_insufficient", Any,
     QT_TRANSLATE_NOOP(
         "HubError", "Not enough credits. Ask an admin to buy credits or turn on auto-recharge.")},
    {"channel_inactive", Any,
     QT_TRANSLATE_NOOP("HubError", "This WhatsApp number is deactivated or disconnected.")},
    {"channel_disconnected", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "This WhatsApp number is disconnected. Connect it again first.")},
    {"delivery_unknown", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The hub stopped while sending: WhatsApp may or may not have this message. "
                       "Check before sending it again.")},
    {"whatsapp_rejected", Any, QT_TRANSLATE_NOOP("HubError", "WhatsApp refused the change: %1")},
    // Number registration (R1.10): %1 is Meta's own words (the attempts left, say).
    {"registration_code_wrong", Any,
     QT_TRANSLATE_NOOP("HubError", "WhatsApp did not accept the code: %1")},
    {"registration_code_refused", Any,
     QT_TRANSLATE_NOOP("HubError", "WhatsApp did not send a code: %1")},
    {"registration_pin_mismatch", Any,
     QT_TRANSLATE_NOOP("HubError", "This is not the number's two-step verification PIN.")},
    {"registration_not_verified", Any,
     QT_TRANSLATE_NOOP("HubError", "Verify the number with its code before registering it.")},
    {"registration_too_many_attempts", Any,
     QT_TRANSLATE_NOOP("HubError", "Too many attempts for this number in a short time: wait a "
                                   "few minutes and try again.")},
    {"registration_code_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "The code is the 6 digits WhatsApp sent, nothing else.")},
    {"registration_pin_invalid", Any, QT_TRANSLATE_NOOP("HubError", "The PIN is 6 digits.")},
    {"registration_language_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "WhatsApp cannot send the code in this language.")},
    {"channel_not_active", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "Activate or connect this WhatsApp number before registering it.")},
    {"channel_token_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "Paste the access token exactly as Meta shows it.")},
    {"whatsapp_token_invalid", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "WhatsApp no longer accepts this channel's access token. Connect the number "
                       "again with a new token.")},
    {"whatsapp_unreachable", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "WhatsApp could not be reached or did not answer. Try again later.")},
    {"whatsapp_error", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "WhatsApp could not be reached or did not answer. Try again later.")},
    {"131026", Any, QT_TRANSLATE_NOOP("HubError", "WhatsApp could not deliver to this number.")},
    {"files_missing", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The files waiting to be sent were removed from this computer. Attach them "
                       "again.")},
    {"text_empty", Any, QT_TRANSLATE_NOOP("HubError", "Write a message first.")},
    {"caption_not_allowed", Any,
     QT_TRANSLATE_NOOP("HubError", "WhatsApp sends audio without a caption: remove the text.")},
    {"caption_too_long", Any,
     QT_TRANSLATE_NOOP("HubError", "The caption is too long for WhatsApp: %1")},
    {"message_not_found", Any,
     QT_TRANSLATE_NOOP("HubError", "That message is no longer in this conversation.")},
    {"message_not_sent", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "That message has not reached WhatsApp yet, so it cannot be answered.")},
    {"emoji_invalid", Any, QT_TRANSLATE_NOOP("HubError", "A reaction is one emoji.")},
    {"template_examples_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "Give one sample value for each field of the template: %1")},
    {"department_not_served", Any,
     QT_TRANSLATE_NOOP("HubError", "This conversation's number does not serve that department.")},
    {"label_name_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "A label's name has 1 to 40 characters.")},
    {"label_color_invalid", Any, QT_TRANSLATE_NOOP("HubError", "Choose a colour for the label.")},
    {"label_exists", Any, QT_TRANSLATE_NOOP("HubError", "There is already a label of that name.")},
    {"too_many_mutes", Any,
     QT_TRANSLATE_NOOP("HubError", "You have muted too many conversations; unmute one first.")},
    {"label_unknown", Any,
     QT_TRANSLATE_NOOP("HubError", "That label no longer exists; choose another one.")},
    {"saved_view_name_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "A view's name has 1 to 60 characters.")},
    {"saved_view_filter_invalid", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The hub cannot run this view's filter. Change it and save again.")},
    {"saved_view_read_only", Any,
     QT_TRANSLATE_NOOP("HubError", "This view is shared with the team; only admins change it.")},
    {"saved_view_limit", Any,
     QT_TRANSLATE_NOOP("HubError", "You have as many saved views as the hub keeps (50). Delete "
                                   "one first.")},
    {"team_unknown", Any,
     QT_TRANSLATE_NOOP("HubError", "That team no longer exists; choose another one.")},
    {"snooze_in_past", Any, QT_TRANSLATE_NOOP("HubError", "Choose a time still to come.")},
    {"merge_not_person", Any, QT_TRANSLATE_NOOP("HubError", "Only leads and contacts are merged.")},
    {"merge_same_record", Any,
     QT_TRANSLATE_NOOP("HubError", "A record cannot be merged into itself.")},
    {"password_busy", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub is busy with other passwords. Try again in a moment.")},
    {"password_hash_failed", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not store the password. Try again.")},
    {"text_too_long", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The message is longer than WhatsApp allows (4,096 characters).")},
    {"media_not_ready", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The file is still being prepared on the hub. Try again in a moment.")},
    {"customer_stopped_marketing", Any,
     QT_TRANSLATE_NOOP("HubError", "This customer asked not to receive marketing messages.")},
    {"record_not_messageable", Any,
     QT_TRANSLATE_NOOP("HubError", "This record has no WhatsApp number to write to.")},

    // Access and session.
    {"forbidden_view_only", int(HubSubject::Send),
     QT_TRANSLATE_NOOP("HubError", "You have view-only access and cannot send.")},
    {"forbidden_view_only", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "You have view-only access: you can see this but not change it.")},
    {"forbidden_admin_only", Any, QT_TRANSLATE_NOOP("HubError", "Only admins can do this.")},
    {"forbidden", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub refused this: you do not have access to it.")},
    {"unauthorized", Any, QT_TRANSLATE_NOOP("HubError", "Your session has ended. Log in again.")},
    {"login_failed", Any, QT_TRANSLATE_NOOP("HubError", "Your session has ended. Log in again.")},
    {"login_busy", Any,
     QT_TRANSLATE_NOOP("HubError", "Too many sign-in attempts. Wait a minute and try again.")},
    {"login_rate_limited", Any,
     QT_TRANSLATE_NOOP("HubError", "Too many sign-in attempts. Wait a minute and try again.")},

    // The hub unreachable or failing.
    {"hub_unreachable", int(HubSubject::Send),
     QT_TRANSLATE_NOOP("HubError",
                       "The hub cannot be reached. The reply will be sent when it is back.")},
    {"offline", int(HubSubject::Send),
     QT_TRANSLATE_NOOP("HubError",
                       "The hub cannot be reached. The reply will be sent when it is back.")},
    {"hub_unreachable", Any,
     QT_TRANSLATE_NOOP(
         "HubError",
         "The hub cannot be reached, so nothing was changed. Try again when it is back.")},
    {"offline", Any,
     QT_TRANSLATE_NOOP(
         "HubError",
         "The hub cannot be reached, so nothing was changed. Try again when it is back.")},
    {"store_failed", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The hub could not save the change; nothing was changed. Try again.")},
    {"storage_full", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The hub's storage is full; nothing was saved. Tell your administrator.")},

    // A request the hub could not read: a bug or a version mismatch, so the hub's own words.
    {"bad_request", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"malformed_json", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"malformed", Any, QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"too_large", Any, QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"headers_too_large", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"url_too_long", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"length_required", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"method_not_allowed", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"not_implemented", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"http_version_not_supported", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"bad_reply", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The hub answered in a way this version of Parley does not understand: %1")},
    {"timeout", Any, QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"signature_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"idempotency_key_required", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},
    {"idempotency_key_reused", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub could not accept this request: %1")},

    // Something that no longer exists, said for what the agent was doing.
    {"not_found", int(HubSubject::Send),
     QT_TRANSLATE_NOOP("HubError", "The conversation no longer exists on the hub.")},
    {"not_found", int(HubSubject::Conversation),
     QT_TRANSLATE_NOOP("HubError",
                       "This record, activity or conversation no longer exists on the hub.")},
    {"not_found", int(HubSubject::Record),
     QT_TRANSLATE_NOOP("HubError",
                       "This record, activity or conversation no longer exists on the hub.")},
    {"not_found", int(HubSubject::PredefinedText),
     QT_TRANSLATE_NOOP("HubError",
                       "This predefined text no longer exists; someone may have deleted it.")},
    {"not_found", int(HubSubject::Automation),
     QT_TRANSLATE_NOOP("HubError", "The template or WhatsApp number no longer exists.")},
    {"not_found", int(HubSubject::Ticket),
     QT_TRANSLATE_NOOP("HubError",
                       "This ticket or its conversation is no longer yours to see on the hub.")},
    {"not_found", int(HubSubject::Quote),
     QT_TRANSLATE_NOOP("HubError",
                       "This quote or its record is no longer yours to see on the hub.")},
    {"not_found", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "This item no longer exists on the hub; someone may have deleted it.")},

    // Records, activities, assignment.
    {"activity_title_required", Any, QT_TRANSLATE_NOOP("HubError", "Give the activity a title.")},
    {"record_link_invalid", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The linked company or person no longer exists; choose another one.")},
    {"record_fields_required", Any, QT_TRANSLATE_NOOP("HubError", "Fill in at least one field.")},
    {"owner_unknown", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "That agent no longer exists or is inactive; choose another owner.")},

    // Predefined texts.
    {"predefined_text_module_locked", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "The module of a predefined text cannot be changed: its merge fields depend "
                       "on it. Create a new text for another module.")},
    {"predefined_text_incomplete", Any,
     QT_TRANSLATE_NOOP("HubError", "A predefined text needs a name and a message.")},

    // Automations.
    {"automation_module_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "Automations send to leads or contacts only.")},
    {"automation_template_module_mismatch", Any,
     QT_TRANSLATE_NOOP("HubError", "Choose a template of the same module as the records.")},
    {"automation_exists", Any, QT_TRANSLATE_NOOP("HubError", "This automation exists already.")},
    {"automation_no_number", Any,
     QT_TRANSLATE_NOOP("HubError", "The record had no Mobile or Phone to send to.")},
    {"automation_condition_invalid", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "Each condition needs a field and, to compare, a value (at most 10 "
                       "conditions).")},
    {"automation_condition_needs_update", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "\"Changes to\" and \"changed\" only work when a record is updated.")},
    {"automation_wait_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "No reply waits from 1 to 720 hours.")},
    {"automation_target_missing", Any,
     QT_TRANSLATE_NOOP("HubError", "Choose what the action sends, assigns or labels.")},
    {"automation_target_unknown", Any,
     QT_TRANSLATE_NOOP("HubError", "That agent, team or label does not exist any more.")},
    // Run log reasons (GET /automations/runs).
    {"automation_no_conversation", Any,
     QT_TRANSLATE_NOOP("HubError", "The record has no conversation to act on.")},
    {"automation_no_change", Any,
     QT_TRANSLATE_NOOP("HubError", "Nothing to do: the conversation was like that already.")},
    {"automation_own_action", Any,
     QT_TRANSLATE_NOOP("HubError", "The change was made by this automation itself.")},
    {"automation_too_deep", Any,
     QT_TRANSLATE_NOOP("HubError", "Too many automations set each other off in a row.")},
    {"automation_conditions_unmet", Any,
     QT_TRANSLATE_NOOP("HubError", "The conditions did not hold.")},
    {"automation_actor_missing", Any,
     QT_TRANSLATE_NOOP("HubError", "No active admin is left to act for the automation.")},
    {"automation_interrupted", Any,
     QT_TRANSLATE_NOOP("HubError", "The hub stopped during this run.")},

    // Tickets (R3.6).
    {"ticket_subject_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "Give the ticket a subject of at most 255 characters.")},
    {"ticket_exists", Any, QT_TRANSLATE_NOOP("HubError", "This conversation is a ticket already.")},
    {"assignee_unknown", Any,
     QT_TRANSLATE_NOOP(
         "HubError",
         "That agent no longer exists, is inactive or cannot change anything; choose another.")},
    {"ticket_comment_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "A comment has 1 to 10,000 characters.")},
    {"ticket_comments_full", Any,
     QT_TRANSLATE_NOOP("HubError", "This ticket has as many comments as a ticket keeps.")},
    // Quotes (R4.7); the quote_* rule codes have their rules' texts (core/rules/quoterules.cpp).
    {"quotes_full", Any,
     QT_TRANSLATE_NOOP("HubError", "This record has as many quotes as a record keeps.")},

    // People: agents, groups, departments, routing.
    {"agent_login_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "A login is 1 to 64 letters, digits or . _ @ -")},
    {"agent_login_taken", Any, QT_TRANSLATE_NOOP("HubError", "Someone already has this login.")},
    {"agent_name_required", Any, QT_TRANSLATE_NOOP("HubError", "Give the agent a name.")},
    {"agent_password_too_short", Any,
     QT_TRANSLATE_NOOP("HubError", "A password has at least 8 characters.")},
    {"agent_last_admin", Any,
     QT_TRANSLATE_NOOP("HubError",
                       "This is the team's only active admin: make someone else an admin first.")},
    {"agent_unknown", Any,
     QT_TRANSLATE_NOOP("HubError", "One of the chosen agents no longer exists.")},
    {"group_name_required", Any, QT_TRANSLATE_NOOP("HubError", "Give the group a name.")},
    {"group_name_taken", Any,
     QT_TRANSLATE_NOOP("HubError", "There is already a group with this name.")},
    {"group_unknown", Any,
     QT_TRANSLATE_NOOP("HubError", "One of the chosen groups no longer exists.")},
    {"department_name_required", Any, QT_TRANSLATE_NOOP("HubError", "Give the department a name.")},
    {"department_unknown", Any,
     QT_TRANSLATE_NOOP("HubError", "This department no longer exists. Choose another one.")},
    {"channel_routing_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "Choose who receives the new customers.")},

    // Channels, templates, credits and the trial.
    {"channel_auto_close_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "The auto-close time is not valid.")},
    {"channel_graph_url_invalid", Any,
     QT_TRANSLATE_NOOP("HubError", "The Graph API address is not valid.")},
    // The hub's message names the template and language, which this code alone cannot.
    {"template_name_taken", Any, nullptr},
    {"credits_plan_unknown", Any, QT_TRANSLATE_NOOP("HubError", "This rate plan does not exist.")},
    {"payment_failed", Any,
     QT_TRANSLATE_NOOP("HubError", "The payment did not go through; no credits were added.")},
    {"credits_recharge_failed", Any,
     QT_TRANSLATE_NOOP("HubError", "Auto-recharge failed: the payment did not go through.")},
    {"trial_state_invalid", Any, QT_TRANSLATE_NOOP("HubError", "Choose one of the trial states.")},
    {"csat_template_not_survey", Any,
     QT_TRANSLATE_NOOP("HubError", "A survey template needs five quick-reply buttons, one for "
                                   "each score from 1 to 5.")},
};

const Entry *find(const QString &code, HubSubject subject)
{
    const Entry *change = nullptr;
    const Entry *any = nullptr;
    for (const Entry &entry : entries) {
        if (code != QLatin1String(entry.code))
            continue;
        if (entry.subject == int(subject))
            return &entry;
        if (entry.subject == int(HubSubject::Change) && subject != HubSubject::Send && !change)
            change = &entry;
        if (entry.subject == Any && !any)
            any = &entry;
    }
    return change ? change : any;
}

} // namespace

QString hubErrorText(const QString &code, const QString &hubMessage, HubSubject subject)
{
    const Entry *entry = find(code, subject);
    if (entry && !entry->text && !hubMessage.isEmpty())
        return hubMessage;
    if (entry && entry->text) {
        QString text = QCoreApplication::translate("HubError", entry->text);
        if (text.contains(QLatin1String("%1")))
            text = text.arg(hubMessage.isEmpty() ? code : hubMessage);
        return text;
    }
    // A rule's text needs its values; without them ({field} unfilled) the hub's English
    // message, which has them, says more.
    const QString rule = RuleError{code, {}}.message();
    if (rule != code && !rule.contains(QLatin1Char('{')))
        return rule;
    if (!hubMessage.isEmpty())
        return hubMessage;
    return QCoreApplication::translate("HubError", "The hub refused the change (%1).").arg(code);
}

bool hubErrorHasText(const QString &code)
{
    return find(code, HubSubject::Change) || RuleError{code, {}}.message() != code;
}

QString HubError::text() const
{
    return hubErrorText(code, message, subject);
}

} // namespace parley
