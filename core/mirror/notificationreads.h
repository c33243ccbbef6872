#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace parley {

// What a desktop notification says about a customer's message: read from the mirror by the
// notification centre after the sync worker applied a batch.
struct IncomingMessage {
    Id id = 0;
    Id conversationId = 0;
    QString kind;
    QString text;
    QString caption;
    QString customerName;
    QString customerNumber;
};

// The inbound messages among `ids` created at or after `notBefore`, by id. Large batches (a
// first sync) are looked up in slices to keep each statement small.
QList<IncomingMessage> fetchIncomingMessages(QSqlDatabase db, const QList<Id> &ids,
                                             TimestampMs notBefore);

// A note that names this agent (issue #12), for "Ana mentioned you".
struct MentionNote {
    Id conversationId = 0;
    QString text;
    QString authorName;
};

// The note `noteId` when it was written at or after `notBefore`; nullopt otherwise.
std::optional<MentionNote> fetchMentionNote(QSqlDatabase db, Id noteId, TimestampMs notBefore);

// The newest message id in the mirror (0 when empty): where announcing starts.
Id newestMessageId(QSqlDatabase db);

} // namespace parley
