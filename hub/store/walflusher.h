#pragma once

#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace parley::hub {

// The disk flush of SQLite's write-ahead log, on a thread of its own (GroupCommit). A group of
// webhooks is committed without waiting for the disk (synchronous=NORMAL for that one commit:
// the log's pages are written, not yet flushed); this thread then calls fdatasync() on the log
// file, which is exactly the flush synchronous=FULL makes at the end of a commit, and only then
// are the group's webhooks answered. Meanwhile the event loop goes on with the next group
// instead of sitting in the flush (about 1-4 ms on this machine's disk, per commit).
//
// request() returns a ticket; `flushed(through, ok)` is called on this object's thread once a
// flush that began after the request of ticket `through` (and so of every earlier one) ended.
// Requests made while a flush runs share the next one. ok false: fdatasync() failed, and what
// the log held may not be on the disk.
class WalFlusher : public QObject {
public:
    WalFlusher(const QString &walFile, std::function<void(quint64 through, bool ok)> flushed,
               QObject *parent = nullptr);
    ~WalFlusher() override; // waits for a flush under way; answers nothing more

    quint64 request();
    // Flushes now, on the calling thread (before a reader on another connection looks).
    bool flushNow() const;

private:
    void loop();

    const QByteArray m_walFile;
    std::function<void(quint64, bool)> m_flushed;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_requested = 0; // guarded by m_mutex
    quint64 m_started = 0;   // the ticket of the last flush begun
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace parley::hub
