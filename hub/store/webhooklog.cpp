#include "hub/store/webhooklog.h"

#include "core/protocol/isotime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace parley::hub {
namespace {

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

} // namespace

WebhookLog::Recorded WebhookLog::record(Id channelId, const QString &kind, const QString &key,
                                        const QJsonValue &raw, TimestampMs at)
{
    QVariant id;
    switch (m_db.first(
        QStringLiteral("INSERT INTO webhook_items (channel_id, kind, item_key, raw, received_at)"
                       " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id"),
        {channelId, kind, key, compact(raw), at}, &id)) {
    case HubDatabase::Fetched::Row:
        return Recorded::New;
    case HubDatabase::Fetched::None:
        return Recorded::Seen;
    case HubDatabase::Fetched::Failed:
        break;
    }
    return Recorded::Failed;
}

bool WebhookLog::addDeadLetter(const QString &field, const QString &phoneNumberId,
                               const QString &reason, const QJsonValue &raw, TimestampMs at)
{
    return m_db.run(QStringLiteral("INSERT INTO webhook_dead_letters (field, phone_number_id,"
                                   " reason, raw, received_at) VALUES (?, ?, ?, ?, ?)"),
                    {field, phoneNumberId, reason, compact(raw), at});
}

QJsonArray WebhookLog::deadLetters(int limit)
{
    QJsonArray out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, field, phone_number_id, reason, raw,"
                                           " received_at FROM webhook_dead_letters"
                                           " ORDER BY id DESC LIMIT ?"),
                            {limit});
    while (q.next()) {
        const QByteArray raw = q.value(4).toString().toUtf8();
        const QJsonDocument document = QJsonDocument::fromJson(raw);
        out.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("field"), q.value(1).toString()},
            {QStringLiteral("phone_number_id"), q.value(2).toString()},
            {QStringLiteral("reason"), q.value(3).toString()},
            {QStringLiteral("raw"), document.isObject()  ? QJsonValue(document.object())
                                    : document.isArray() ? QJsonValue(document.array())
                                                         : QJsonValue(q.value(4).toString())},
            {QStringLiteral("received_at"), toIsoUtc(q.value(5).toLongLong())}});
    }
    return out;
}

bool WebhookLog::hold(Id channelId, const QByteArray &body, TimestampMs at)
{
    return m_db.run(QStringLiteral("INSERT INTO held_webhooks (channel_id, body, received_at)"
                                   " VALUES (?, ?, ?)"),
                    {channelId, QString::fromUtf8(body), at});
}

QList<WebhookLog::HeldBody> WebhookLog::held(Id channelId)
{
    QList<HeldBody> out;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, body FROM held_webhooks WHERE channel_id = ? ORDER BY id"),
        {channelId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString().toUtf8()});
    return out;
}

bool WebhookLog::dropHeld(Id heldId)
{
    return m_db.run(QStringLiteral("DELETE FROM held_webhooks WHERE id = ?"), {heldId});
}

qint64 WebhookLog::heldCount(Id channelId)
{
    return m_db
        .scalar(QStringLiteral("SELECT count(*) FROM held_webhooks WHERE channel_id = ?"),
                {channelId})
        .toLongLong();
}

qint64 WebhookLog::deadLetterCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM webhook_dead_letters")).toLongLong();
}

} // namespace parley::hub
