#pragma once

#include "core/domain/message.h"

#include <QList>
#include <QSqlDatabase>

namespace parley {

// The Attachments tab and the photo viewer read a conversation's file messages, newest first
// (Attachments) or oldest first (the viewer steps through photos in the order of the chat).
enum class AttachmentOrder { NewestFirst, OldestFirst };

bool fetchAttachments(QSqlDatabase db, Id conversationId, AttachmentOrder order,
                      QList<Message> *messages, QString *error);

} // namespace parley
