#include "hub/store/readreceiptsettings.h"

namespace parley::hub {

ReadReceiptRule ReadReceiptSettings::rule(Id channelId)
{
    ReadReceiptRule rule = ReadReceiptRule::Owner;
    CachedQuery q =
        m_db.query(QStringLiteral("SELECT sent_by FROM channel_read_receipts WHERE channel_id = ?"),
                   {channelId});
    if (q.next())
        readReceiptRuleFromName(q.value(0).toString(), &rule);
    return rule;
}

bool ReadReceiptSettings::setRule(Id channelId, ReadReceiptRule rule)
{
    return m_db.run(QStringLiteral("INSERT INTO channel_read_receipts (channel_id, sent_by)"
                                   " VALUES (?, ?) ON CONFLICT (channel_id) DO UPDATE"
                                   " SET sent_by = excluded.sent_by"),
                    {channelId, readReceiptRuleName(rule)});
}

} // namespace parley::hub
