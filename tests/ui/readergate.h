#pragma once

// Holds a MirrorStore's reader thread inside a job of the test's own until release(): the
// reader runs its jobs in the order asked, so every question asked after the gate waits, and
// its answer comes back only once the gate is released. No timing: the test decides what
// happens first.
#include "core/mirror/mirrorstore.h"

#include <QSemaphore>

#include <memory>
#include <utility>

namespace parley::testing {

class ReaderGate {
public:
    // `waitUntilInside`: return only once the reader has reached the gate (so whatever the
    // reader was asked before it has run).
    explicit ReaderGate(MirrorStore &store, bool waitUntilInside = true)
    {
        store.read<int>(
            [reached = m_reached, open = m_open](QSqlDatabase) {
                reached->release();
                open->acquire();
                return 0;
            },
            [](quint64, const int &) {});
        if (waitUntilInside)
            this->waitUntilInside();
    }
    ~ReaderGate() { release(); }
    ReaderGate(const ReaderGate &) = delete;
    ReaderGate &operator=(const ReaderGate &) = delete;

    void waitUntilInside() { m_reached->acquire(); }
    void release()
    {
        if (!std::exchange(m_released, true))
            m_open->release();
    }

private:
    std::shared_ptr<QSemaphore> m_reached = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> m_open = std::make_shared<QSemaphore>();
    bool m_released = false;
};

} // namespace parley::testing
