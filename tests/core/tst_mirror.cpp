#include "core/filter/filtersql.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/drafts.h"
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorschema.h"
#include "core/mirror/recordreads.h"
#include "mirrorfixture.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace parley;
using namespace parley::testing;

namespace {

constexpr TimestampMs T0 = 1763700000000; // 2025-11-21T04:40:00Z

Conversation conversation(Id id, const QString &name, TimestampMs lastInbound)
{
    Conversation c;
    c.id = id;
    c.channelId = 1;
    c.customerNumber = QStringLiteral("55119%1").arg(id, 8, 10, QLatin1Char('0'));
    c.customerName = name;
    c.lastInboundAt = lastInbound;
    c.lastMessageAt = lastInbound;
    return c;
}

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

QList<Id> search(QSqlDatabase db, const QString &text)
{
    ConversationFilter filter;
    filter.search = text;
    ConversationPage page;
    QString error;
    if (!fetchConversationPage(db, filter, {}, {}, 50, &page, &error))
        qWarning() << error;
    QList<Id> ids;
    for (const Conversation &c : page.rows)
        ids.append(c.id);
    return ids;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
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

    // Every column of a message and of a conversation holds what the event said, when the row is
    // new and when an update rewrites it (the applier binds each statement's values itself).
    void everyColumnIsWrittenOnInsertAndOnUpdate()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("w.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        Conversation c = conversation(1, QStringLiteral("Ana Lima"), T0);
        c.recordModule = QStringLiteral("Leads");
        c.recordId = 44;
        c.status = ConversationStatus::Pending;
        c.ownerId = 3;
        c.department = QStringLiteral("Vendas");
        c.lastOutboundAt = T0 - 5;
        c.lastMessageText = QStringLiteral("Olá 订单");
        c.lastRepliedBy = 3;
        c.unreadCount = 2;
        c.labelIds = {7, 3};
        c.priority = ConversationPriority::Urgent;
        c.teamId = 9;
        c.snoozedUntil = T0 + 1000;
        Message m = textMessage(10, 1, Direction::Out, QStringLiteral("Segue a foto ÇÃO"), T0, 3);
        m.kind = MessageKind::Image;
        m.state = DeliveryState::Failed;
        m.failureCode = QStringLiteral("131047");
        m.failureReason = QStringLiteral("Re-engagement message");
        m.clientId = QStringLiteral("client-1:0");
        m.media = {QStringLiteral("media-1"),  QStringLiteral("image/jpeg"),
                   QStringLiteral("foto.jpg"), 12345,
                   QStringLiteral("abc123"),   QStringLiteral("legenda")};
        m.whatsappType = QStringLiteral("image");
        m.details = {{QStringLiteral("width"), 640}};
        m.replyTo = QStringLiteral("wamid.quoted");
        m.frequentlyForwarded = true;
        m.forwarded = true;
        m.reaction = QStringLiteral("❤");
        m.editedAt = T0 + 7;
        m.earlierVersions = {QJsonObject{{QStringLiteral("text"), QStringLiteral("antes")}}};
        m.deletedAt = T0 + 9;
        const auto readBack = [&](const Message &expected) {
            QList<Message> read;
            QString error;
            QVERIFY2(fetchNewestMessages(mirror.database(), 1, 10, &read, &error),
                     qPrintable(error));
            QCOMPARE(read.size(), 1);
            const Message &back = read.first();
            QCOMPARE(back.id, expected.id);
            QCOMPARE(back.conversationId, expected.conversationId);
            QCOMPARE(back.direction, expected.direction);
            QCOMPARE(back.kind, expected.kind);
            QCOMPARE(back.text, expected.text);
            QCOMPARE(back.state, expected.state);
            QCOMPARE(back.failureCode, expected.failureCode);
            QCOMPARE(back.failureReason, expected.failureReason);
            QCOMPARE(back.authorId, expected.authorId);
            QCOMPARE(back.wamid, expected.wamid);
            QCOMPARE(back.clientId, expected.clientId);
            QCOMPARE(back.media.mediaId, expected.media.mediaId);
            QCOMPARE(back.media.mimeType, expected.media.mimeType);
            QCOMPARE(back.media.fileName, expected.media.fileName);
            QCOMPARE(back.media.size, expected.media.size);
            QCOMPARE(back.media.sha256, expected.media.sha256);
            QCOMPARE(back.media.caption, expected.media.caption);
            QCOMPARE(back.createdAt, expected.createdAt);
            QCOMPARE(back.whatsappType, expected.whatsappType);
            QCOMPARE(back.details, expected.details);
            QCOMPARE(back.replyTo, expected.replyTo);
            QCOMPARE(back.forwarded, expected.forwarded);
            QCOMPARE(back.frequentlyForwarded, expected.frequentlyForwarded);
            QCOMPARE(back.reaction, expected.reaction);
            QCOMPARE(back.editedAt, expected.editedAt);
            QCOMPARE(back.earlierVersions, expected.earlierVersions);
            QCOMPARE(back.deletedAt, expected.deletedAt);
        };
        const auto conversationRow = [&] {
            QSqlQuery q(mirror.database());
            q.exec(QStringLiteral(
                "SELECT channel_id, customer_number, customer_name, record_module, record_id,"
                " status, owner_id, department, last_inbound_at, last_outbound_at,"
                " last_message_at, last_message_text, last_replied_by, unread_count, labels,"
                " priority, team_id, snoozed_until FROM conversations WHERE id = 1"));
            QStringList values;
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    values.append(q.value(i).toString());
            }
            return values.join(QLatin1Char('|'));
        };
        const auto expectedRow = [](const Conversation &row) {
            return QStringList{QString::number(row.channelId),
                               row.customerNumber,
                               row.customerName,
                               row.recordModule,
                               QString::number(row.recordId),
                               conversationStatusName(row.status),
                               QString::number(row.ownerId),
                               row.department,
                               QString::number(row.lastInboundAt),
                               QString::number(row.lastOutboundAt),
                               QString::number(row.lastMessageAt),
                               row.lastMessageText,
                               QString::number(row.lastRepliedBy),
                               QString::number(row.unreadCount),
                               labelIdsText(row.labelIds),
                               QString::number(int(row.priority)),
                               QString::number(row.teamId),
                               QString::number(row.snoozedUntil)}
                .join(QLatin1Char('|'));
        };

        QVERIFY2(mirror.apply(batchOf({log.conversation(c), log.message(m)})),
                 qPrintable(mirror.errorString()));
        readBack(m);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(conversationRow(), expectedRow(c));
        QCOMPARE(search(mirror.database(), QStringLiteral("foto cao")), QList<Id>{1});

        // The update rewrites every column, back to "none" where the event says so.
        Message plain = textMessage(10, 1, Direction::In, QStringLiteral("Só texto agora"), T0 + 1);
        Conversation closed = conversation(1, QStringLiteral("Ana"), T0 + 1);
        closed.status = ConversationStatus::Closed;
        QVERIFY2(mirror.apply(batchOf({log.raw(EventType::MessageUpdated, toJson(plain)),
                                       log.conversation(closed)})),
                 qPrintable(mirror.errorString()));
        readBack(plain);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(conversationRow(), expectedRow(closed));
        QCOMPARE(search(mirror.database(), QStringLiteral("foto cao")), QList<Id>{});
        QCOMPARE(search(mirror.database(), QStringLiteral("so texto")), QList<Id>{1});
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

    // The same messages applied again after a batch was rolled back are found by search: the
    // rolled-back batch leaves nothing behind that would skip their full-text rows.
    void aBatchRetriedAfterARollbackIsSearchable()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("r.sqlite"))), Mirror::OpenStatus::Ok);
        EventLog log;
        const Event chat = log.conversation(conversation(1, QStringLiteral("Ana"), T0));
        const Event message =
            log.message(textMessage(10, 1, Direction::In, QStringLiteral("orçamento pronto"), T0));
        QVERIFY(!mirror.apply(batchOf(
            {chat, message,
             log.raw(EventType::MessageCreated, {{QStringLiteral("id"), QStringLiteral("x")}})})));
        QVERIFY2(mirror.apply(batchOf({chat, message})), qPrintable(mirror.errorString()));
        QCOMPARE(search(mirror.database(), QStringLiteral("orcamento")), QList<Id>{1});
    }

    // Step 15's index keeps no trigram positions: a message holding every trigram of the search
    // text, but not the text itself, is a candidate the search drops; the substring is found in
    // any script and wherever it starts, and a word re-worded away is no longer found.
    void searchFindsTheSubstringNotJustItsTrigrams()
    {
        Mirror mirror;
        QCOMPARE(mirror.open(m_dir.filePath(QStringLiteral("t.sqlite"))), Mirror::OpenStatus::Ok);
        QVERIFY(scalar(mirror.database(),
                       QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name ="
                                      " 'message_search' AND sql LIKE '%detail=none%'")) == 1);
        EventLog log;
        QVERIFY2(mirror.apply(batchOf({
                     log.conversation(conversation(1, QStringLiteral("Ana"), T0)),
                     log.conversation(conversation(2, QStringLiteral("Bia"), T0 + 1)),
                     log.conversation(conversation(3, QStringLiteral("Caio"), T0 + 2)),
                     // Every trigram of "orcamento" ("orc" … "nto"), never the word.
                     log.message(textMessage(10, 1, Direction::In,
                                             QStringLiteral("orca rcam camen mento"), T0)),
                     log.message(textMessage(11, 2, Direction::In,
                                             QStringLiteral("Meu ORÇAMENTO chegou"), T0 + 1)),
                     log.message(textMessage(12, 3, Direction::In,
                                             QStringLiteral("请把发票号码发给我"), T0 + 2)),
                 })),
                 qPrintable(mirror.errorString()));
        QCOMPARE(search(mirror.database(), QStringLiteral("orcamento")), QList<Id>{2});
        QCOMPARE(search(mirror.database(), QStringLiteral("u orç")), QList<Id>{2});
        QCOMPARE(search(mirror.database(), QStringLiteral("发票号码")), QList<Id>{3});
        QCOMPARE(search(mirror.database(), QStringLiteral("票号")), QList<Id>{3});
        QCOMPARE(search(mirror.database(), QStringLiteral("rcam c")), QList<Id>{1});
        Message reworded = textMessage(11, 2, Direction::In, QStringLiteral("Meu pedido"), T0 + 1);
        QVERIFY2(mirror.apply(batchOf({log.raw(EventType::MessageUpdated, toJson(reworded))})),
                 qPrintable(mirror.errorString()));
        QCOMPARE(search(mirror.database(), QStringLiteral("orcamento")), QList<Id>{});
        QCOMPARE(search(mirror.database(), QStringLiteral("pedido")), QList<Id>{2});
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

QTEST_GUILESS_MAIN(MirrorTest)
#include "tst_mirror.moc"
