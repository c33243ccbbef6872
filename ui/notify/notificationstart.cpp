// NotificationCenter: where announcing starts. The newest message id the mirror holds when the
// center is made is read on the MirrorStore's reader thread, never on the GUI thread (issue #11);
// the batches that come before its answer are held and weighed here (docs/architecture.md).
#include "ui/notify/notificationcenter.h"

#include "core/mirror/notificationreads.h"
#include "core/mirror/screenreads.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace parley::ui {

void NotificationCenter::askWhereToStart()
{
    if (std::exchange(m_askedWhereToStart, true))
        return;
    store()->read<Id>(newestMessageId,
                      [self = QPointer<NotificationCenter>(this)](quint64, const Id &newest) {
                          if (self)
                              self->startAt(newest);
                      });
}

void NotificationCenter::startAt(Id newest)
{
    m_listening = true;
    m_announcedUpTo = newest;
    // The held batches' messages at or below `newest` were written before the reader looked,
    // before or after this center was made: those created since it was made are new, the
    // others were there already (written again: a status change, a replay) or came with a
    // batch applied just before. The ones above `newest` are new, as in any batch. All of them
    // and the held mentions are read and raised together, each message once.
    QSet<Id> written;
    QSet<Id> above;
    QSet<Id> notes;
    for (const MirrorChanges &changes : std::exchange(m_heldBatches, {})) {
        for (const Id id : changes.messages) {
            if (id <= newest)
                written.insert(id);
            else
                above.insert(id);
        }
        notes.unite(changes.mentions);
    }
    if (written.isEmpty() && above.isEmpty() && notes.isEmpty())
        return;
    const auto sorted = [](const QSet<Id> &ids) {
        QList<Id> list(ids.cbegin(), ids.cend());
        std::sort(list.begin(), list.end());
        return list;
    };
    const QList<Id> writtenIds = sorted(written);
    const QList<Id> aboveIds = sorted(above);
    const QList<Id> noteIds = sorted(notes);
    if (!aboveIds.isEmpty())
        m_announcedUpTo = aboveIds.last();
    const TimestampMs fresh = m_clock() - freshForMs;
    const TimestampMs createdSince = qMax(fresh, m_madeAt);
    store()->read<NotificationBatchReply>(
        [writtenIds, createdSince, aboveIds, noteIds, fresh](QSqlDatabase db) {
            return readHeldNotificationBatch(db, writtenIds, createdSince, aboveIds, noteIds,
                                             fresh);
        },
        [self = QPointer<NotificationCenter>(this)](quint64, const NotificationBatchReply &reply) {
            if (self)
                self->announce(reply);
        });
}

} // namespace parley::ui
