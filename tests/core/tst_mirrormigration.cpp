// The mirror file across app runs and versions: drafts kept until emptied, and a file of every
// earlier schema version upgraded to the latest with its rows kept, searchable, and able to take
// what each later step added.
#include "core/mirror/drafts.h"
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorschema.h"
#include "core/mirror/recordreads.h"
#include "mirrortestdata.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class MirrorMigrationTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void draftsOutliveTheAppAndGoWhenEmptied()
    {
        const QString path = m_dir.filePath(QStringLiteral("drafts.sqlite"));
        {
            Mirror mirror;
            QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
            Drafts drafts(mirror.database());
            QVERIFY(drafts.save(7, QStringLiteral("Olá Ana, ")));
            QVERIFY(drafts.save(8, QStringLiteral("Carla: o pedido")));
            QVERIFY(drafts.save(8, QStringLiteral("Carla: o pedido saiu")));
        }
        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
        Drafts drafts(mirror.database());
        QCOMPARE(drafts.text(7), QStringLiteral("Olá Ana, "));
        QCOMPARE(drafts.all().size(), 2);
        QCOMPARE(drafts.all().value(8), QStringLiteral("Carla: o pedido saiu"));
        QVERIFY(drafts.save(7, QStringLiteral("  \n")));
        QCOMPARE(drafts.text(7), QString());
        QCOMPARE(drafts.all().keys(), QList<Id>{8});
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 0; v < latestMirrorVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("from v%1").arg(v))) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        const QString path = m_dir.filePath(QStringLiteral("old-v%1.sqlite").arg(fromVersion));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QString error;
            QVERIFY2(migrateMirror(db, &error, fromVersion), qPrintable(error));
            QCOMPARE(mirrorVersion(db), fromVersion);
            if (fromVersion >= 1) {
                // Rows written by that version's schema must survive and be searchable after.
                QSqlQuery q(db);
                QVERIFY2(q.exec(QStringLiteral(
                             "INSERT INTO conversations (id, channel_id, customer_number,"
                             " last_inbound_at, last_message_at) VALUES (1, 1, '551100', 5, 5)")),
                         qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO messages (id, conversation_id, direction, kind, text, state,"
                    " created_at) VALUES (1, 1, 'in', 'text', '请问营业时间是几点', 'received', "
                    "5)")));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO messages (id, conversation_id, direction, kind, text, state,"
                    " created_at) VALUES (2, 1, 'in', 'text', 'Abrem no Sábado?', 'received', "
                    "6)")));
                QVERIFY(q.exec(
                    QStringLiteral("UPDATE sync_state SET value = 77 WHERE key = 'last_seq'")));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        Mirror mirror;
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
        QSqlDatabase upgraded = mirror.database();
        QCOMPARE(mirrorVersion(upgraded), latestMirrorVersion());
        QVERIFY(mirror.verify());
        if (fromVersion >= 1) {
            QCOMPARE(mirror.lastSeq(), 77);
            QCOMPARE(search(mirror.database(), QStringLiteral("营业时间")), QList<Id>{1});
            // Step 5/6: what was stored before is found without its accents too.
            QCOMPARE(search(mirror.database(), QStringLiteral("sabado")), QList<Id>{1});
            QCOMPARE(search(mirror.database(), QStringLiteral("SÁBADO")), QList<Id>{1});
        }
        // Step 5: drafts.
        QVERIFY(Drafts(upgraded).save(1, QStringLiteral("Abrimos sim, das 9h")));
        QCOMPARE(Drafts(upgraded).text(1), QStringLiteral("Abrimos sim, das 9h"));
        QCOMPARE(scalar(mirror.database(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        // Step 4: activities arrive after the upgrade like on a new file.
        Activity call;
        call.id = 3;
        call.kind = ActivityKind::Call;
        call.title = QStringLiteral("Call back");
        call.recordId = 8;
        const Event event{100, EventType::ActivityUpdated, toJson(call)};
        QVERIFY2(mirror.apply(batchOf({event})), qPrintable(mirror.errorString()));
        QCOMPARE(RecordReads(mirror.database()).activities(8).size(), 1);
        // Step 7: a message's content beyond its text (issue #10) is kept and read back.
        Message located;
        located.id = 9;
        located.conversationId = 1;
        located.kind = MessageKind::Location;
        located.whatsappType = QStringLiteral("location");
        located.details = {
            {QStringLiteral("location"), QJsonObject{{QStringLiteral("latitude"), -23.5},
                                                     {QStringLiteral("longitude"), -46.6}}}};
        located.replyTo = QStringLiteral("wamid.quoted");
        located.forwarded = true;
        located.reaction = QStringLiteral("👍");
        located.editedAt = 8000;
        located.earlierVersions = {QJsonObject{{QStringLiteral("text"), QStringLiteral("old")}}};
        located.deletedAt = 9000;
        located.createdAt = 7000;
        QVERIFY2(mirror.apply(batchOf({{101, EventType::MessageCreated, toJson(located)}})),
                 qPrintable(mirror.errorString()));
        QList<Message> read;
        QString error;
        QVERIFY2(fetchNewestMessages(upgraded, 1, 10, &read, &error), qPrintable(error));
        QVERIFY(!read.isEmpty());
        const Message &back = read.last();
        QCOMPARE(back.id, Id(9));
        QCOMPARE(back.details, located.details);
        QCOMPARE(back.whatsappType, located.whatsappType);
        QCOMPARE(back.replyTo, located.replyTo);
        QVERIFY(back.forwarded && !back.frequentlyForwarded);
        QCOMPARE(back.reaction, located.reaction);
        QCOMPARE(back.editedAt, located.editedAt);
        QCOMPARE(back.earlierVersions, located.earlierVersions);
        QCOMPARE(back.deletedAt, located.deletedAt);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(MirrorMigrationTest)
#include "tst_mirrormigration.moc"
