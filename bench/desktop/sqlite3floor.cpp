#include "bench/desktop/sqlite3floor.h"

#include "bench/desktop/measure.h"
#include "bench/mirror/sqltext.h"
#include "core/mirror/conversationqueries.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/models/messagelistmodel.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTimeZone>

namespace parley::bench {

QList<double> timeSqlite3(const Options &options, const QString &mirror, Id busy,
                          const QString &folder, QString *error)
{
    const FilterContext context{3, QDateTime::currentMSecsSinceEpoch(),
                                QTimeZone::systemTimeZone()};
    QString page;
    QString messages;
    const SqlCondition pageSql =
        conversationPageSql(ConversationFilter(), context, {}, ui::ConversationListModel::pageSize);
    const SqlCondition messageSql = newestMessagesSql(busy, ui::MessageListModel::pageSize + 1);
    if (!inlineValues(pageSql.sql, pageSql.values, &page, error) ||
        !inlineValues(messageSql.sql, messageSql.values, &messages, error))
        return {};
    const QString script = QDir(folder).filePath(QStringLiteral("first-page.sql"));
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(script);
        return {};
    }
    file.write(("PRAGMA cache_size = -32000;\n" + page + ";\n" + messages + ";\n").toUtf8());
    file.close();
    QList<double> times;
    for (int run = 0; run <= options.runs; ++run) {
        QProcess shell;
        shell.setStandardInputFile(script);
        shell.setStandardOutputFile(QProcess::nullDevice());
        const qint64 start = steadyNs();
        shell.start(options.sqlite3, {QStringLiteral("-batch"), QStringLiteral("-bail"), mirror});
        if (!shell.waitForFinished(30000) || shell.exitCode() != 0) {
            *error = QStringLiteral("%1 failed: %2")
                         .arg(options.sqlite3, QString::fromUtf8(shell.readAllStandardError()));
            return {};
        }
        if (run > 0) // the first run warms the page cache for the rest
            times.append(double(steadyNs() - start) / 1e6);
    }
    return times;
}

} // namespace parley::bench
