// What the mirror's rows hold after the applier wrote them: every column of a message and a
// conversation, on insert and on update, and the search index that follows each message's text
// (step 15: trigram candidates checked against the substring), also after a rolled-back batch.
#include "core/mirror/mirror.h"
#include "mirrortestdata.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace parley;
using namespace parley::testing;

class MirrorRowsTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

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

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(MirrorRowsTest)
#include "tst_mirrorrows.moc"
