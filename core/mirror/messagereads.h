#pragma once

#include "core/domain/message.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace parley {

// Single messages of one conversation, read from the mirror with their whole content: the ones
// an event just changed (the pane updates their rows alone) and the one a reply quotes.
bool fetchMessagesById(QSqlDatabase db, Id conversationId, const QList<Id> &ids,
                       QList<Message> *messages, QString *error);
std::optional<Message> fetchMessageByWamid(QSqlDatabase db, Id conversationId,
                                           const QString &wamid);

} // namespace parley
