#pragma once

#include "core/domain/ids.h"

#include <QString>

namespace parley {

// Issue #12: who, by reading a conversation, tells the customer their messages were read (the
// blue ticks). A per-channel setting; Owner is the default.
enum class ReadReceiptRule {
    Owner,   // the conversation's owner, or anyone while it is unassigned
    AnyAgent // any agent who reads it
};

QString readReceiptRuleName(ReadReceiptRule rule);
bool readReceiptRuleFromName(const QString &name, ReadReceiptRule *rule);

// Whether `readerId` reading a conversation owned by `ownerId` (0: unassigned) sends the
// receipt under `rule`.
bool readSendsReceipt(ReadReceiptRule rule, Id ownerId, Id readerId);

} // namespace parley
