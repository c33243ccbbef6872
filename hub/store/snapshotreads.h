#pragma once

#include "core/domain/ids.h"
#include "core/protocol/events.h"
#include "hub/store/hubdatabase.h"

#include <QList>

#include <memory>

namespace parley::hub {

// The store as it was at one seq of the event log, for the stream's snapshot (docs/api.md,
// "Snapshot"). A connection of its own holds one read transaction (SQLite's WAL snapshot,
// PostgreSQL's REPEATABLE READ), so every slice read from it belongs to the same moment while
// the hub's own connection goes on writing; the slices are read across many turns of the
// event loop without ever holding the hub's thread for more than one.
//
// Entities come as the events that would carry them (their full state, seq 0): first the small
// tables (agents, channels, templates, predefined texts), then the conversations, newest first,
// each with its newest messages, then records with their activities.
class SnapshotReads {
public:
    // Opens the second connection and begins its read transaction; nullptr, with the reason in
    // `error`, when either fails.
    static std::unique_ptr<SnapshotReads> open(const QString &dataDir, const QString &databaseUrl,
                                               int newestMessages, QString *error);
    ~SnapshotReads();
    SnapshotReads(const SnapshotReads &) = delete;
    SnapshotReads &operator=(const SnapshotReads &) = delete;

    // The log's last seq at the snapshot's moment: the stream continues after it.
    qint64 seq() const { return m_seq; }
    // The next slice: about `limit` entities (a conversation with its messages counts as one).
    // Empty once everything was read.
    QList<Event> next(int limit);
    // Conversations of the slices read so far that had more messages than the newest ones sent.
    QList<Id> takeOlderHistory() { return std::exchange(m_olderHistory, {}); }

private:
    explicit SnapshotReads(int newestMessages) : m_newestMessages(newestMessages) {}
    bool begin(QString *error);
    QList<Event> smallTables();
    QList<Event> conversations(int limit);
    QList<Event> conversationSlice(int limit);
    QList<Event> records(int limit);

    enum class Phase { SmallTables, Conversations, Records, Done };
    HubDatabase m_db;
    int m_newestMessages;
    qint64 m_seq = 0;
    Phase m_phase = Phase::SmallTables;
    QList<Id> m_conversationOrder; // newest first, read once at the snapshot's moment
    int m_conversationAt = 0;
    Id m_recordsBefore = 0;
    QList<Id> m_olderHistory;
};

} // namespace parley::hub
