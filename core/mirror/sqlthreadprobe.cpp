#include "core/mirror/sqlthreadprobe.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace parley::SqlThreadProbe {
namespace {

std::atomic<bool> g_enabled{false};
std::atomic<qint64> g_gui{0};
std::atomic<qint64> g_other{0};
QMutex g_lastMutex;
QStringList g_last; // guarded by g_lastMutex
constexpr int keptStatements = 8;

int traced(unsigned type, void *, void *statement, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    const QCoreApplication *app = QCoreApplication::instance();
    if (app == nullptr || QThread::currentThread() != app->thread()) {
        ++g_other;
        return 0;
    }
    ++g_gui;
    const char *sql = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
    const QMutexLocker lock(&g_lastMutex);
    g_last.append(QString::fromUtf8(sql != nullptr ? sql : "?"));
    if (g_last.size() > keptStatements)
        g_last.removeFirst();
    return 0;
}

} // namespace

void setEnabled(bool enabled)
{
    g_enabled = enabled;
}

bool isEnabled()
{
    return g_enabled;
}

void install(const QSqlDatabase &db)
{
    if (!g_enabled || !db.isOpen() || db.driver() == nullptr)
        return;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (connection != nullptr)
        sqlite3_trace_v2(connection, SQLITE_TRACE_STMT, traced, nullptr);
}

qint64 guiThreadStatements()
{
    return g_gui;
}

qint64 otherThreadStatements()
{
    return g_other;
}

QStringList lastGuiThreadSql()
{
    const QMutexLocker lock(&g_lastMutex);
    return g_last;
}

void reset()
{
    g_gui = 0;
    g_other = 0;
    const QMutexLocker lock(&g_lastMutex);
    g_last.clear();
}

} // namespace parley::SqlThreadProbe
