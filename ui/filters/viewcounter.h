#pragma once

#include "core/filter/filtersql.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <functional>

namespace parley::ui {

// The filters to count, by the key of their sidebar row.
using CountRequest = QList<QPair<QString, ConversationFilter>>;
// Row key → count, or -1 when it could not be counted.
using CountResult = QHash<QString, qint64>;

CountResult countViews(QSqlDatabase db, const CountRequest &request, const FilterContext &context);

// Counts views on a thread of its own at low priority, over its own read-only connection to the
// mirror file (ThreadConnection, as the store's reader: WAL lets it read while the sync worker
// writes), so a slow count never delays the list's pages on the store's reader thread. The
// built-in views are indexed
// and cost milliseconds, but a user's view may combine filters that no index serves, and a
// sidebar of such views would stall the UI after every sync batch.
class ViewCounter : public QObject {
    Q_OBJECT
public:
    explicit ViewCounter(const QString &mirrorPath, QObject *parent = nullptr);
    ~ViewCounter() override;

    // `done` runs on this object's thread with the counts; never after this object is gone.
    void count(const CountRequest &request, const FilterContext &context,
               std::function<void(const CountResult &, qint64 elapsedMs)> done);
    // The same, waiting on this thread for the answer (tests and benchmarks).
    CountResult countNow(const CountRequest &request, const FilterContext &context);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};

} // namespace parley::ui
