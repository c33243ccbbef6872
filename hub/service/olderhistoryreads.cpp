#include "hub/service/olderhistoryreads.h"

#include "core/protocol/entitycodec.h"

namespace parley::hub {

OlderHistoryPage readOlderHistory(HubContext &context, const Agent &agent,
                                  const QList<OlderHistoryCursor> &cursors, int limit)
{
    OlderHistoryPage page;
    int left = qBound(1, limit, olderhistory::maxMessages);
    for (const OlderHistoryCursor &cursor : cursors) {
        if (left <= 0)
            break; // the rest is asked for again, with the same cursors
        OlderHistoryPart part;
        part.conversationId = cursor.conversationId;
        if (!context.conversationFor(agent, cursor.conversationId)) {
            part.gone = true;
            page.conversations.append(part);
            continue;
        }
        // One more than fits tells whether older ones are left: the oldest is then dropped, so
        // the desktop's next cursor (its oldest message) asks for exactly the rest.
        QList<Message> messages = context.conversations.messagesBeforeId(cursor.conversationId,
                                                                         left + 1, cursor.beforeId);
        part.complete = messages.size() <= left;
        if (!part.complete)
            messages.removeFirst();
        left -= int(messages.size());
        for (const Message &message : messages)
            part.messages.append(toJson(message));
        page.conversations.append(part);
    }
    return page;
}

} // namespace parley::hub
