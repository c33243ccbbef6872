// NotificationCenter's snoozes (R7.3): a snoozed conversation's messages are counted, not
// shown, until it is due; then one reminder says how many came. Kept apart from the raising
// and presenting of notifications in notificationcenter.cpp.
#include "core/mirror/conversationqueries.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/recentnotificationsmodel.h"

#include <QTimer>
#include <algorithm>

namespace parley::ui {

bool NotificationCenter::snoozeTakes(Id conversationId, int messageCount)
{
    if (!m_snoozedIds.contains(conversationId))
        return false;
    if (m_snoozes.addMessages(conversationId, messageCount))
        return true;
    m_snoozedIds.remove(conversationId); // cleared meanwhile
    return false;
}

bool NotificationCenter::snooze(qint64 conversationId, int minutes)
{
    if (minutes <= 0)
        return false;
    return snoozeUntil(conversationId, m_clock() + TimestampMs(minutes) * 60 * 1000);
}

bool NotificationCenter::snoozeUntil(qint64 conversationId, qint64 until)
{
    if (until <= m_clock() || conversationId <= 0)
        return false;
    const int count =
        m_onScreen.contains(conversationId) ? m_onScreen.value(conversationId).messageCount : 1;
    if (!m_snoozes.snooze(conversationId, until, count))
        return false;
    m_snoozedIds.insert(conversationId);
    withdrawNow(conversationId);
    m_recent->markRead(conversationId);
    emit snoozed(conversationId, until);
    emit snoozesChanged();
    armSnoozeTimer();
    return true;
}

void NotificationCenter::checkSnoozes()
{
    const TimestampMs now = m_clock();
    QList<Notification> toRaise;
    const QList<Snooze> dueNow = m_snoozes.due(now);
    for (const Snooze &due : dueNow) {
        m_snoozes.clear(due.conversationId);
        m_snoozedIds.remove(due.conversationId);
        Conversation conversation;
        QString error;
        if (!fetchConversation(m_mirror, due.conversationId, &conversation, &error))
            continue; // gone from the mirror: nothing left to remind of
        Notification n;
        n.conversationId = due.conversationId;
        n.title = customerTitle(conversation.customerName, conversation.customerNumber);
        n.messageCount = due.messageCount;
        n.body = bodyFor(due.messageCount, conversation.lastMessageText);
        n.at = now;
        toRaise.append(n);
    }
    raiseAll(toRaise);
    if (!dueNow.isEmpty())
        emit snoozesChanged();
    armSnoozeTimer();
}

void NotificationCenter::armSnoozeTimer()
{
    const std::optional<TimestampMs> next = m_snoozes.nextDueAt();
    if (!next) {
        m_snoozeTimer->stop();
        return;
    }
    const TimestampMs wait = std::clamp<TimestampMs>(*next - m_clock(), 0, snoozeCheckMs);
    m_snoozeTimer->start(int(wait));
}

} // namespace parley::ui
