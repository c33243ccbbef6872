#include "core/mirror/snoozebook.h"

#include "core/logging.h"
#include "core/mirror/mirrorstore.h"

#include <QPointer>

#include <algorithm>
#include <numeric>

namespace parley {
namespace {

bool earlierSnooze(const Snooze &a, const Snooze &b)
{
    return a.untilAt != b.untilAt ? a.untilAt < b.untilAt : a.conversationId < b.conversationId;
}

} // namespace

SnoozeBook::SnoozeBook(MirrorStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_store->write<QList<Snooze>>(
        [](QSqlDatabase db) { return Snoozes(db).all(); },
        [self = QPointer<SnoozeBook>(this)](quint64, const QList<Snooze> &stored) {
            if (self)
                self->storedArrived(stored);
        });
}

void SnoozeBook::snooze(Id conversationId, TimestampMs untilAt, int messageCount)
{
    m_snoozes.insert(conversationId, Snooze{conversationId, untilAt, qMax(1, messageCount)});
    write(conversationId);
}

bool SnoozeBook::addMessages(Id conversationId, int count)
{
    auto it = m_snoozes.find(conversationId);
    if (it == m_snoozes.end())
        return false;
    it->messageCount += count;
    write(conversationId);
    return true;
}

void SnoozeBook::clear(Id conversationId)
{
    m_snoozes.remove(conversationId);
    write(conversationId);
}

std::optional<Snooze> SnoozeBook::find(Id conversationId) const
{
    const auto it = m_snoozes.constFind(conversationId);
    if (it == m_snoozes.cend())
        return std::nullopt;
    return *it;
}

QList<Snooze> SnoozeBook::due(TimestampMs now) const
{
    QList<Snooze> dueNow;
    for (const Snooze &snooze : m_snoozes) {
        if (snooze.untilAt <= now)
            dueNow.append(snooze);
    }
    std::sort(dueNow.begin(), dueNow.end(), earlierSnooze);
    return dueNow;
}

std::optional<TimestampMs> SnoozeBook::nextDueAt() const
{
    std::optional<TimestampMs> next;
    for (const Snooze &snooze : m_snoozes)
        next = qMin(next.value_or(snooze.untilAt), snooze.untilAt);
    return next;
}

QList<Snooze> SnoozeBook::all() const
{
    QList<Snooze> snoozes = m_snoozes.values();
    std::sort(snoozes.begin(), snoozes.end(), earlierSnooze);
    return snoozes;
}

QSet<Id> SnoozeBook::conversationIds() const
{
    QSet<Id> ids;
    for (auto it = m_snoozes.cbegin(); it != m_snoozes.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

int SnoozeBook::unwritten() const
{
    return std::accumulate(m_unwritten.cbegin(), m_unwritten.cend(), 0);
}

void SnoozeBook::write(Id conversationId)
{
    ++m_unwritten[conversationId];
    const std::optional<Snooze> kept = find(conversationId);
    m_store->write<bool>(
        [conversationId, kept](QSqlDatabase db) {
            // The whole row or its removal: the same write again does no harm, so a write the
            // sync worker's lock outlasted (busy timeout) is simply asked again.
            Snoozes snoozes(db);
            for (int attempt = 0; attempt < 3; ++attempt) {
                if (kept ? snoozes.snooze(conversationId, kept->untilAt, kept->messageCount)
                         : snoozes.clear(conversationId))
                    return true;
            }
            return false;
        },
        [self = QPointer<SnoozeBook>(this), conversationId](quint64, const bool &ok) {
            if (!self)
                return;
            auto it = self->m_unwritten.find(conversationId);
            if (it != self->m_unwritten.end() && --*it <= 0)
                self->m_unwritten.erase(it);
            if (!ok) {
                qCWarning(lcMirror, "the snooze of conversation %lld was not stored",
                          qlonglong(conversationId));
                emit self->writeFailed(conversationId);
            }
        });
}

void SnoozeBook::storedArrived(const QList<Snooze> &stored)
{
    // Writes run in the order asked: those asked before the read have been answered, so
    // m_unwritten holds only conversations changed after it, which the read could not see.
    QHash<Id, Snooze> merged;
    for (const Snooze &snooze : stored) {
        if (!m_unwritten.contains(snooze.conversationId))
            merged.insert(snooze.conversationId, snooze);
    }
    for (auto it = m_unwritten.cbegin(); it != m_unwritten.cend(); ++it) {
        if (const std::optional<Snooze> kept = find(it.key()))
            merged.insert(it.key(), *kept);
    }
    const bool changed = conversationIds() != QSet<Id>(merged.keyBegin(), merged.keyEnd());
    m_snoozes = merged;
    m_loaded = true;
    emit loaded(changed);
}

} // namespace parley
