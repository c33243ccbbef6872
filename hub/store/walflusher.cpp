#include "hub/store/walflusher.h"

#include "hub/hublogging.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace parley::hub {

WalFlusher::WalFlusher(const QString &walFile, std::function<void(quint64, bool)> flushed,
                       QObject *parent)
    : QObject(parent), m_walFile(QFile::encodeName(walFile)), m_flushed(std::move(flushed)),
      m_thread([this] { loop(); })
{}

WalFlusher::~WalFlusher()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    // Answers already queued for this object are dropped with it (Qt removes them).
}

quint64 WalFlusher::request()
{
    quint64 ticket = 0;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        ticket = ++m_requested;
    }
    m_wake.notify_one();
    return ticket;
}

bool WalFlusher::flushNow() const
{
    // Opened for each flush: the same file the connection writes (SQLite keeps the log file
    // while any connection is open, and the hub's is), and fdatasync() reaches the file's
    // pages whichever descriptor asks. Read-only is enough for a flush on Linux.
    const int fd = ::open(m_walFile.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        qCCritical(lcHubStore, "cannot open the write-ahead log %s to flush it: %s",
                   m_walFile.constData(), std::strerror(errno));
        return false;
    }
    int result = 0;
    do {
        result = ::fdatasync(fd);
    } while (result != 0 && errno == EINTR);
    const int error = errno;
    ::close(fd);
    if (result != 0) {
        qCCritical(lcHubStore, "flushing the write-ahead log %s failed: %s", m_walFile.constData(),
                   std::strerror(error));
        return false;
    }
    return true;
}

void WalFlusher::loop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || m_requested > m_started; });
        if (m_stop)
            return;
        const quint64 ticket = m_requested; // every request so far is written: this flush has it
        m_started = ticket;
        lock.unlock();
        const bool ok = flushNow();
        // Queued to this object's thread; dropped if the object is gone by then (it waits for
        // this thread before it goes, so the call below never meets a destroyed object).
        QMetaObject::invokeMethod(
            this, [this, ticket, ok] { m_flushed(ticket, ok); }, Qt::QueuedConnection);
        lock.lock();
    }
}

} // namespace parley::hub
