#pragma once

#include "core/rules/receiptrules.h"
#include "hub/store/hubdatabase.h"

namespace parley::hub {

// Each channel's read-receipt rule (issue #12), in channel_read_receipts; a channel without a
// row has the default (Owner).
class ReadReceiptSettings {
public:
    explicit ReadReceiptSettings(HubDatabase &db) : m_db(db) {}

    ReadReceiptRule rule(Id channelId);
    bool setRule(Id channelId, ReadReceiptRule rule);

private:
    HubDatabase &m_db;
};

} // namespace parley::hub
