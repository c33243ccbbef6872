// HubDatabase's statements with values: on SQLite run(), scalar(), first(), firstRow() and
// eachRow() go through SQLite's own API (values bound straight from their QVariants, the
// statement kept prepared), on PostgreSQL through QSqlQuery; both must store and read the same.
// hubpg.tst_hubstatements runs the same on a PostgreSQL store.

#include "scratchstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parley::hub;

namespace {

const qint64 bigKey = Q_INT64_C(9007199254740993); // not exact as a double
const QString insertSql = QStringLiteral("INSERT INTO bound_values (k, t, n, f, r)"
                                         " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
                                         " RETURNING k");

struct ReadRow {
    qint64 key = 0;
    QString text;
    bool numberIsNull = false;
    qint64 number = 0;
    int flag = 0;
    double real = 0;
};

} // namespace

class HubStatementsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        parley::testing::openScratchStore(m_db, m_dir.path());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_db.run(QStringLiteral("CREATE TABLE bound_values (k BIGINT PRIMARY KEY,"
                                        " t TEXT NOT NULL, n BIGINT, f INTEGER NOT NULL,"
                                        " r DOUBLE PRECISION)")));
    }

    void insertReturningSaysWhetherItInserted()
    {
        const QString text = QStringLiteral("Olá 👋 — ação, 你好");
        QVariant key;
        QCOMPARE(m_db.first(insertSql, {bigKey, text, QVariant(), true, 2.5}, &key),
                 HubDatabase::Fetched::Row);
        QCOMPARE(key.toLongLong(), bigKey);
        // A null QString is '' for a NOT NULL text column, a flag is 0 or 1.
        QCOMPARE(m_db.first(insertSql, {qint64(2), QString(), qint64(-7), false, 0.25}, &key),
                 HubDatabase::Fetched::Row);
        QCOMPARE(key.toLongLong(), qint64(2));
        // The same key again: nothing inserted, so no row (a webhook item seen before).
        key = QVariant();
        QCOMPARE(
            m_db.first(insertSql, {qint64(2), QStringLiteral("again"), qint64(1), true, 1.0}, &key),
            HubDatabase::Fetched::None);
        QVERIFY(!key.isValid());
        QCOMPARE(m_db.first(QStringLiteral("INSERT INTO no_such_table (k) VALUES (?) RETURNING k"),
                            {qint64(1)}, &key),
                 HubDatabase::Fetched::Failed);
    }

    void everyRowReadsBackAsBound()
    {
        QList<ReadRow> rows;
        QVERIFY(m_db.eachRow(QStringLiteral("SELECT k, t, n, f, r FROM bound_values ORDER BY k"),
                             {}, [&rows](const auto &row) {
                                 rows.append({row.value(0).toLongLong(), row.value(1).toString(),
                                              row.value(2).isNull(), row.value(2).toLongLong(),
                                              row.value(3).toInt(), row.value(4).toDouble()});
                             }));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).key, qint64(2));
        QCOMPARE(rows.at(0).text, QString());
        QVERIFY(!rows.at(0).numberIsNull);
        QCOMPARE(rows.at(0).number, qint64(-7));
        QCOMPARE(rows.at(0).flag, 0);
        QCOMPARE(rows.at(0).real, 0.25);
        QCOMPARE(rows.at(1).key, bigKey);
        QCOMPARE(rows.at(1).text, QStringLiteral("Olá 👋 — ação, 你好"));
        QVERIFY(rows.at(1).numberIsNull); // QVariant() is NULL
        QCOMPARE(rows.at(1).flag, 1);
        QCOMPARE(rows.at(1).real, 2.5);
        // The text is stored as text, not as bytes: SQL sees its characters.
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM bound_values WHERE t LIKE ?"),
                             {QStringLiteral("Olá%")})
                     .toInt(),
                 1);
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT length(t) FROM bound_values WHERE k = ?"), {bigKey})
                .toInt(),
            int(QStringLiteral("Olá 👋 — ação, 你好").toUcs4().size()));
    }

    void firstRowReadsTheFirstOrSaysThereIsNone()
    {
        const QString sql = QStringLiteral("SELECT k, t FROM bound_values ORDER BY k");
        // Twice in a row: the statement left on its first row is free again for its next use.
        for (int round = 0; round < 2; ++round) {
            qint64 key = 0;
            QCOMPARE(m_db.firstRow(sql, {},
                                   [&key](const auto &row) { key = row.value(0).toLongLong(); }),
                     HubDatabase::Fetched::Row);
            QCOMPARE(key, qint64(2));
        }
        bool called = false;
        QCOMPARE(m_db.firstRow(QStringLiteral("SELECT t FROM bound_values WHERE k = ?"),
                               {qint64(404)}, [&called](const auto &) { called = true; }),
                 HubDatabase::Fetched::None);
        QVERIFY(!called);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT n FROM bound_values WHERE k = ?"), {bigKey},
                             QStringLiteral("fallback")),
                 QVariant(QStringLiteral("fallback"))); // NULL gives the fallback
    }

    void aKeptStatementNeverReadsAnEarlierRunsValues()
    {
        const QString update = QStringLiteral("UPDATE bound_values SET t = ? WHERE k = ?");
        {
            const QString longer = QStringLiteral("a much longer text than the next one");
            QVERIFY(m_db.run(update, {longer, qint64(2)}));
        }
        QVERIFY(m_db.run(update, {QStringLiteral("short"), qint64(2)}));
        const QString read = QStringLiteral("SELECT t FROM bound_values WHERE k = ?");
        QCOMPARE(m_db.scalar(read, {qint64(2)}).toString(), QStringLiteral("short"));
        if (m_db.dialect() == HubDatabase::Dialect::Sqlite) {
            // Fewer values than parameters fails (as QSQLITE's "Parameter count mismatch"),
            // rather than running with the earlier run's text still bound.
            QVERIFY(!m_db.run(update, {QStringLiteral("stale")}));
            QCOMPARE(m_db.scalar(read, {qint64(2)}).toString(), QStringLiteral("short"));
        }
    }

    void aTransactionRolledBackTakesTheStatementsWritesWithIt()
    {
        {
            Transaction transaction(m_db);
            QVERIFY(transaction.isOpen());
            QVariant key;
            QCOMPARE(m_db.first(insertSql,
                                {qint64(3), QStringLiteral("gone"), qint64(0), true, 0.0}, &key),
                     HubDatabase::Fetched::Row);
        } // rolled back
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM bound_values WHERE k = ?"),
                             {qint64(3)})
                     .toInt(),
                 0);
    }

private:
    QTemporaryDir m_dir;
    HubDatabase m_db;
};

QTEST_GUILESS_MAIN(HubStatementsTest)
#include "tst_hubstatements.moc"
