// The GUI thread never waits on the mirror (issue #11), for everything the agent opens beside
// the list: a conversation with its record panel and ticket bar, a ticket in the Tickets module,
// the template and quote dialogs, the photo viewer and the quick switcher. In the assembled
// window over a real mirror whose write lock another connection holds (as the sync worker does
// while it applies a batch): each shows the mirror's data, read on the store's reader thread,
// and the statement probe (SqlThreadProbe) finds no SQL on the GUI thread meanwhile.
#include "../core/mirrorfixture.h"
#include "core/mirror/sqlthreadprobe.h"
#include "core/protocol/entitycodec.h"
#include "core/protocol/tickettypes.h"
#include "core/sync/hubclient.h"
#include "listsettle.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/conversation/templatesenddialog.h"
#include "ui/main/mainwindow.h"
#include "ui/main/quickswitcher.h"
#include "ui/media/mediaactions.h"
#include "ui/media/photoviewer.h"
#include "ui/quotes/quoteattachdialog.h"
#include "ui/record/recordpanel.h"
#include "ui/sync/synccontroller.h"
#include "ui/tickets/ticketdetail.h"
#include "ui/tickets/ticketswindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

namespace {

constexpr Id ana = 1;
constexpr Id lead = 20;
constexpr Id company = 21;
constexpr Id deal = 22;
constexpr Id ticketId = 40;
constexpr Id firstPhoto = 31;
constexpr Id secondPhoto = 33;

Record record(Id id, Module module, const QVariantMap &fields)
{
    Record r;
    r.id = id;
    r.module = module;
    r.ownerId = 1;
    r.fields = fields;
    return r;
}

Message photo(Id id, TimestampMs at)
{
    Message m = textMessage(id, ana, Direction::In, QString(), at);
    m.kind = MessageKind::Image;
    m.media.mediaId = QStringLiteral("media-%1").arg(id);
    m.media.mimeType = QStringLiteral("image/jpeg");
    m.media.size = 2000 + id;
    return m;
}

// The mirror's write lock, held by a connection of its own (as the sync worker holds it while
// it applies a batch) until the object goes.
class MirrorWriteLock {
public:
    explicit MirrorWriteLock(const QString &path)
        : m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~MirrorWriteLock()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (m_held)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isHeld() const { return m_held; }

private:
    QString m_name;
    bool m_held = false;
};

template <typename Widget> Widget *shown(QWidget &window)
{
    for (Widget *widget : window.findChildren<Widget *>()) {
        if (widget->isVisible())
            return widget;
    }
    return nullptr;
}

QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out.append(list->item(row)->text());
    return out;
}

} // namespace

class GuiThreadReadsTest : public QObject {
    Q_OBJECT

    // No SQL ran on the GUI thread since the last reset; the reader thread did the reading.
    static bool noGuiSql()
    {
        const bool none = SqlThreadProbe::guiThreadStatements() == 0;
        if (!none)
            qWarning().noquote() << "SQL on the GUI thread:\n"
                                 << SqlThreadProbe::lastGuiThreadSql().join(QLatin1Char('\n'));
        return none;
    }

private slots:
    void initTestCase()
    {
        // Every connection opened from now on reports the thread of each statement.
        SqlThreadProbe::setEnabled(true);
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        m_path = m_dir.filePath(QStringLiteral("m.sqlite"));
        QCOMPARE(m_mirror.open(m_path), Mirror::OpenStatus::Ok);
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        EventLog log;
        QList<Event> events;
        events << log.raw(EventType::AgentUpdated,
                          toJson(Agent{1, QStringLiteral("bo"), QStringLiteral("Bo"), Role::Agent,
                                       QStringLiteral("Vendas"), true}))
               << log.raw(EventType::AgentUpdated,
                          toJson(Agent{7, QStringLiteral("carla"), QStringLiteral("Carla Dias"),
                                       Role::Agent, QStringLiteral("Vendas"), true}));
        Channel channel;
        channel.id = 1;
        channel.name = QStringLiteral("Loja Azul");
        channel.status = ChannelStatus::Connected;
        events << log.raw(EventType::ChannelUpdated, toJson(channel));
        MessageTemplate welcome;
        welcome.id = 3;
        welcome.name = QStringLiteral("pedido_saiu");
        welcome.language = QStringLiteral("pt_BR");
        welcome.module = Module::Leads;
        welcome.body = QStringLiteral("Olá $[Leads.First Name], seu pedido saiu.");
        welcome.status = TemplateStatus::Approved;
        events << log.raw(EventType::TemplateUpdated, toJson(welcome));
        events << log.raw(
                      EventType::RecordUpdated,
                      toJson(record(lead, Module::Leads,
                                    {{QStringLiteral("First Name"), QStringLiteral("Ana")},
                                     {QStringLiteral("Last Name"), QStringLiteral("Souza")},
                                     {QStringLiteral("Company Id"), QString::number(company)}})))
               << log.raw(EventType::RecordUpdated,
                          toJson(record(company, Module::Companies,
                                        {{QStringLiteral("Company Name"),
                                          QStringLiteral("Sapataria Azul")}})))
               << log.raw(EventType::RecordUpdated,
                          toJson(record(
                              deal, Module::Deals,
                              {{QStringLiteral("Deal Name"), QStringLiteral("Pedido de verão")},
                               {QStringLiteral("Lead Id"), QString::number(lead)}})));
        Activity call;
        call.id = 50;
        call.kind = ActivityKind::Call;
        call.title = QStringLiteral("Ligar sobre o tamanho");
        call.recordId = lead;
        call.ownerId = 1;
        events << log.raw(EventType::ActivityUpdated, toJson(call));
        const char *names[] = {"Ana Souza", "Bruno Lima"};
        for (Id id = 1; id <= 2; ++id) {
            Conversation c;
            c.id = id;
            c.channelId = 1;
            c.customerNumber = QStringLiteral("5511900000%1").arg(id);
            c.customerName = QString::fromUtf8(names[id - 1]);
            c.ownerId = 1;
            c.lastInboundAt = now - id * 60000;
            c.lastMessageAt = c.lastInboundAt;
            c.lastMessageText = QStringLiteral("Tem azul?");
            if (id == ana) {
                c.recordId = lead;
                c.recordModule = QStringLiteral("Leads");
            }
            events << log.conversation(c);
        }
        Message note = textMessage(34, ana, Direction::Out, QStringLiteral("Quer o azul no 38"),
                                   now - 150000, 1);
        note.kind = MessageKind::Note;
        events << log.message(photo(firstPhoto, now - 200000))
               << log.message(textMessage(32, ana, Direction::In, QStringLiteral("Tem azul?"),
                                          now - 190000))
               << log.message(photo(secondPhoto, now - 180000)) << log.message(note);
        Ticket ticket;
        ticket.id = ticketId;
        ticket.conversationId = ana;
        ticket.subject = QStringLiteral("Tênis azul, tamanho 38");
        ticket.status = TicketStatus::Open;
        ticket.priority = TicketPriority::High;
        ticket.assigneeId = 7;
        ticket.department = QStringLiteral("Vendas");
        ticket.createdBy = 1;
        ticket.createdAt = now - 100000;
        ticket.updatedAt = ticket.createdAt;
        events << log.raw(EventType::TicketUpdated, toJson(ticket))
               << log.raw(EventType::TicketCommentCreated,
                          toJson(TicketComment{60, ticketId, 7,
                                               QStringLiteral("A transportadora confirmou"),
                                               now - 90000}));
        QVERIFY(m_mirror.apply(batchOf(events)));

        const Agent me{1,           QStringLiteral("bo"),     QStringLiteral("Bo"),
                       Role::Agent, QStringLiteral("Vendas"), true};
        m_window = std::make_unique<MainWindow>(m_mirror.database(), &m_sync, &m_hub, me);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(listSettled(*m_window));
        // The notification centre comes after the list's first paint and reads the snoozes and
        // the newest message as it is made (on this thread): part of the window's start, made
        // now, not inside what a test below checks.
        QVERIFY(m_window->notifications());
        QCoreApplication::processEvents(); // and its first look at the snoozes, queued
    }

    void cleanupTestCase()
    {
        m_window.reset();
        SqlThreadProbe::setEnabled(false);
    }

    void init()
    {
        // Every test runs under the writer's lock, the window already up.
        m_lock = std::make_unique<MirrorWriteLock>(m_path);
        QVERIFY(m_lock->isHeld());
        SqlThreadProbe::reset();
    }

    void cleanup() { m_lock.reset(); }

    void aConversationShowsItsRecordAndTicket()
    {
        m_window->openConversation(ana);
        QCOMPARE(m_window->pane()->conversationId(), ana);
        RecordPanel *panel = m_window->recordPanel();
        auto *heading = panel->findChild<QLabel *>(QStringLiteral("recordHeading"));
        QTRY_COMPARE(heading->text(), RecordPanel::tr("%1: %2").arg(RecordPanel::tr("Lead"),
                                                                    QStringLiteral("Ana Souza")));
        QCOMPARE(panel->recordId(), lead);
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("companyName"))->text(),
                 QStringLiteral("Sapataria Azul"));
        QCOMPARE(texts(panel->findChild<QListWidget *>(QStringLiteral("deals"))),
                 QStringList{QStringLiteral("Pedido de verão")});
        const QStringList activities =
            texts(panel->findChild<QListWidget *>(QStringLiteral("activities")));
        QCOMPARE(activities.size(), 1);
        QVERIFY2(activities.first().contains(QStringLiteral("Ligar sobre o tamanho")),
                 qPrintable(activities.first()));
        const QStringList notes = texts(panel->findChild<QListWidget *>(QStringLiteral("notes")));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QStringLiteral("Quer o azul no 38\n— Bo")),
                 qPrintable(notes.first()));
        auto *assignee = panel->findChild<QComboBox *>(QStringLiteral("assignee"));
        QCOMPARE(assignee->currentData().toLongLong(), 1);
        QVERIFY(panel->isEnabled());
        auto *ticketSummary = m_window->findChild<QLabel *>(QStringLiteral("ticketSummary"));
        QTRY_VERIFY2(ticketSummary->text().startsWith(QStringLiteral("Ticket #40")),
                     qPrintable(ticketSummary->text()));
        QVERIFY(ticketSummary->text().endsWith(QStringLiteral("Carla Dias")));
        QTRY_VERIFY(listSettled(*m_window));
        QVERIFY(noGuiSql());
        QVERIFY(SqlThreadProbe::otherThreadStatements() > 0);
    }

    void aTicketOpensInTheListWithItsComments()
    {
        auto *tickets = m_window->tickets(); // made when first opened
        QVERIFY(tickets);
        TicketDetail *detail = tickets->detail();
        tickets->showTicket(ticketId); // its page of the list, and the ticket beside it
        QTRY_VERIFY(!tickets->isLoading());
        QCOMPARE(tickets->table()->rowCount(), 1);
        QCOMPARE(tickets->table()->item(0, 1)->text(), QStringLiteral("Tênis azul, tamanho 38"));
        QCOMPARE(tickets->table()->item(0, 4)->text(), QStringLiteral("Carla Dias"));
        QTRY_COMPARE(detail->subject()->text(), TicketDetail::tr("#%1 %2").arg(ticketId).arg(
                                                    QStringLiteral("Tênis azul, tamanho 38")));
        QCOMPARE(texts(detail->comments()).size(), 1);
        QVERIFY(detail->comments()->item(0)->text().startsWith(QStringLiteral("Carla Dias, ")));
        QVERIFY(detail->comments()->item(0)->text().endsWith(
            QStringLiteral("A transportadora confirmou")));
        QCOMPARE(detail->assignee()->currentData().toLongLong(), 7);
        QCOMPARE(detail->priority()->currentData().toInt(), int(TicketPriority::High));
        QVERIFY(detail->openConversation()->isEnabled()); // its conversation is here
        QVERIFY(noGuiSql());
    }

    void theTemplateDialogOffersTheRecordsTemplates()
    {
        m_window->openConversation(ana);
        QTRY_VERIFY(!m_window->recordPanel()->isLoading());
        SqlThreadProbe::reset();
        emit m_window->pane()->composer()->templateRequested();
        TemplateSendDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shown<TemplateSendDialog>(*m_window)) != nullptr);
        QCOMPARE(dialog->templateCount(), 1);
        // The record's merge field filled in from the mirror.
        QVERIFY2(dialog->previewText().contains(QStringLiteral("Olá Ana, seu pedido saiu.")),
                 qPrintable(dialog->previewText()));
        QVERIFY(noGuiSql());
        dialog->close();
    }

    void theQuoteDialogOffersThePersonAndTheirDeals()
    {
        m_window->openConversation(ana);
        QTRY_VERIFY(!m_window->recordPanel()->isLoading());
        SqlThreadProbe::reset();
        emit m_window->pane()->composer()->quoteRequested();
        QuoteAttachDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shown<QuoteAttachDialog>(*m_window)) != nullptr);
        QCOMPARE(dialog->recordIds(), (QList<Id>{lead, deal}));
        QVERIFY(dialog->problem()->text() !=
                QuoteAttachDialog::tr("This conversation has no lead or contact to quote."));
        QVERIFY(noGuiSql());
        dialog->close();
    }

    void aPhotoOpensAmongTheConversationsPhotos()
    {
        auto *media = m_window->findChild<MediaActions *>();
        QVERIFY(media);
        media->open(photo(secondPhoto, 0));
        PhotoViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = shown<PhotoViewer>(*m_window)) != nullptr);
        QCOMPARE(viewer->count(), 2); // the two photos, not the text between them
        QCOMPARE(viewer->current(), 1);
        QVERIFY(noGuiSql());
        viewer->close();
    }

    void theQuickSwitcherFindsWithoutWaiting()
    {
        QAction *goTo = m_window->commandAction(Command::GoToConversation);
        QVERIFY(goTo);
        goTo->trigger();
        QuickSwitcher *switcher = nullptr;
        QTRY_VERIFY((switcher = shown<QuickSwitcher>(*m_window)) != nullptr);
        QTRY_COMPARE(switcher->matchCount(), 2); // no text: the newest conversations
        switcher->setQuery(QStringLiteral("Bruno"));
        QTRY_COMPARE(switcher->matchCount(), 1);
        QSignalSpy chosen(switcher, &QuickSwitcher::conversationChosen);
        QTest::keyClick(switcher->findChild<QLineEdit *>(), Qt::Key_Return);
        QTRY_COMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toLongLong(), 2);
        QVERIFY(noGuiSql());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Mirror m_mirror;
    SyncController m_sync;
    HubClient m_hub;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<MirrorWriteLock> m_lock;
};

QTEST_MAIN(GuiThreadReadsTest)
#include "tst_guithreadreads.moc"
