#pragma once

#include <QString>

namespace parley {

// What a failed hub call was about. The hub's codes are stable and few; a handful of them
// (not_found, forbidden_view_only, hub_unreachable) need different words depending on what the
// agent was doing, so the typed client (core/sync/hubapi.h) stamps each error with its subject.
enum class HubSubject {
    Change,         // an admin or settings change: nothing was changed
    Send,           // a message or reply: the outbox keeps it
    Conversation,   // a command on a conversation (assign, status, note)
    Record,         // a record, activity or note
    PredefinedText, // a predefined text
    Automation,     // an automation
    Ticket,         // a help-desk ticket or its comment (R3.6)
    Quote,          // a record's quote (R4.7)
};

// A refused or failed hub call, as every screen receives it.
struct HubError {
    int status = 0;  // HTTP status; 0: the hub could not be reached
    QString code;    // stable, docs/api.md "Errors"; "hub_unreachable" when status is 0
    QString message; // the hub's English text: for logs, and the fallback for unknown codes
    HubSubject subject = HubSubject::Change;

    // The error in the user's language, from the one table in huberror.cpp.
    QString text() const;
    bool isUnreachable() const { return status == 0; }
};

// The one table of hub error texts: `code` in the user's language, worded for `subject`. A rule
// code (core/rules) has its rule's text; an unknown code falls back to the hub's message.
QString hubErrorText(const QString &code, const QString &hubMessage = QString(),
                     HubSubject subject = HubSubject::Change);

// Whether the desktop has its own text for `code` (the table or a rule's text), i.e. does not
// fall back to the hub's English message. Tests hold it against every code docs/api.md lists.
bool hubErrorHasText(const QString &code);

} // namespace parley
