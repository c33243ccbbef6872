#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace parley {

// A conversation's notification put aside until a later time (R7.2), with the number of
// messages it stands for, so that the reminder can still say "3 new messages".
struct Snooze {
    Id conversationId = 0;
    TimestampMs untilAt = 0;
    int messageCount = 1;
};

// The mirror's snoozes table. Snoozes live in the mirror, not in memory, so that a reminder
// asked for before a restart still comes after it. One snooze per conversation: snoozing
// again moves it.
class Snoozes {
public:
    explicit Snoozes(QSqlDatabase db) : m_db(db) {}

    bool snooze(Id conversationId, TimestampMs untilAt, int messageCount);
    // Messages that arrive while a conversation is snoozed join its reminder; false when the
    // conversation is not snoozed.
    bool addMessages(Id conversationId, int count);
    bool clear(Id conversationId);
    std::optional<Snooze> find(Id conversationId);
    // Snoozes whose time has come (untilAt <= now), earliest first.
    QList<Snooze> due(TimestampMs now);
    // The earliest untilAt of all snoozes, due or not.
    std::optional<TimestampMs> nextDueAt();
    QList<Snooze> all();

private:
    QList<Snooze> select(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace parley
