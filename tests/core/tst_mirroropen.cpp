// Opening a mirror file that is not what it should be: garbage, a torn page, a file from a newer
// Parley, missing tables, a folder that cannot be made. Each is reported, never half-used, and
// the app's answer (discard and rebuild from the hub) works.
#include "core/mirror/drafts.h"
#include "core/mirror/localstore.h"
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorschema.h"
#include "core/mirror/outbox.h"
#include "core/mirror/snoozes.h"
#include "mirrortestdata.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class MirrorOpenTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void aFileThatIsNotADatabaseIsReportedDamaged()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Damaged);
        QVERIFY(!mirror.errorString().isEmpty());
        QVERIFY(!mirror.isOpen());
        // The client's answer: discard and rebuild from the hub.
        QVERIFY(Mirror::discard(path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
    }

    void aDamagedPageIsFoundByVerify()
    {
        const QString path = m_dir.filePath(QStringLiteral("torn.sqlite"));
        {
            Mirror mirror;
            QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
            EventLog log;
            QList<Event> events;
            events << log.conversation(conversation(1, QStringLiteral("Ana"), T0));
            for (int i = 0; i < 2000; ++i)
                events << log.message(textMessage(
                    i + 1, 1, Direction::In, QStringLiteral("mensagem número %1").arg(i), T0 + i));
            QVERIFY(mirror.apply(batchOf(events)));
            QSqlQuery q(mirror.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        // Overwrite a page in the middle of the file, as a failing disk would.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 8);
        file.seek((pages / 2) * 4096);
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        Mirror mirror;
        const Mirror::OpenStatus status = mirror.open(path);
        if (status == Mirror::OpenStatus::Ok)
            QVERIFY(!mirror.verify());
        else
            QCOMPARE(status, Mirror::OpenStatus::Damaged);
        QVERIFY(!mirror.errorString().isEmpty());
    }

    void aMirrorFromANewerParleyIsLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::TooNew);
    }

    void aMirrorMissingItsTablesIsDamaged()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.sqlite"));
        {
            Mirror mirror;
            QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
            QSqlQuery q(mirror.database());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE outbox")));
        }
        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Damaged);
        QVERIFY(mirror.errorString().contains(QStringLiteral("outbox")));
    }

    void aFolderThatCannotBeCreatedFails()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("file-not-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Mirror mirror;
        QCOMPARE(mirror.open(blocker + QStringLiteral("/sub/mirror.sqlite")),
                 Mirror::OpenStatus::Failed);
        QVERIFY(!mirror.errorString().isEmpty());
    }

    void whatOnlyThisDesktopKnowsOutlivesADiscardedMirror()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.sqlite"));
        {
            Mirror mirror;
            QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
            QVERIFY(Outbox(mirror.database()).enqueueText(7, QStringLiteral("Já vai"), T0));
            QVERIFY(Snoozes(mirror.database()).snooze(7, T0 + 60000, 1));
            QVERIFY(Drafts(mirror.database()).save(8, QStringLiteral("Bom dia")));
        }
        QVERIFY(QFile::exists(localStorePath(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Damaged);
        QVERIFY(Mirror::discard(path));
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
        QCOMPARE(mirror.lastSeq(), 0);
        const QList<OutboxItem> pending = Outbox(mirror.database()).pending();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("Já vai"));
        QVERIFY(Snoozes(mirror.database()).find(7).has_value());
        QCOMPARE(Drafts(mirror.database()).text(8), QStringLiteral("Bom dia"));
    }

    void aVersion6MirrorMovesItsLocalRowsIntoTheLocalStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("v6.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrateMirror(db, &error, 6), qPrintable(error));
            QVERIFY(Outbox(db).enqueueText(3, QStringLiteral("primeira"), T0));
            QVERIFY(Outbox(db).enqueueText(3, QStringLiteral("segunda"), T0 + 1));
            QVERIFY(Drafts(db).save(3, QStringLiteral("terceira")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v6"));
        {
            Mirror mirror;
            QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
            QSqlQuery q(mirror.database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM main.sqlite_schema WHERE name IN"
                                          " ('outbox', 'snoozes', 'saved_views', 'drafts')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        // Moved, in order, into the file a rebuild leaves alone.
        QVERIFY(Mirror::discard(path));
        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
        const QList<OutboxItem> pending = Outbox(mirror.database()).pending();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("primeira"));
        QCOMPARE(pending.at(1).payload.value(QStringLiteral("text")).toString(),
                 QStringLiteral("segunda"));
        QCOMPARE(Drafts(mirror.database()).text(3), QStringLiteral("terceira"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(MirrorOpenTest)
#include "tst_mirroropen.moc"
