#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

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

// The newest message id in the mirror (0 when empty): where announcing starts.
Id newestMessageId(QSqlDatabase db);

} // namespace parley
