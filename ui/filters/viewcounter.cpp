#include "ui/filters/viewcounter.h"

#include "core/mirror/conversationqueries.h"

#include "core/mirror/threadconnection.h"

#include <QElapsedTimer>

namespace parley::ui {

CountResult countViews(QSqlDatabase db, const CountRequest &request, const FilterContext &context)
{
    CountResult counts;
    for (const auto &[key, filter] : request) {
        qint64 count = -1;
        QString error;
        if (!countConversations(db, filter, context, &count, &error))
            count = -1;
        counts.insert(key, count);
    }
    return counts;
}

// Lives on the counting thread; its connection is opened, used and closed there only.
class ViewCounter::Worker : public QObject {
public:
    explicit Worker(const QString &path)
        : m_connection(path, ThreadConnection::Role::MirrorReader, QStringLiteral("view-counts"))
    {}
    QSqlDatabase database() { return m_connection.database(); }

private:
    ThreadConnection m_connection;
};

ViewCounter::ViewCounter(const QString &mirrorPath, QObject *parent)
    : QObject(parent), m_worker(new Worker(mirrorPath))
{
    m_thread.setObjectName(QStringLiteral("view counts"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

ViewCounter::~ViewCounter()
{
    m_thread.quit();
    m_thread.wait();
}

void ViewCounter::count(const CountRequest &request, const FilterContext &context,
                        std::function<void(const CountResult &, qint64 elapsedMs)> done)
{
    Worker *worker = m_worker;
    ViewCounter *self = this; // outlives the job: the destructor joins the thread first
    QMetaObject::invokeMethod(
        m_worker,
        [worker, self, request, context, done = std::move(done)] {
            QElapsedTimer timer;
            timer.start();
            const CountResult counts = countViews(worker->database(), request, context);
            const qint64 elapsed = timer.elapsed();
            // Answers that arrive after the destructor are discarded with its posted events.
            QMetaObject::invokeMethod(self, [done, counts, elapsed] { done(counts, elapsed); });
        },
        Qt::QueuedConnection);
}

CountResult ViewCounter::countNow(const CountRequest &request, const FilterContext &context)
{
    CountResult counts;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, &counts, request, context] {
            counts = countViews(worker->database(), request, context);
        },
        Qt::BlockingQueuedConnection);
    return counts;
}

} // namespace parley::ui
