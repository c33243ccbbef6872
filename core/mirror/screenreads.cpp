#include "core/mirror/screenreads.h"

#include "core/domain/recordlinks.h"
#include "core/mirror/attachmentqueries.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirrorreads.h"
#include "core/mirror/notificationreads.h"
#include "core/mirror/recordreads.h"
#include "core/mirror/ticketreads.h"

namespace parley {

TicketSheet readTicketSheet(QSqlDatabase db, Id ticketId)
{
    TicketSheet sheet;
    TicketReads tickets(db);
    sheet.ticket = tickets.ticket(ticketId);
    if (!sheet.ticket)
        return sheet;
    sheet.agents = MirrorReads(db).agents(true);
    QString error;
    sheet.conversationKnown =
        fetchConversation(db, sheet.ticket->conversationId, &sheet.conversation, &error);
    sheet.comments = tickets.comments(ticketId);
    return sheet;
}

TicketSheet readConversationTicket(QSqlDatabase db, Id conversationId)
{
    TicketSheet sheet;
    sheet.ticket = TicketReads(db).ofConversation(conversationId);
    if (sheet.ticket)
        sheet.agents = MirrorReads(db).agents(true);
    return sheet;
}

TicketPage readTicketPage(QSqlDatabase db, const TicketReads::Filter &filter, int pageSize,
                          int page)
{
    TicketPage answer;
    TicketReads reads(db);
    answer.total = reads.count(filter);
    const int size = qMax(1, pageSize);
    const int pages = qMax(1, (answer.total + size - 1) / size);
    answer.page = qBound(0, page, pages - 1);
    answer.tickets = reads.tickets(filter, size, answer.page * size);
    answer.agents = MirrorReads(db).agents(true);
    return answer;
}

TicketPlace readTicketPlace(QSqlDatabase db, Id ticketId, const TicketReads::Filter &filter)
{
    TicketPlace place;
    TicketReads reads(db);
    const std::optional<Ticket> ticket = reads.ticket(ticketId);
    if (!ticket)
        return place;
    place.found = true;
    place.filterHidesIt = (filter.status && *filter.status != ticket->status) ||
                          (filter.priority && *filter.priority != ticket->priority) ||
                          (filter.assigneeId && *filter.assigneeId != ticket->assigneeId);
    const TicketReads::Filter under = place.filterHidesIt ? TicketReads::Filter{} : filter;
    // Newest first: the tickets before it are the newer ones.
    constexpr int slice = 500;
    for (int offset = 0;; offset += slice) {
        const QList<Ticket> tickets = reads.tickets(under, slice, offset);
        for (int i = 0; i < tickets.size(); ++i) {
            if (tickets.at(i).id == ticketId) {
                place.position = offset + i;
                return place;
            }
        }
        if (tickets.size() < slice)
            return place;
    }
}

RecordSheet readRecordSheet(QSqlDatabase db, const Conversation &conversation)
{
    RecordSheet sheet;
    sheet.conversation = conversation;
    if (conversation.id == 0)
        return sheet;
    QString error;
    Conversation stored;
    sheet.conversationKnown = fetchConversation(db, conversation.id, &stored, &error);
    if (sheet.conversationKnown)
        sheet.conversation = stored;
    sheet.agents = MirrorReads(db).agents(true);
    RecordReads records(db);
    const Id recordId = sheet.conversation.recordId;
    sheet.record = recordId != 0 ? records.record(recordId) : std::nullopt;
    if (sheet.record) {
        const Id companyId = linkedId(*sheet.record, Module::Companies);
        sheet.company = companyId != 0 ? records.record(companyId) : std::nullopt;
        sheet.deals = records.linkedTo(*sheet.record, Module::Deals);
        sheet.activities = records.activities(sheet.record->id);
    }
    sheet.notes = records.notes(conversation.id);
    return sheet;
}

TemplateChoices readTemplateChoices(QSqlDatabase db, const Conversation &conversation)
{
    MirrorReads reads(db);
    TemplateChoices choices;
    choices.templates = reads.approvedTemplates(conversation.recordModule);
    choices.record =
        conversation.recordId != 0 ? reads.record(conversation.recordId) : std::nullopt;
    return choices;
}

QuoteRecipients readQuoteRecipients(QSqlDatabase db, const Conversation &conversation)
{
    QuoteRecipients recipients;
    RecordReads records(db);
    recipients.person =
        conversation.recordId != 0 ? records.record(conversation.recordId) : std::nullopt;
    if (recipients.person)
        recipients.deals = records.linkedTo(*recipients.person, Module::Deals);
    for (const Channel &channel : MirrorReads(db).channels()) {
        if (channel.id == conversation.channelId)
            recipients.business = channel.name.isEmpty() ? channel.displayNumber : channel.name;
    }
    return recipients;
}

QList<Message> readPhotos(QSqlDatabase db, Id conversationId)
{
    QList<Message> photos;
    QString error;
    fetchAttachments(db, conversationId, AttachmentOrder::OldestFirst, &photos, &error);
    photos.removeIf([](const Message &m) {
        return m.kind != MessageKind::Image && m.kind != MessageKind::Sticker;
    });
    return photos;
}

TicketChoices readTicketChoices(QSqlDatabase db)
{
    MirrorReads reads(db);
    return {reads.agents(), reads.departments()};
}

NewChatChoices readNewChatChoices(QSqlDatabase db, Id recordId)
{
    NewChatChoices choices;
    MirrorReads reads(db);
    RecordReads records(db);
    choices.forRecord = recordId != 0;
    if (choices.forRecord)
        choices.record = records.record(recordId);
    for (const Channel &channel : reads.channels()) {
        if (channel.status == ChannelStatus::Connected)
            choices.channels.append(channel);
    }
    // Approved templates only (R6.4); for a record, those of its module (R6.5).
    if (choices.forRecord && !choices.record)
        return choices;
    choices.templates = reads.approvedTemplates(choices.record ? moduleName(choices.record->module)
                                                               : QStringLiteral(""));
    if (choices.forRecord)
        return choices;
    // Bounded like every picker (RecordReads::recordsOf); a person the mirror lacks is skipped.
    choices.contacts = records.recordsOf(Module::Contacts);
    for (const Record &contact : std::as_const(choices.contacts))
        choices.people.insert(contact.id, contact);
    for (const Record &deal : records.recordsOf(Module::Deals)) {
        for (Module person : {Module::Contacts, Module::Leads}) {
            const Id personId = linkedId(deal, person);
            if (personId == 0)
                continue;
            if (!choices.people.contains(personId)) {
                const std::optional<Record> found = records.record(personId);
                if (!found)
                    continue;
                choices.people.insert(personId, *found);
            }
            choices.deals.append({deal, personId});
            break;
        }
    }
    return choices;
}

QuickActionChoices readQuickActionChoices(QSqlDatabase db, Id conversationId)
{
    return {MirrorReads(db).agents(), conversationMuted(db, conversationId)};
}

QHash<Id, QString> readChannelNames(QSqlDatabase db)
{
    QHash<Id, QString> names;
    for (const Channel &channel : MirrorReads(db).channels())
        names.insert(channel.id, channel.name);
    return names;
}

QHash<Id, Conversation> readConversations(QSqlDatabase db, const QList<Id> &ids)
{
    QHash<Id, Conversation> found;
    for (const Id id : ids) {
        Conversation conversation;
        QString error;
        if (fetchConversation(db, id, &conversation, &error))
            found.insert(id, conversation);
    }
    return found;
}

NotificationBatchReply readHeldNotificationBatch(QSqlDatabase db, const QList<Id> &written,
                                                 TimestampMs writtenNotBefore,
                                                 const QList<Id> &messageIds,
                                                 const QList<Id> &noteIds, TimestampMs notBefore)
{
    NotificationBatchReply reply = fetchNotificationBatch(db, messageIds, noteIds, notBefore);
    const QList<IncomingMessage> since = fetchIncomingMessages(db, written, writtenNotBefore);
    if (since.isEmpty())
        return reply;
    if (reply.incoming.isEmpty() && reply.mentions.isEmpty())
        reply.settings = fetchNotificationSettings(db);
    // `written` are below `messageIds`: the messages stay in the order they arrived.
    reply.incoming = since + reply.incoming;
    return reply;
}

} // namespace parley
