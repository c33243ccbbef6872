#include "core/protocol/olderhistory.h"

#include <QJsonArray>
#include <QSet>
#include <QStringList>

namespace parley {

QString olderHistoryQuery(const QList<OlderHistoryCursor> &cursors)
{
    QStringList parts;
    for (const OlderHistoryCursor &cursor : cursors)
        parts.append(QStringLiteral("%1:%2").arg(cursor.conversationId).arg(cursor.beforeId));
    return parts.join(QLatin1Char(','));
}

bool parseOlderHistoryQuery(const QString &value, QList<OlderHistoryCursor> *cursors,
                            QString *error)
{
    cursors->clear();
    // Counted before anything is split or kept: a hostile list costs no more than the bound.
    if (value.count(QLatin1Char(',')) >= olderhistory::maxConversations) {
        *error = QStringLiteral("conversations: at most %1 per request")
                     .arg(olderhistory::maxConversations);
        return false;
    }
    if (value.isEmpty()) {
        *error = QStringLiteral("conversations: required");
        return false;
    }
    QSet<Id> seen;
    for (const QStringView part : QStringView(value).split(QLatin1Char(','))) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        bool idOk = false;
        bool beforeOk = false;
        const Id id = colon > 0 ? part.left(colon).toLongLong(&idOk) : 0;
        const Id before = colon > 0 ? part.mid(colon + 1).toLongLong(&beforeOk) : -1;
        if (!idOk || !beforeOk || id <= 0 || before < 0) {
            *error = QStringLiteral("conversations: \"%1\" is not id:before_id").arg(part);
            return false;
        }
        if (seen.contains(id)) {
            *error = QStringLiteral("conversations: %1 named twice").arg(id);
            return false;
        }
        seen.insert(id);
        cursors->append({id, before});
    }
    return true;
}

QJsonObject toJson(const OlderHistoryPage &page)
{
    QJsonArray conversations;
    for (const OlderHistoryPart &part : page.conversations) {
        QJsonObject json{{QStringLiteral("id"), part.conversationId}};
        if (part.gone) {
            json.insert(QStringLiteral("gone"), true);
        } else {
            QJsonArray messages;
            for (const QJsonObject &message : part.messages)
                messages.append(message);
            json.insert(QStringLiteral("messages"), messages);
            json.insert(QStringLiteral("complete"), part.complete);
        }
        conversations.append(json);
    }
    return {{QStringLiteral("conversations"), conversations}};
}

bool fromJson(const QJsonObject &json, OlderHistoryPage *page, QString *error)
{
    *page = OlderHistoryPage();
    const QJsonValue list = json.value(QStringLiteral("conversations"));
    if (!list.isArray()) {
        *error = QStringLiteral("conversations: not an array");
        return false;
    }
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        OlderHistoryPart part;
        const QJsonValue id = object.value(QStringLiteral("id"));
        if (!id.isDouble() || id.toInteger() <= 0) {
            *error =
                QStringLiteral("conversations[%1].id: not an id").arg(page->conversations.size());
            return false;
        }
        part.conversationId = id.toInteger();
        part.gone = object.value(QStringLiteral("gone")).toBool();
        part.complete = part.gone || object.value(QStringLiteral("complete")).toBool();
        const QJsonValue messages = object.value(QStringLiteral("messages"));
        if (!part.gone && !messages.isArray()) {
            *error = QStringLiteral("conversations[%1].messages: not an array")
                         .arg(page->conversations.size());
            return false;
        }
        for (const QJsonValue &message : messages.toArray()) {
            if (!message.isObject()) {
                *error = QStringLiteral("conversations[%1].messages: not an object")
                             .arg(page->conversations.size());
                return false;
            }
            part.messages.append(message.toObject());
        }
        page->conversations.append(part);
    }
    return true;
}

} // namespace parley
