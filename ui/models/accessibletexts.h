#pragma once

#include "core/domain/conversation.h"
#include "core/domain/message.h"

#include <QString>

namespace parley::ui {

// What a screen reader says for a painted row: the delegates draw the meaning as pixels, so the
// models hand the same meaning out as Qt::AccessibleTextRole (the name the reader speaks) and
// Qt::AccessibleDescriptionRole.
QString accessibleConversationText(const Conversation &conversation, const QString &channel,
                                   bool windowOpen, qint64 now);
// "From the customer, 14:05: Hello" / "Sent by the team, 14:05, read: Hi".
QString accessibleMessageText(const Message &message, const QString &failure);
// The delivery state in words, empty for a customer's message.
QString deliveryStateText(const Message &message);

} // namespace parley::ui
