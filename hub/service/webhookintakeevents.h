#pragma once

#include "core/domain/conversation.h"
#include "core/domain/message.h"

#include <QByteArray>

namespace parley::hub {

// The data of a webhook's two events as JSON text, written straight from the entity: byte for
// byte what QJsonDocument(toJson(entity)).toJson(Compact) gives (core/protocol/entitycodec: the
// same keys, in QJsonObject's sorted order, the same escapes), without building the QJsonObject
// and serializing it, which was the largest part of storing a webhook (docs/performance.md,
// "Issue #13: durable ingest, session 9"). tst_webhookintakeevents compares the two for every
// field; a key added to toJson() must be added here too, or that test fails.
QByteArray conversationEventJson(const Conversation &conversation);
QByteArray messageEventJson(const Message &message);

} // namespace parley::hub
