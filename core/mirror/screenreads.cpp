#include "core/mirror/screenreads.h"

#include "core/domain/recordlinks.h"
#include "core/mirror/attachmentqueries.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/mirrorreads.h"
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
    choices.record = conversation.recordId != 0 ? reads.record(conversation.recordId) : std::nullopt;
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

} // namespace parley
