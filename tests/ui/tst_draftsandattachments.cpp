// The conversation pane's drafts and its Attachments tab over a real mirror, with nothing on the
// GUI thread but results (issue #11, "the GUI thread never waits"): a draft saved while another
// connection holds the local store's write lock (as the sync worker does while it writes the
// outbox) neither blocks the switch to the next customer nor follows the agent there, shows on
// its row and in the composer at once, and is on disk once the lock is gone; the tab's files are
// read on the store's reader thread, and a file that changes is one changed row, not a reset.
#include "../core/mirrorfixture.h"
#include "core/mirror/draftbook.h"
#include "core/mirror/drafts.h"
#include "core/mirror/localstore.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/sqlthreadprobe.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/media/attachmentlistmodel.h"
#include "ui/media/attachmentstab.h"
#include "ui/media/mediafiles.h"
#include "ui/models/conversationlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>
#include <QUuid>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

constexpr TimestampMs T0 = 1763700000000;

Conversation customer(Id id, const char *name)
{
    Conversation c;
    c.id = id;
    c.channelId = 1;
    c.customerNumber = QStringLiteral("5511900000%1").arg(id);
    c.customerName = QString::fromUtf8(name);
    c.ownerId = 1;
    c.lastInboundAt = T0 + id * 60000;
    c.lastMessageAt = c.lastInboundAt;
    return c;
}

Message fileMessage(Id id, Id conversationId, const QString &fileName, TimestampMs at)
{
    Message m = textMessage(id, conversationId, Direction::In, QString(), at);
    m.kind = MessageKind::Document;
    m.media.mediaId = QStringLiteral("media-%1").arg(id);
    m.media.mimeType = QStringLiteral("application/pdf");
    m.media.fileName = fileName;
    m.media.size = 1000 + id;
    return m;
}

// The local store's write lock, held by a connection of its own until release().
class LocalStoreLock {
public:
    explicit LocalStoreLock(const QString &mirrorPath)
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(localStorePath(mirrorPath));
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~LocalStoreLock()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isHeld() const { return m_held; }
    // What the store holds while the lock is held (the writer cannot have written since).
    QString draftOf(Id conversationId) const
    {
        return Drafts(QSqlDatabase::database(m_name, false)).text(conversationId);
    }
    void release()
    {
        if (!m_held)
            return;
        QSqlQuery(QSqlDatabase::database(m_name, false)).exec(QStringLiteral("ROLLBACK"));
        m_held = false;
        QSqlDatabase::database(m_name, false).close();
    }

private:
    QString m_name;
    bool m_held = false;
};

} // namespace

class DraftsAndAttachmentsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Every connection opened from now on reports the thread of each statement.
        SqlThreadProbe::setEnabled(true);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("m.sqlite"));
        m_mirror = std::make_unique<Mirror>();
        QCOMPARE(m_mirror->open(m_path), Mirror::OpenStatus::Ok);
        m_log = EventLog();
        QList<Event> events;
        events << m_log.conversation(customer(1, "Ana Souza"))
               << m_log.conversation(customer(2, "Bruno Lima"));
        events << m_log.message(fileMessage(11, 1, QStringLiteral("pedido.pdf"), T0 + 1000))
               << m_log.message(textMessage(12, 1, Direction::In, QStringLiteral("Oi"), T0 + 2000))
               << m_log.message(fileMessage(13, 1, QStringLiteral("nota.pdf"), T0 + 3000));
        QVERIFY(m_mirror->apply(batchOf(events)));
        QVERIFY(Drafts(m_mirror->database()).save(2, QStringLiteral("Bruno, seu pedido")));
    }

    void cleanup()
    {
        m_mirror.reset();
        m_dir.reset();
    }

    void aDraftSavedUnderTheWritersLockNeitherWaitsNorFollowsTheAgent()
    {
        MirrorStore store(m_path);
        ConversationListModel list(&store, m_mirror->database());
        ConversationPane pane(&store, m_mirror->database());
        Composer *composer = pane.composer();
        list.setFilter({}, {1, T0, QTimeZone::utc()});
        QTRY_COMPARE(list.rowCount(), 2);
        QTRY_VERIFY(store.drafts()->isLoaded());
        QCOMPARE(list.data(list.index(list.rowOf(2)), ConversationListModel::DraftRole).toString(),
                 QStringLiteral("Bruno, seu pedido"));

        LocalStoreLock lock(m_path);
        QVERIFY(lock.isHeld());
        SqlThreadProbe::reset();
        pane.showConversation(customer(1, "Ana Souza"));
        QCOMPARE(composer->text(), QString());
        composer->setText(QStringLiteral("Oi Ana, já enviamos"));
        // To Bruno: his own draft at once, Ana's words stay with Ana.
        pane.showConversation(customer(2, "Bruno Lima"));
        QCOMPARE(composer->text(), QStringLiteral("Bruno, seu pedido"));
        QCOMPARE(list.data(list.index(list.rowOf(1)), ConversationListModel::DraftRole).toString(),
                 QStringLiteral("Oi Ana, já enviamos"));
        // And back to Ana before anything could be written: her draft, from memory.
        pane.showConversation(customer(1, "Ana Souza"));
        QCOMPARE(composer->text(), QStringLiteral("Oi Ana, já enviamos"));
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
        QCOMPARE(store.drafts()->unwritten(), 1);
        QCOMPARE(lock.draftOf(1), QString()); // the writer waits for the lock, the GUI did not

        // The lock goes: the draft is on disk, and a new book (the next start) reads it.
        lock.release();
        QTRY_COMPARE(store.drafts()->unwritten(), 0);
        QCOMPARE(Drafts(m_mirror->database()).text(1), QStringLiteral("Oi Ana, já enviamos"));
        DraftBook next(m_path);
        QTRY_VERIFY(next.isLoaded());
        QCOMPARE(next.text(1), QStringLiteral("Oi Ana, já enviamos"));
        QCOMPARE(next.text(2), QStringLiteral("Bruno, seu pedido"));

        // Sending clears it (the composer empties): the row and the disk lose it.
        composer->setText(QString());
        pane.saveDraft();
        QCOMPARE(list.data(list.index(list.rowOf(1)), ConversationListModel::DraftRole).toString(),
                 QString());
        store.drafts()->flush();
        QCOMPARE(Drafts(m_mirror->database()).text(1), QString());
    }

    void aDraftTypedBeforeTheStoredOnesArriveIsKept()
    {
        // The stored drafts come back through the event loop, which has not run yet: the agent
        // types before they arrive. What is typed stays; what is stored fills only empty boxes.
        MirrorStore store(m_path);
        ConversationPane pane(&store, m_mirror->database());
        pane.showConversation(customer(2, "Bruno Lima"));
        QVERIFY(!store.drafts()->isLoaded());
        QCOMPARE(pane.composer()->text(), QString());
        pane.composer()->setText(QStringLiteral("Bruno, novidades"));
        pane.saveDraft();
        QCOMPARE(store.drafts()->text(2), QStringLiteral("Bruno, novidades"));
        QTRY_VERIFY(store.drafts()->isLoaded());
        QCOMPARE(pane.composer()->text(), QStringLiteral("Bruno, novidades"));
        QCOMPARE(store.drafts()->text(2), QStringLiteral("Bruno, novidades"));
        store.drafts()->flush();
        QCOMPARE(Drafts(m_mirror->database()).text(2), QStringLiteral("Bruno, novidades"));
    }

    void theAttachmentsTabReadsOffTheGuiThreadAndUpdatesInPlace()
    {
        MirrorStore store(m_path);
        ConversationPane pane(&store, m_mirror->database());
        AttachmentListModel *files = pane.attachments()->model();
        QAbstractItemModelTester tester(files,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane.resize(700, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.showConversation(customer(1, "Ana Souza"));
        SqlThreadProbe::reset();
        pane.tabs()->setCurrentWidget(pane.attachments());
        QTRY_COMPARE(files->rowCount(), 2);
        QCOMPARE(files->messageAt(0).media.fileName, QStringLiteral("nota.pdf")); // newest first
        QCOMPARE(files->messageAt(1).media.fileName, QStringLiteral("pedido.pdf"));
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);

        // The filter picks among the rows read: no read of its own.
        files->setFilter(AttachmentListModel::Filter::Photos);
        QCOMPARE(files->rowCount(), 0);
        QVERIFY(!files->isLoading());
        files->setFilter(AttachmentListModel::Filter::All);
        QCOMPARE(files->rowCount(), 2);
        QVERIFY(!files->isLoading());

        // The sync changes one file (its name): that row changes, the agent's choice stays.
        QTreeView *view = pane.attachments()->view();
        view->setCurrentIndex(files->index(0, 0));
        QSignalSpy resets(files, &QAbstractItemModel::modelReset);
        QSignalSpy changes(files, &QAbstractItemModel::dataChanged);
        MirrorChanges changed;
        QVERIFY(m_mirror->apply(
            batchOf(
                {{m_log.seq() + 1, EventType::MessageUpdated,
                  toJson(fileMessage(11, 1, QStringLiteral("pedido-assinado.pdf"), T0 + 1000))}}),
            &changed));
        SqlThreadProbe::reset();
        pane.refresh(changed);
        QTRY_COMPARE(files->messageAt(1).media.fileName, QStringLiteral("pedido-assinado.pdf"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY2(SqlThreadProbe::guiThreadStatements() == 0,
                 qPrintable(SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'))));

        // Another customer: the first one's files are gone at once, the next one's follow.
        pane.showConversation(customer(2, "Bruno Lima"));
        QCOMPARE(files->rowCount(), 0);
        QTRY_VERIFY(!files->isLoading());
        QCOMPARE(files->rowCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Mirror> m_mirror;
    EventLog m_log;
};

QTEST_MAIN(DraftsAndAttachmentsTest)
#include "tst_draftsandattachments.moc"
