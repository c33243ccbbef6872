#include "core/mirror/drafts.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace parley {

QString Drafts::text(Id conversationId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT text FROM drafts WHERE conversation_id = ?"));
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

bool Drafts::save(Id conversationId, const QString &text)
{
    if (conversationId == 0)
        return false;
    QSqlQuery q(m_db);
    if (text.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM drafts WHERE conversation_id = ?"));
        q.addBindValue(conversationId);
        return q.exec();
    }
    q.prepare(
        QStringLiteral("INSERT INTO drafts (conversation_id, text, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (conversation_id) DO UPDATE"
                       " SET text = excluded.text, updated_at = excluded.updated_at"));
    q.addBindValue(conversationId);
    q.addBindValue(text);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec();
}

QHash<Id, QString> Drafts::all()
{
    QHash<Id, QString> drafts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT conversation_id, text FROM drafts")))
        return drafts;
    while (q.next())
        drafts.insert(q.value(0).toLongLong(), q.value(1).toString());
    return drafts;
}

} // namespace parley
