#pragma once

#include "core/domain/ids.h"
#include "core/protocol/events.h"
#include "core/protocol/olderhistory.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace parley {

class EventApplier;

// What changed in one applied batch, for the UI to refresh rows in place.
struct MirrorChanges {
    QSet<Id> conversations;
    QSet<Id> messages;
    bool agents = false;
    bool channels = false;
    bool records = false;
    bool predefinedTexts = false;
    bool templates = false;
    bool activities = false;
    bool outbox = false;     // a pending reply was taken by the hub
    bool credits = false;    // the balance or plan changed (not stored: admins fetch it)
    bool tickets = false;    // a ticket or a ticket's comment (R3.6)
    bool labels = false;     // a label was defined, changed or removed (issue #12)
    QSet<Id> mentions = {};  // notes that name this agent with "@" (issue #12)
    bool savedViews = false; // a saved view the hub keeps for this agent (issue #12)
    bool isEmpty() const
    {
        return conversations.isEmpty() && messages.isEmpty() && !agents && !channels && !records &&
               !predefinedTexts && !templates && !activities && !outbox && !credits && !tickets &&
               !labels && mentions.isEmpty() && !savedViews;
    }
};

// The desktop's local copy of what one hub account may see: one SQLite file in WAL mode.
// A Mirror owns one connection and must be used only on the thread that opened it (Qt 6.4
// cannot move connections); the sync worker and the UI thread each open their own.
class Mirror {
public:
    enum class OpenStatus {
        Ok,
        Damaged, // not a database, or its schema is unreadable: rebuild from the hub
        TooNew,  // written by a newer Parley: do not touch it
        Failed   // could not open or migrate (permissions, full disk): the error says
    };

    Mirror();
    ~Mirror();
    Mirror(const Mirror &) = delete;
    Mirror &operator=(const Mirror &) = delete;

    // Creates the file and its folder when missing and migrates it to the latest schema.
    OpenStatus open(const QString &path);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }

    // A full page-by-page check (PRAGMA quick_check). It reads the whole file, so the sync
    // worker runs it in the background after open rather than delaying the first paint.
    bool verify();

    // Deletes a mirror file with its WAL and shared-memory files, for a rebuild from the hub.
    // The local store beside it (outbox, snoozes, saved views, drafts: localstore.h) is kept.
    static bool discard(const QString &path);

    qint64 lastSeq();

    // Writes the events after lastSeq() and the batch's `next` as the new lastSeq in one
    // transaction. Events at or below lastSeq are skipped, so applying a batch twice changes
    // nothing. Unknown event types are skipped (a newer hub); an event whose data cannot be
    // read rolls the whole batch back and returns false.
    bool apply(const SyncBatch &batch, MirrorChanges *changes = nullptr);

    // Indexes the messages a bulk apply left waiting for the full-text index (the search
    // backlog, EventApplier::finishBatch), in one transaction. Search finds them meanwhile too,
    // from their rows; this only spares later searches that scan. Any batch of fewer than
    // EventApplier::bulkBatchEvents events does the same.
    bool indexSearchBacklog();

    // A frame of the stream's snapshot (a first sync), in one transaction: its entities are
    // written whatever lastSeq says, its conversations with older messages on the hub are
    // remembered (olderHistory), and the last frame sets lastSeq to the snapshot's seq. A
    // snapshot cut off before its last frame leaves lastSeq at 0: the next connection asks for
    // a snapshot again and its upserts rewrite the same rows.
    bool applySnapshot(const SnapshotFrame &frame, MirrorChanges *changes = nullptr);
    // Older messages of many conversations, fetched from the hub in one answer (docs/api.md,
    // "Older history in bulk"), in one transaction: a conversation answered complete (or gone)
    // leaves olderHistory.
    bool applyOlderHistory(const OlderHistoryPage &page, MirrorChanges *changes = nullptr);
    // Conversations with older messages still on the hub, newest first; and the oldest message
    // id the mirror holds of one (0 when none), where the next older page ends.
    QList<Id> olderHistory(int limit);
    Id oldestMessageId(Id conversationId);
    // The same conversations with their oldest message id (0 when none), in one read: the
    // cursors of the next older-history request.
    QList<OlderHistoryCursor> olderHistoryCursors(int limit);
    bool forgetOlderHistory(Id conversationId);

private:
    OpenStatus fail(OpenStatus status, const QString &error);
    // Applies `events` whatever their seq, inside the caller's transaction.
    bool applyEntities(const QList<Event> &events, MirrorChanges *out);
    bool setLastSeq(qint64 seq);
    bool commitOrRollback(MirrorChanges *out);

    QString m_connection;
    QString m_path;
    QString m_error;
    QSqlDatabase m_db;
    std::unique_ptr<EventApplier> m_applier;
};

} // namespace parley

Q_DECLARE_METATYPE(parley::MirrorChanges)
