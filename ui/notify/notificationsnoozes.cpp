// NotificationCenter's snoozes (R7.3): a snoozed conversation's messages are counted, not
// shown, until it is due; then one reminder says how many came. Kept apart from the raising
// and presenting of notifications in notificationcenter.cpp.
#include "core/mirror/screenreads.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/recentnotificationsmodel.h"

#include <QTimer>
#include <algorithm>

namespace parley::ui {

SnoozeBook *NotificationCenter::snoozes()
{
    SnoozeBook *book = store()->snoozes();
    if (book != m_snoozes) {
        m_snoozes = book;
        // What was snoozed before a restart: the marks in the list, and the reminders due.
        connect(book, &SnoozeBook::loaded, this, [this](bool changed) {
            if (changed)
                emit snoozesChanged();
            checkSnoozes();
        });
    }
    return book;
}

bool NotificationCenter::snoozeTakes(Id conversationId, int messageCount)
{
    return snoozes()->addMessages(conversationId, messageCount);
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
    snoozes()->snooze(conversationId, until, count); // written on the store's writer thread
    withdrawNow(conversationId);
    m_recent->markRead(conversationId);
    emit snoozed(conversationId, until);
    emit snoozesChanged();
    armSnoozeTimer();
    return true;
}

void NotificationCenter::checkSnoozes()
{
    SnoozeBook *book = snoozes();
    if (!book->isLoaded())
        return; // called again when the stored snoozes are in
    const TimestampMs now = m_clock();
    const QList<Snooze> dueNow = book->due(now);
    QList<Id> ids;
    for (const Snooze &due : dueNow) {
        book->clear(due.conversationId);
        ids.append(due.conversationId);
    }
    if (!dueNow.isEmpty()) {
        // Who they are and what they said last, read on the store's reader thread; the
        // reminders go up when it answers.
        store()->read<QHash<Id, Conversation>>(
            [ids](QSqlDatabase db) { return readConversations(db, ids); },
            [self = QPointer<NotificationCenter>(this), dueNow,
             now](quint64, const QHash<Id, Conversation> &conversations) {
                if (self)
                    self->remind(dueNow, conversations, now);
            });
        emit snoozesChanged();
    }
    armSnoozeTimer();
}

void NotificationCenter::remind(const QList<Snooze> &dueNow,
                                const QHash<Id, Conversation> &conversations, TimestampMs at)
{
    QList<Notification> toRaise;
    for (const Snooze &due : dueNow) {
        const auto found = conversations.constFind(due.conversationId);
        if (found == conversations.cend())
            continue; // gone from the mirror: nothing left to remind of
        Notification n;
        n.conversationId = due.conversationId;
        n.title = customerTitle(found->customerName, found->customerNumber);
        n.messageCount = due.messageCount;
        n.body = bodyFor(due.messageCount, found->lastMessageText);
        n.at = at;
        toRaise.append(n);
    }
    raiseAll(toRaise);
}

void NotificationCenter::armSnoozeTimer()
{
    const std::optional<TimestampMs> next = snoozes()->nextDueAt();
    if (!next) {
        m_snoozeTimer->stop();
        return;
    }
    const TimestampMs wait = std::clamp<TimestampMs>(*next - m_clock(), 0, snoozeCheckMs);
    m_snoozeTimer->start(int(wait));
}

} // namespace parley::ui
