#pragma once

#include "core/domain/activity.h"
#include "core/domain/agent.h"
#include "core/domain/channel.h"
#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/domain/messagetemplate.h"
#include "core/domain/record.h"
#include "core/mirror/notificationreads.h"
#include "core/mirror/ticketreads.h"
#include "core/protocol/tickettypes.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace parley {

// What one screen of the desktop reads from the mirror in one go, asked of MirrorStore::read()
// so that it is read on the store's reader thread and the GUI thread only gets the result. Each
// read is a few small indexed queries; a database error leaves its part empty.

// A ticket in the Tickets module (ui/tickets/ticketdetail).
struct TicketSheet {
    std::optional<Ticket> ticket; // none: not in the mirror
    QList<Agent> agents;          // every agent, inactive ones too (authors of old comments)
    bool conversationKnown = false;
    Conversation conversation;     // the ticket's, when known
    QList<TicketComment> comments; // oldest first
};
TicketSheet readTicketSheet(QSqlDatabase db, Id ticketId);
// A conversation's ticket and the agents (ui/tickets/ticketbar); the conversation and the
// comments are not read.
TicketSheet readConversationTicket(QSqlDatabase db, Id conversationId);

// A page of the Tickets module's list (ui/tickets/ticketswindow), newest first.
struct TicketPage {
    int total = 0; // under the filter
    int page = 0;  // the page asked, or the last one when the list has fewer since
    QList<Ticket> tickets;
    QList<Agent> agents; // every agent, inactive ones too
};
TicketPage readTicketPage(QSqlDatabase db, const TicketReads::Filter &filter, int pageSize,
                          int page);

// Where a ticket stands in the list: under `filter`, or under no filter when `filter` hides it.
struct TicketPlace {
    bool found = false;
    bool filterHidesIt = false;
    int position = 0; // newest first
};
TicketPlace readTicketPlace(QSqlDatabase db, Id ticketId, const TicketReads::Filter &filter);

// The record beside a chat (ui/record/recordpanel): the conversation as the mirror has it now,
// its lead or contact with the company and deals linked to it, the record's activities and the
// conversation's notes.
struct RecordSheet {
    bool conversationKnown = false;
    Conversation conversation;
    QList<Agent> agents; // every agent, inactive ones too; Agent::active tells them apart
    std::optional<Record> record;
    std::optional<Record> company;
    QList<Record> deals;
    QList<Activity> activities;
    QList<Message> notes;
};
// `conversation`: what the asker knows; its record is read when the mirror lacks it.
RecordSheet readRecordSheet(QSqlDatabase db, const Conversation &conversation);

// What the template dialog offers for a conversation (ui/conversation/templatesenddialog): the
// approved templates of the record's module (R6.4, R6.5) and the record for the merge fields.
struct TemplateChoices {
    QList<MessageTemplate> templates;
    std::optional<Record> record;
};
TemplateChoices readTemplateChoices(QSqlDatabase db, const Conversation &conversation);

// Whom "Attach quote…" quotes for (ui/quotes/quoteattachdialog): the conversation's lead or
// contact and the deals linked to it, and the business the PDF comes from (the conversation's
// channel's name, else its number).
struct QuoteRecipients {
    std::optional<Record> person;
    QList<Record> deals;
    QString business;
};
QuoteRecipients readQuoteRecipients(QSqlDatabase db, const Conversation &conversation);

// A conversation's photos and stickers, oldest first: what the photo viewer steps through.
QList<Message> readPhotos(QSqlDatabase db, Id conversationId);

// What "Convert to ticket" offers (ui/tickets/convertticketdialog): the active agents to
// assign it to and the departments.
struct TicketChoices {
    QList<Agent> agents;
    QStringList departments;
};
TicketChoices readTicketChoices(QSqlDatabase db);

// What "New WhatsApp chat" offers (ui/conversation/newchatdialog), or "Send WhatsApp template"
// for a record (`recordId` not 0): the connected channels, the approved templates (of the
// record's module), and in plain mode the contacts and the deals with the person each names.
struct NewChatChoices {
    bool forRecord = false;
    std::optional<Record> record; // none while forRecord: not in the mirror yet
    QList<Channel> channels;      // connected ones, by name
    QList<MessageTemplate> templates;
    QList<Record> contacts;
    QList<QPair<Record, Id>> deals; // each with its contact's (else lead's) id, in `people`
    QHash<Id, Record> people;       // the leads and contacts the picker points at
};
NewChatChoices readNewChatChoices(QSqlDatabase db, Id recordId);

// What the quick actions' menu offers on a conversation (ui/record/quickactions): the active
// agents to assign it to, and whether this agent muted its notifications.
struct QuickActionChoices {
    QList<Agent> agents;
    bool muted = false;
};
QuickActionChoices readQuickActionChoices(QSqlDatabase db, Id conversationId);

// Every channel's name by id (the conversation list's rows).
QHash<Id, QString> readChannelNames(QSqlDatabase db);

// The conversations of `ids` that the mirror holds.
QHash<Id, Conversation> readConversations(QSqlDatabase db, const QList<Id> &ids);

// The batches the notification center held until it knew where to start announcing, in one
// reply (ui/notify/notificationstart.cpp): the inbound messages among `written` (at or below the
// newest id it was told) created at or after `writtenNotBefore`, then those among `messageIds`
// (above it) and the notes among `noteIds` created at or after `notBefore`.
NotificationBatchReply readHeldNotificationBatch(QSqlDatabase db, const QList<Id> &written,
                                                 TimestampMs writtenNotBefore,
                                                 const QList<Id> &messageIds,
                                                 const QList<Id> &noteIds, TimestampMs notBefore);

} // namespace parley
