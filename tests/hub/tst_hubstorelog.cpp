// A failed SQL statement of the hub's store is logged exactly once, under parley.hub.store, with
// its SQL but never the values bound to it (they hold messages, tokens and password hashes).

#include "scratchstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parley::hub;

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

} // namespace

class HubStoreLogTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // hubpg.tst_hubstorelog: the same on a PostgreSQL store.
        parley::testing::openScratchStore(m_db, m_dir.path());
    }
    void init()
    {
        lines.clear();
        m_previous = qInstallMessageHandler(capture);
    }
    void cleanup() { qInstallMessageHandler(m_previous); }

    void failedStatementIsLoggedOnceWithoutItsValues_data()
    {
        QTest::addColumn<bool>("cached");
        QTest::newRow("exec") << false;
        QTest::newRow("cached statement") << true;
    }
    void failedStatementIsLoggedOnceWithoutItsValues()
    {
        QFETCH(bool, cached);
        const QString sql = QStringLiteral("INSERT INTO no_such_table (token) VALUES (?)");
        const QVariantList values{QStringLiteral("EAAG-secret-token")};
        const bool ok = cached ? m_db.run(sql, values) : m_db.exec(sql, values).isActive();
        QVERIFY(!ok);
        QVERIFY(m_db.errorString().contains(QLatin1String("no_such_table")));

        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().category, QStringLiteral("parley.hub.store"));
        QCOMPARE(lines.first().type, QtWarningMsg);
        QVERIFY2(lines.first().text.contains(QLatin1String("no_such_table")),
                 qPrintable(lines.first().text));
        QVERIFY2(!lines.first().text.contains(QLatin1String("secret")),
                 qPrintable(lines.first().text));
    }

    void failingExecuteIsLoggedOnce()
    {
        QVERIFY(m_db.run(QStringLiteral("CREATE TABLE t (v TEXT NOT NULL UNIQUE)")));
        QVERIFY(m_db.run(QStringLiteral("INSERT INTO t (v) VALUES (?)"), {QStringLiteral("a")}));
        QVERIFY(lines.isEmpty());
        QVERIFY(!m_db.run(QStringLiteral("INSERT INTO t (v) VALUES (?)"), {QStringLiteral("a")}));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().category, QStringLiteral("parley.hub.store"));
    }

private:
    QTemporaryDir m_dir;
    HubDatabase m_db;
    QtMessageHandler m_previous = nullptr;
};

QTEST_GUILESS_MAIN(HubStoreLogTest)
#include "tst_hubstorelog.moc"
