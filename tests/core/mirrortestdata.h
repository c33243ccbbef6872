#pragma once

// What the mirror's suites (tst_mirror, tst_mirrorrows, tst_mirrormigration, tst_mirroropen) state
// their data with and read it back by: a conversation, the inbox search, a count.

#include "core/filter/filtersql.h"
#include "core/mirror/conversationqueries.h"
#include "mirrorfixture.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace parley::testing {

inline constexpr TimestampMs T0 = 1763700000000; // 2025-11-21T04:40:00Z

inline Conversation conversation(Id id, const QString &name, TimestampMs lastInbound)
{
    Conversation c;
    c.id = id;
    c.channelId = 1;
    c.customerNumber = QStringLiteral("55119%1").arg(id, 8, 10, QLatin1Char('0'));
    c.customerName = name;
    c.lastInboundAt = lastInbound;
    c.lastMessageAt = lastInbound;
    return c;
}

// The conversations the inbox's search box finds for `text`.
inline QList<Id> search(QSqlDatabase db, const QString &text)
{
    ConversationFilter filter;
    filter.search = text;
    ConversationPage page;
    QString error;
    if (!fetchConversationPage(db, filter, {}, {}, 50, &page, &error))
        qWarning() << error;
    QList<Id> ids;
    for (const Conversation &c : page.rows)
        ids.append(c.id);
    return ids;
}

inline qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace parley::testing
