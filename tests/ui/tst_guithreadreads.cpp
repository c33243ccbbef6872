// The GUI thread never waits on the mirror (issue #11), for everything the agent opens beside
// the list: a conversation with its record panel and ticket bar, a ticket in the Tickets module,
// the template and quote dialogs, the photo viewer and the quick switcher. In the assembled
// window over a real mirror whose write lock another connection holds (as the sync worker does
// while it applies a batch): each shows the mirror's data, read on the store's reader thread,
// and the statement probe (SqlThreadProbe) finds no SQL on the GUI thread meanwhile.
#include "guithreadsuite.h"
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

class GuiThreadReadsTest : public GuiThreadSuite {
    Q_OBJECT

private slots:
    void initTestCase() { openWindow(); }
    void cleanupTestCase() { closeWindow(); }
    // Every test runs under the writer's lock, the window already up.
    void init() { lockMirror(); }
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
};

QTEST_MAIN(GuiThreadReadsTest)
#include "tst_guithreadreads.moc"
