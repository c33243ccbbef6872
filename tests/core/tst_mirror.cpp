// The mirror file and the applier's batch rules: a new file's shape, rows and seq written
// together, replays and overlaps skipped, later events winning, a bad event rolling the batch
// back, and every entity kind applied and deleted. The columns each row holds and the search
// index are tst_mirrorrows; upgrades and drafts across runs tst_mirrormigration.
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorschema.h"
#include "mirrortestdata.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

// Every row of the tables the hub fills, as text: two equal dumps mean nothing changed.
QString dump(QSqlDatabase db)
{
    QString out;
    QSqlQuery q(db);
    for (const char *table : {"sync_state", "conversations", "messages", "agents", "records",
                              "predefined_texts", "templates"}) {
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace

class MirrorTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void opensANewFileAtTheLatestVersionInWal()
    {
        Mirror mirror;
        const QString path = m_dir.filePath(QStringLiteral("accounts/hub-1/mirror.sqlite"));
        QCOMPARE(mirror.open(path), Mirror::OpenStatus::Ok);
        QVERIFY(QFile::exists(path));
        QSqlDatabase db = mirror.database();
        QCOMPARE(mirrorVersion(db), latestMirrorVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QCOMPARE(mirror.lastSeq(), 0);
        QVERIFY(mirror.verify());
    }

    void applyWritesRowsAndSeqTogether()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("a.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        const QList<Event> events = {
            log.conversation(conversation(1, QStringLiteral("Ana"), T0)),
            log.message(textMessage(10, 1, Direction::In, QStringLiteral("Olá"), T0)),
            log.message(textMessage(11, 1, Direction::In, QStringLiteral("Tudo bem?"), T0 + 1)),
        };
        MirrorChanges changes;
        QVERIFY2(mirror.apply({events, 3}, &changes), qPrintable(mirror.errorString()));
        QCOMPARE(mirror.lastSeq(), 3);
        QCOMPARE(changes.conversations, QSet<Id>{1});
        QCOMPARE(changes.messages, (QSet<Id>{10, 11}));
        QList<Message> messages;
        QString error;
        QVERIFY(fetchNewestMessages(mirror.database(), 1, 50, &messages, &error));
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.first().text, QStringLiteral("Olá")); // oldest first
        QCOMPARE(messages.last().text, QStringLiteral("Tudo bem?"));
    }

    void applyingABatchTwiceChangesNothing()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("b.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        events << log.conversation(conversation(1, QStringLiteral("Ana"), T0));
        for (int i = 0; i < 20; ++i)
            events << log.message(
                textMessage(100 + i, 1, Direction::In, QStringLiteral("m%1").arg(i), T0 + i));
        const SyncBatch batch = batchOf(events);
        QVERIFY(mirror.apply(batch));
        const QString before = dump(mirror.database());
        MirrorChanges changes;
        QVERIFY(mirror.apply(batch, &changes));
        QVERIFY(changes.isEmpty());
        QCOMPARE(dump(mirror.database()), before);
        QCOMPARE(mirror.lastSeq(), 21);
        QCOMPARE(scalar(mirror.database(), QStringLiteral("SELECT count(*) FROM messages")), 20);
    }

    void overlappingBatchesApplyOnlyTheNewEvents()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("c.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        QList<Event> events;
        events << log.conversation(conversation(1, QStringLiteral("Ana"), T0));
        for (int i = 0; i < 7; ++i)
            events << log.message(textMessage(100 + i, 1, Direction::In, QStringLiteral("x"), T0));
        QVERIFY(mirror.apply(batchOf(events.mid(0, 5))));
        // The local copy of message 103 was meanwhile edited; a replay must not overwrite it,
        // which shows the replayed events 1–5 were skipped, not re-applied.
        QSqlQuery q(mirror.database());
        QVERIFY(q.exec(QStringLiteral("UPDATE messages SET text = 'local' WHERE id = 103")));
        MirrorChanges changes;
        QVERIFY(mirror.apply(batchOf(events.mid(2)), &changes));
        QCOMPARE(changes.messages, (QSet<Id>{104, 105, 106}));
        QCOMPARE(mirror.lastSeq(), 8);
        QCOMPARE(scalar(mirror.database(),
                        QStringLiteral("SELECT count(*) FROM messages WHERE text = 'local'")),
                 1);
    }

    void laterEventsOverwriteEarlierState()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("d.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        Message sent = textMessage(7, 1, Direction::Out, QStringLiteral("Pedido enviado"), T0, 3);
        sent.state = DeliveryState::Sent;
        QVERIFY(mirror.apply(batchOf(
            {log.conversation(conversation(1, QStringLiteral("A"), T0)), log.message(sent)})));
        QCOMPARE(search(mirror.database(), QStringLiteral("enviado")), QList<Id>{1});
        sent.state = DeliveryState::Read;
        sent.text = QStringLiteral("Pedido entregue");
        QVERIFY(mirror.apply(batchOf({log.raw(EventType::MessageUpdated, toJson(sent))})));
        QList<Message> messages;
        QString error;
        QVERIFY(fetchNewestMessages(mirror.database(), 1, 50, &messages, &error));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().state, DeliveryState::Read);
        // The search index follows the text: the old words are gone, the new ones found.
        QCOMPARE(search(mirror.database(), QStringLiteral("enviado")), QList<Id>{});
        QCOMPARE(search(mirror.database(), QStringLiteral("entregue")), QList<Id>{1});
    }

    void aBadEventRollsTheWholeBatchBack()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("e.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        const QList<Event> events = {
            log.conversation(conversation(1, QStringLiteral("Ana"), T0)),
            log.message(textMessage(10, 1, Direction::In, QStringLiteral("ok"), T0)),
            log.raw(EventType::MessageCreated, {{QStringLiteral("id"), QStringLiteral("x")}}),
        };
        QVERIFY(!mirror.apply(batchOf(events)));
        QVERIFY2(mirror.errorString().contains(QStringLiteral("event 3")),
                 qPrintable(mirror.errorString()));
        QCOMPARE(mirror.lastSeq(), 0);
        QCOMPARE(scalar(mirror.database(), QStringLiteral("SELECT count(*) FROM conversations")),
                 0);
        QCOMPARE(scalar(mirror.database(), QStringLiteral("SELECT count(*) FROM messages")), 0);
    }

    void unknownEventTypesAreSkippedButCounted()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("f.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        QVERIFY(
            mirror.apply(batchOf({log.raw(QStringLiteral("ticket.created"), {{"id", 1}}),
                                  log.conversation(conversation(1, QStringLiteral("A"), T0))})));
        QCOMPARE(mirror.lastSeq(), 2);
        QCOMPARE(scalar(mirror.database(), QStringLiteral("SELECT count(*) FROM conversations")),
                 1);
        // An empty batch still moves the position forward (the hub compacted the log).
        QVERIFY(mirror.apply({{}, 40}));
        QCOMPARE(mirror.lastSeq(), 40);
    }

    void deletesAndOtherEntities()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("g.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        Record record;
        record.id = 5;
        record.module = Module::Leads;
        record.fields.insert(QStringLiteral("First Name"), QStringLiteral("Ana"));
        PredefinedText text{9, QStringLiteral("Hi"), Module::Leads, QStringLiteral("Hi!"), 1, T0};
        MessageTemplate tpl;
        tpl.id = 4;
        tpl.name = QStringLiteral("welcome");
        tpl.status = TemplateStatus::Approved;
        Agent agent{2, QStringLiteral("bo"), QStringLiteral("Bo"), Role::Agent, {}, true};
        Channel channel;
        channel.id = 1;
        channel.name = QStringLiteral("Loja");
        MirrorChanges changes;
        QVERIFY2(mirror.apply(batchOf({log.raw(EventType::RecordUpdated, toJson(record)),
                                       log.raw(EventType::PredefinedTextUpdated, toJson(text)),
                                       log.raw(EventType::TemplateUpdated, toJson(tpl)),
                                       log.raw(EventType::AgentUpdated, toJson(agent)),
                                       log.raw(EventType::ChannelUpdated, toJson(channel))}),
                              &changes),
                 qPrintable(mirror.errorString()));
        QVERIFY(changes.records && changes.predefinedTexts && changes.templates && changes.agents &&
                changes.channels);
        QSqlDatabase db = mirror.database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM records")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM templates WHERE status = "
                                           "'APPROVED'")),
                 1);
        QVERIFY(mirror.apply(batchOf({log.raw(EventType::RecordDeleted, {{"id", 5}}),
                                      log.raw(EventType::PredefinedTextDeleted, {{"id", 9}})})));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM records")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM predefined_texts")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM agents")), 1);
    }

    void aConversationThatLeftTheDepartmentLeavesTheMirror()
    {
        // Issue #12: the hub sends conversation.left to the department a conversation moved
        // out of; the desktop drops it with its messages (and their search entries).
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("left.sqlite"))),
                 Mirror::OpenStatus::Ok);
        EventLog log;
        QVERIFY(mirror.apply(batchOf({
            log.conversation(conversation(1, QStringLiteral("Ana"), T0)),
            log.conversation(conversation(2, QStringLiteral("Bia"), T0)),
            log.message(textMessage(10, 1, Direction::In, QStringLiteral("pedido"), T0)),
            log.message(textMessage(11, 2, Direction::In, QStringLiteral("pedido"), T0)),
        })));
        MirrorChanges changes;
        QVERIFY2(mirror.apply(batchOf({log.raw(EventType::ConversationLeft,
                                               {{"id", 1}, {"department", "Sales"}})}),
                              &changes),
                 qPrintable(mirror.errorString()));
        QCOMPARE(changes.conversations, QSet<Id>{1});
        QSqlDatabase db = mirror.database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM conversations")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM messages")), 1);
        // The index's own rows (step 15: every trigram of "pedido", each message checked).
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM message_search WHERE"
                                           " message_search MATCH '%1' AND"
                                           " instr(search_text, 'pedido') > 0")
                                .arg(fullTextQuery(QStringLiteral("pedido")))),
                 1);
        QVERIFY(mirror.verify());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(MirrorTest)
#include "tst_mirror.moc"
