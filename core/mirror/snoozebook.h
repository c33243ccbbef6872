#pragma once

#include "core/mirror/snoozes.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace parley {

class MirrorStore;

// Every snooze of this desktop (Snoozes, in the local store), held in memory for the GUI thread
// and written on the store's writer thread (MirrorStore::write): snoozing, a snoozed
// conversation's new messages and a reminder coming due change the book at once and never wait
// for a lock on the GUI thread. The stored snoozes are read on the writer thread when the book
// is made (loaded()); a snooze changed before they arrive stays as changed. Each write stores
// the conversation's whole snooze (or its removal), so writes are idempotent and a failed one is
// tried again; the store's destructor waits for them, so a snooze made on quit is on disk.
class SnoozeBook : public QObject {
    Q_OBJECT
public:
    explicit SnoozeBook(MirrorStore *store, QObject *parent = nullptr);

    // The stored snoozes have arrived (until then the book knows only what was changed here).
    bool isLoaded() const { return m_loaded; }
    void snooze(Id conversationId, TimestampMs untilAt, int messageCount);
    // Messages that arrive while a conversation is snoozed join its reminder; false when the
    // conversation is not snoozed.
    bool addMessages(Id conversationId, int count);
    void clear(Id conversationId);
    std::optional<Snooze> find(Id conversationId) const;
    // Snoozes whose time has come (untilAt <= now), earliest first.
    QList<Snooze> due(TimestampMs now) const;
    // The earliest untilAt of all snoozes, due or not.
    std::optional<TimestampMs> nextDueAt() const;
    QList<Snooze> all() const;
    QSet<Id> conversationIds() const;
    // Writes asked and not yet done.
    int unwritten() const;

signals:
    // `changed`: the stored snoozes marked or unmarked a conversation the book did not know.
    void loaded(bool changed);
    // A write failed three times: the snooze holds in memory until the app quits.
    void writeFailed(parley::Id conversationId);

private:
    void write(Id conversationId);
    void storedArrived(const QList<Snooze> &stored);

    MirrorStore *m_store;
    QHash<Id, Snooze> m_snoozes;
    // Per conversation, the writes asked and not yet done (a read answered meanwhile is older).
    QHash<Id, int> m_unwritten;
    bool m_loaded = false;
};

} // namespace parley
