// A failed SQL statement of the desktop's mirror is logged exactly once, under parley.mirror,
// with its SQL but never the values bound to it.

#include "core/mirror/localstore.h"
#include "core/mirror/mirror.h"
#include "core/mirror/outbox.h"
#include "core/mirror/savedviews.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;

namespace {

struct LogLine {
    QString category;
    QtMsgType type;
    QString text;
};

QList<LogLine> lines;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    lines.append({QString::fromLatin1(context.category), type, text});
}

QList<LogLine> sqlFailures()
{
    QList<LogLine> found;
    for (const LogLine &line : std::as_const(lines)) {
        if (line.text.contains(QLatin1String("SQL failed")))
            found.append(line);
    }
    return found;
}

} // namespace

class SqlFailureLogTest : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("mirror.sqlite"))),
                 Mirror::OpenStatus::Ok);
        lines.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    void cleanup()
    {
        qInstallMessageHandler(m_previous);
        m_mirror.close();
        Mirror::discard(m_dir.filePath(QStringLiteral("mirror.sqlite")));
        // The outbox and saved views live beside the mirror and outlive a discard; each test
        // starts from none.
        QFile::remove(localStorePath(m_dir.filePath(QStringLiteral("mirror.sqlite"))));
    }

    void savedViewFailureIsLoggedOnceUnderMirror()
    {
        QSqlQuery(m_mirror.database()).exec(QStringLiteral("DROP TABLE saved_views"));
        SavedViews views(m_mirror.database());
        QCOMPARE(views.add(QStringLiteral("secret view name"), ConversationFilter()), Id(0));
        QVERIFY(!views.errorString().isEmpty());

        const QList<LogLine> failures = sqlFailures();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().category, QStringLiteral("parley.mirror"));
        QCOMPARE(failures.first().type, QtWarningMsg);
        QVERIFY2(failures.first().text.contains(QLatin1String("saved_views")),
                 qPrintable(failures.first().text));
        QVERIFY2(!failures.first().text.contains(QLatin1String("secret view name")),
                 qPrintable(failures.first().text));
    }

    void outboxFailureIsLoggedOnce()
    {
        QSqlQuery(m_mirror.database()).exec(QStringLiteral("DROP TABLE outbox"));
        Outbox outbox(m_mirror.database());
        QVERIFY(!outbox.enqueueText(1, QStringLiteral("a customer's private reply"), 1000));

        const QList<LogLine> failures = sqlFailures();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().category, QStringLiteral("parley.mirror"));
        QVERIFY2(!failures.first().text.contains(QLatin1String("private reply")),
                 qPrintable(failures.first().text));
    }

    void appliedBatchFailureIsLoggedOnce()
    {
        // The applier's statements were prepared at open; the failing upsert is logged where it
        // ran, and not again by Mirror::apply, which reports it in errorString().
        QSqlQuery(m_mirror.database()).exec(QStringLiteral("DROP TABLE agents"));
        QVERIFY(!m_mirror.apply({{{1, QStringLiteral("agent.updated"),
                                   QJsonObject{{QStringLiteral("id"), 3},
                                               {QStringLiteral("login"), QStringLiteral("ana")},
                                               {QStringLiteral("name"), QStringLiteral("Ana")},
                                               {QStringLiteral("role"), QStringLiteral("agent")},
                                               {QStringLiteral("active"), true}}}},
                                 1}));
        QVERIFY(!m_mirror.errorString().isEmpty());
        QCOMPARE(sqlFailures().size(), 1);
        QCOMPARE(sqlFailures().first().category, QStringLiteral("parley.mirror"));
    }

    void appliedMessageFailureIsLoggedOnceWithoutItsText()
    {
        // A message is written through SQLite's own API (SqliteStatement): its failure is
        // reported the same way, once, with the statement and never the customer's words.
        QSqlQuery(m_mirror.database()).exec(QStringLiteral("DROP TABLE messages"));
        QVERIFY(!m_mirror.apply(
            {{{1, QStringLiteral("message.created"),
               QJsonObject{
                   {QStringLiteral("id"), 10},
                   {QStringLiteral("conversation_id"), 1},
                   {QStringLiteral("direction"), QStringLiteral("in")},
                   {QStringLiteral("type"), QStringLiteral("text")},
                   {QStringLiteral("text"), QStringLiteral("my card number is 4111")},
                   {QStringLiteral("created_at"), QStringLiteral("2025-11-21T04:40:00.000Z")}}}},
             1}));
        QVERIFY2(m_mirror.errorString().contains(QLatin1String("messages")),
                 qPrintable(m_mirror.errorString()));
        const QList<LogLine> failures = sqlFailures();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.first().category, QStringLiteral("parley.mirror"));
        QCOMPARE(failures.first().type, QtWarningMsg);
        QVERIFY2(failures.first().text.contains(QLatin1String("INSERT INTO messages")),
                 qPrintable(failures.first().text));
        QVERIFY2(!failures.first().text.contains(QLatin1String("4111")),
                 qPrintable(failures.first().text));
    }

private:
    QTemporaryDir m_dir;
    Mirror m_mirror;
    QtMessageHandler m_previous = nullptr;
};

QTEST_GUILESS_MAIN(SqlFailureLogTest)
#include "tst_sqlfailurelog.moc"
