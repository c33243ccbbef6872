#include "hub/store/reportrepository.h"

namespace parley::hub {
namespace {

// The scope's channel, agent and group, on a table aliased `alias` that has channel_id and
// owner_id. Each is "? = 0 OR …" so that one statement serves every combination of filters.
QString scopeFilter(const QString &alias)
{
    return QStringLiteral(" AND (? = 0 OR %1.channel_id = ?) AND (? = 0 OR %1.owner_id = ?)"
                          " AND (? = 0 OR %1.owner_id IN (SELECT agent_id FROM"
                          " agent_group_members WHERE group_id = ?))")
        .arg(alias);
}

QVariantList scopeValues(const ReportScope &scope)
{
    return {scope.from,    scope.to,      scope.channelId, scope.channelId,
            scope.agentId, scope.agentId, scope.groupId,   scope.groupId};
}

bool filtered(const ReportScope &scope)
{
    return scope.channelId != 0 || scope.agentId != 0 || scope.groupId != 0;
}

} // namespace

QString ReportRepository::periodEdgesSql(PeriodEdge edge)
{
    const QString column =
        edge == PeriodEdge::Opened ? QStringLiteral("opened_at") : QStringLiteral("closed_at");
    return QStringLiteral("SELECT p.%1 / 900000, count(*) FROM conversation_periods p"
                          " WHERE p.%1 >= ? AND p.%1 < ?")
               .arg(column) +
           scopeFilter(QStringLiteral("p")) + QStringLiteral(" GROUP BY p.%1 / 900000").arg(column);
}

QString ReportRepository::firstResponsesSql()
{
    return QStringLiteral("SELECT p.channel_id, p.owner_id, p.responder_id,"
                          " p.first_response_at - p.first_inbound_at FROM conversation_periods p"
                          " WHERE p.first_response_at >= ? AND p.first_response_at < ?") +
           scopeFilter(QStringLiteral("p"));
}

QString ReportRepository::resolutionsSql()
{
    return QStringLiteral("SELECT p.channel_id, p.owner_id, p.responder_id,"
                          " p.closed_at - p.opened_at FROM conversation_periods p"
                          " WHERE p.closed_at >= ? AND p.closed_at < ?") +
           scopeFilter(QStringLiteral("p"));
}

QString ReportRepository::messagesSql()
{
    return QStringLiteral("SELECT m.created_at / 900000, count(*) FROM messages m"
                          " WHERE m.created_at >= ? AND m.created_at < ? AND m.direction = ?"
                          " AND m.kind <> 'note' GROUP BY m.created_at / 900000");
}

QString ReportRepository::templateSendsSql()
{
    return QStringLiteral("SELECT m.created_at / 900000, count(*) FROM messages m"
                          " WHERE m.created_at >= ? AND m.created_at < ? AND m.direction = 'out'"
                          " AND m.kind = 'template' GROUP BY m.created_at / 900000");
}

QString ReportRepository::creditSpendSql()
{
    return QStringLiteral("SELECT l.created_at / 900000, -sum(l.amount) FROM ledger l"
                          " WHERE l.created_at >= ? AND l.created_at < ?"
                          " AND l.kind IN ('charge', 'refund', 'adjustment')"
                          " GROUP BY l.created_at / 900000");
}

// The message statements with the scope's filters: they join the conversation only when a
// filter needs it, so that the unfiltered report reads the messages' time index alone.
namespace {

QString withConversationScope(QString sql, const QString &messageAlias, bool join)
{
    if (!join)
        return sql;
    const int where = int(sql.indexOf(QLatin1String(" WHERE ")));
    const int group = int(sql.indexOf(QLatin1String(" GROUP BY ")));
    QString joined =
        sql.left(where) + QStringLiteral(" JOIN conversations c ON c.id = %1").arg(messageAlias) +
        sql.mid(where, group - where) + scopeFilter(QStringLiteral("c")) + sql.mid(group);
    return joined;
}

// The messages of the conversations in scope, found from the conversations (a few thousand of
// them) through messages_by_conversation rather than by joining every message of the range to
// its conversation. CROSS JOIN fixes that order in SQLite and is a plain join elsewhere.
QString fromConversationsInScope(const QString &sql)
{
    QString result = sql;
    result.replace(QLatin1String(" FROM messages m WHERE "),
                   QLatin1String(" FROM conversations c CROSS JOIN messages m WHERE"
                                 " m.conversation_id = c.id AND "));
    const int group = int(result.indexOf(QLatin1String(" GROUP BY ")));
    return result.left(group) + scopeFilter(QStringLiteral("c")) + result.mid(group);
}

QVariantList joinedValues(const ReportScope &scope, const QVariantList &middle, bool join)
{
    QVariantList values{scope.from, scope.to};
    values += middle;
    if (join)
        values += scopeValues(scope).mid(2);
    return values;
}

} // namespace

QList<QuarterCount> ReportRepository::periodEdges(const ReportScope &scope, PeriodEdge edge,
                                                  bool *ok)
{
    return quarters(periodEdgesSql(edge), scopeValues(scope), ok);
}

QList<PeriodTimes> ReportRepository::firstResponses(const ReportScope &scope, bool *ok)
{
    return periods(firstResponsesSql(), scopeValues(scope), ok);
}

QList<PeriodTimes> ReportRepository::resolutions(const ReportScope &scope, bool *ok)
{
    return periods(resolutionsSql(), scopeValues(scope), ok);
}

QList<QuarterCount> ReportRepository::messages(const ReportScope &scope, const QString &direction,
                                               bool *ok)
{
    const bool join = filtered(scope);
    return quarters(join ? fromConversationsInScope(messagesSql()) : messagesSql(),
                    joinedValues(scope, {direction}, join), ok);
}

QList<QuarterCount> ReportRepository::templateSends(const ReportScope &scope, bool *ok)
{
    const bool join = filtered(scope);
    return quarters(join ? fromConversationsInScope(templateSendsSql()) : templateSendsSql(),
                    joinedValues(scope, {}, join), ok);
}

QList<QuarterCount> ReportRepository::creditSpend(const ReportScope &scope, bool *ok)
{
    const bool join = filtered(scope);
    QString sql = creditSpendSql();
    if (join) // a charge names its message; the message names its conversation
        sql.replace(QLatin1String(" FROM ledger l"),
                    QLatin1String(" FROM ledger l JOIN messages m ON m.id = l.message_id"));
    return quarters(withConversationScope(sql, QStringLiteral("m.conversation_id"), join),
                    joinedValues(scope, {}, join), ok);
}

QList<QuarterCount> ReportRepository::quarters(const QString &sql, const QVariantList &values,
                                               bool *ok)
{
    QList<QuarterCount> rows;
    QSqlQuery q = m_db.exec(sql, values);
    *ok = q.isActive();
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return rows;
}

QList<PeriodTimes> ReportRepository::periods(const QString &sql, const QVariantList &values,
                                             bool *ok)
{
    QList<PeriodTimes> rows;
    QSqlQuery q = m_db.exec(sql, values);
    *ok = q.isActive();
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toLongLong()});
    return rows;
}

QHash<Id, QString> ReportRepository::names(const QString &sql, bool *ok)
{
    QHash<Id, QString> result;
    QSqlQuery q = m_db.exec(sql);
    *ok = q.isActive();
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toString());
    return result;
}

QHash<Id, QString> ReportRepository::agentNames(bool *ok)
{
    return names(QStringLiteral("SELECT id, name FROM agents"), ok);
}

QHash<Id, QString> ReportRepository::groupNames(bool *ok)
{
    return names(QStringLiteral("SELECT id, name FROM agent_groups"), ok);
}

QHash<Id, QString> ReportRepository::channelNames(bool *ok)
{
    return names(QStringLiteral("SELECT id, name FROM channels"), ok);
}

QMultiHash<Id, Id> ReportRepository::groupsOfAgents(bool *ok)
{
    QMultiHash<Id, Id> result;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT agent_id, group_id FROM agent_group_members"));
    *ok = q.isActive();
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return result;
}

} // namespace parley::hub
