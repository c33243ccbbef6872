// Tickets on the desktop (R3.6) against a real parley-hub: "Convert to ticket" from the
// conversation's ticket bar, and the Tickets module's list, filters, paging and changes. Every
// change goes to the hub over HTTP and comes back through sync into real mirrors (the agent's
// and a second desktop's), from which the widgets redraw. In any language
// (PARLEY_SCREENSHOT_LANG): with PARLEY_SCREENSHOT_DIR set it takes tickets-conversation-<lang>.png
// (the ticket bar over its conversation) and tickets-list-<lang>.png (the Tickets module).
#include "../hub/hubapifixture.h"
#include "core/mirror/conversationqueries.h"
#include "core/mirror/ticketreads.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
#include "screenshots.h"
#include "ui/conversation/conversationpane.h"
#include "ui/models/messagelistmodel.h"
#include "ui/tickets/convertticketdialog.h"
#include "ui/tickets/ticketbar.h"
#include "ui/tickets/ticketdetail.h"
#include "ui/tickets/ticketswindow.h"
#include "ui/tickets/tickettexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

using namespace parley;
using namespace parley::testing;
using namespace parley::ui;

class TicketsTest : public QObject, protected HubApiFixture {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Mirror m_mirror;          // the agent's desktop
    Mirror m_other;           // the viewer's desktop
    QTranslator m_translator; // PARLEY_SCREENSHOT_LANG's

    MirrorChanges sync(Mirror &mirror, const QString &token)
    {
        SyncBatch batch;
        QString error;
        MirrorChanges changes;
        if (!fromJson(
                m_hub.get(QStringLiteral("/api/v1/sync?since=%1").arg(mirror.lastSeq()), token)
                    .json(),
                &batch, &error) ||
            !mirror.apply(batch, &changes))
            qWarning() << "sync failed:" << error << mirror.errorString();
        return changes;
    }
    MirrorChanges sync() { return sync(m_mirror, m_agent); }

    Conversation mirrored(Id id)
    {
        Conversation c;
        QString error;
        fetchConversation(m_mirror.database(), id, &c, &error);
        return c;
    }

    QStringList column(const QTableWidget &table, int column)
    {
        QStringList out;
        for (int row = 0; row < table.rowCount(); ++row)
            out.append(table.item(row, column)->text());
        return out;
    }

    static void choose(QComboBox *box, const QVariant &data)
    {
        // An invalid `data` is the filter's first item, "Any…".
        const int index = data.isValid() ? box->findData(data) : 0;
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
        emit box->activated(index); // as the agent's pick does
    }

    TicketStatus mirroredStatus(Id ticket)
    {
        const std::optional<Ticket> found = TicketReads(m_mirror.database()).ticket(ticket);
        return found ? found->status : TicketStatus::Open;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(installScreenshotLanguage(&m_translator));
        QVERIFY(m_dir.isValid());
        QVERIFY2(setUpHub(), m_hub.log().constData());
        QCOMPARE(m_mirror.open(m_dir.filePath(QStringLiteral("agent.sqlite"))),
                 Mirror::OpenStatus::Ok);
        QCOMPARE(m_other.open(m_dir.filePath(QStringLiteral("viewer.sqlite"))),
                 Mirror::OpenStatus::Ok);
        sync();
        QVERIFY(mirrored(m_fresh).recordId > 0);
    }

    void convertToTicketFromTheConversation()
    {
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        const Agent me = agentFor(m_agent);
        QVERIFY(me.id > 0);
        QWidget shot; // the bar over its conversation, for the screenshot
        ConversationPane pane(m_mirror.database());
        TicketBar bar(m_mirror.database(), &client, me);
        bar.follow(&pane);
        bar.show();
        const Conversation conversation = mirrored(m_fresh);
        pane.showConversation(conversation);
        QVERIFY(bar.isVisible());
        QTRY_VERIFY(!bar.isLoading()); // read on the store's reader thread
        QCOMPARE(bar.ticketId(), Id(0));
        QCOMPARE(bar.action()->text(), TicketBar::tr("Convert to ticket"));
        QVERIFY(bar.action()->isEnabled());

        bar.action()->click();
        ConvertTicketDialog *dialog = nullptr; // opens once its choices are read
        QTRY_VERIFY((dialog = bar.findChild<ConvertTicketDialog *>()) != nullptr);
        QVERIFY(dialog->isVisible());
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->subject()->clear();
        QVERIFY(!ok->isEnabled()); // no subject, no ticket
        QTest::keyClicks(dialog->subject(), QStringLiteral("Blue sneakers, size 38"));
        QVERIFY(ok->isEnabled());
        dialog->priority()->setCurrentIndex(
            dialog->priority()->findData(int(TicketPriority::High)));
        dialog->assignee()->setCurrentIndex(dialog->assignee()->findData(me.id));
        QSignalSpy converted(dialog, &ConvertTicketDialog::converted);
        ok->click();
        QVERIFY(converted.wait(10000));
        const Ticket made = converted.first().first().value<Ticket>();
        QVERIFY(made.id > 0);

        // Through sync into the mirror, and the bar says so.
        bar.refresh(sync());
        QVERIFY(bar.isLoading());
        QTRY_VERIFY(!bar.isLoading());
        QCOMPARE(bar.ticketId(), made.id);
        QCOMPARE(bar.summary()->text(),
                 TicketBar::tr("Ticket #%1 · %2 · %3 · %4")
                     .arg(made.id)
                     .arg(TicketTexts::status(made.status),
                          TicketTexts::priority(TicketPriority::High), me.name));
        QCOMPARE(bar.action()->text(), TicketBar::tr("Open ticket"));
        const std::optional<Ticket> stored = TicketReads(m_mirror.database()).ticket(made.id);
        QVERIFY(stored);
        QCOMPARE(stored->conversationId, conversation.id);
        QCOMPARE(stored->recordId, conversation.recordId); // linked to the contact too
        QCOMPARE(stored->subject, QStringLiteral("Blue sneakers, size 38"));
        QCOMPARE(stored->assigneeId, me.id);
        QSignalSpy open(&bar, &TicketBar::openTicketRequested);
        bar.action()->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().value<Id>(), made.id);
        if (!qEnvironmentVariableIsEmpty("PARLEY_SCREENSHOT_DIR")) {
            auto *layout = new QVBoxLayout(&shot);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(&bar);
            layout->addWidget(&pane, 1);
            shot.resize(760, 560);
            QTRY_VERIFY_WITH_TIMEOUT(pane.messages()->rowCount() > 0, 10000);
            QVERIFY(saveScreenshot(&shot, QStringLiteral("tickets-conversation")));
        }

        // A second convert of the same conversation: the hub refuses, the dialog says why.
        ConvertTicketDialog again(m_mirror.database(), &client, conversation);
        again.subject()->setText(QStringLiteral("Again"));
        again.show();
        again.accept();
        QTRY_VERIFY_WITH_TIMEOUT(again.problem()->isVisible(), 10000);
        QCOMPARE(again.problem()->text(), hubErrorText(QStringLiteral("ticket_exists")));
        QVERIFY(again.isVisible());

        // A viewer sees the ticket but cannot convert another conversation.
        TicketBar viewerBar(m_mirror.database(), &client, agentFor(m_viewer));
        viewerBar.showConversation(mirrored(m_stale));
        QTRY_VERIFY(!viewerBar.isLoading());
        QCOMPARE(viewerBar.action()->text(), TicketBar::tr("Convert to ticket"));
        QVERIFY(!viewerBar.action()->isEnabled());
    }

    void theTicketsModuleListsFiltersPagesAndChanges()
    {
        // Four more tickets: two urgent, two low, on new customers' conversations.
        const QStringList subjects{QStringLiteral("Refund for a cancelled order"),
                                   QStringLiteral("Order 1042 not delivered"),
                                   QStringLiteral("Invoice with the wrong tax number"),
                                   QStringLiteral("Parcel arrived damaged")};
        QList<Id> made;
        for (int i = 0; i < 4; ++i) {
            const Id conversation =
                customerWrites(QStringLiteral("55119876511%1").arg(i), QStringLiteral("Help"),
                               QDateTime::currentMSecsSinceEpoch());
            QVERIFY(conversation > 0);
            const HttpReply reply = m_hub.post(
                QStringLiteral("/api/v1/conversations/%1/ticket").arg(conversation),
                {{"subject", subjects.at(i)}, {"priority", i % 2 ? "urgent" : "low"}}, m_agent);
            QCOMPARE(reply.status, 201);
            made.append(reply.json().value(QStringLiteral("ticket"))["id"].toInteger());
        }
        sync();
        HubClient client;
        client.setHub(m_hub.url());
        client.setToken(m_agent);
        const Agent me = agentFor(m_agent);
        TicketsWindow window(m_mirror.database(), &client, me);
        // The list is read on the store's reader thread: each step waits for its answer.
        const auto settled = [&window] {
            return QTest::qWaitFor([&window] { return !window.isLoading(); }, 10000);
        };
        window.setPageSize(2);
        window.show();
        QVERIFY(settled());
        QTableWidget *table = window.table();
        // Five tickets, newest first, two a page.
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(column(*table, 0),
                 (QStringList{QString::number(made.at(3)), QString::number(made.at(2))}));
        QVERIFY(!window.previousPage()->isEnabled());
        QVERIFY(window.nextPage()->isEnabled());
        QCOMPARE(window.pageLabel()->text(),
                 TicketsWindow::tr("Page %1 of %2 · %n ticket(s)", nullptr, 5).arg(1).arg(3));
        window.nextPage()->click();
        QVERIFY(settled());
        QCOMPARE(column(*table, 0),
                 (QStringList{QString::number(made.at(1)), QString::number(made.at(0))}));
        window.nextPage()->click();
        QVERIFY(settled());
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!window.nextPage()->isEnabled());
        QCOMPARE(column(*table, 1), QStringList{QStringLiteral("Blue sneakers, size 38")});

        // Filters: urgent ones only; then urgent and the agent's (none); then the agent's High
        // one, the converted ticket.
        choose(window.priorityFilter(), int(TicketPriority::Urgent));
        QVERIFY(settled());
        QCOMPARE(column(*table, 0),
                 (QStringList{QString::number(made.at(3)), QString::number(made.at(1))}));
        QCOMPARE(column(*table, 3), (QStringList{TicketTexts::priority(TicketPriority::Urgent),
                                                 TicketTexts::priority(TicketPriority::Urgent)}));
        choose(window.assigneeFilter(), me.id);
        QVERIFY(settled());
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(window.pageLabel()->text(), TicketsWindow::tr("No tickets"));
        choose(window.priorityFilter(), int(TicketPriority::High));
        QVERIFY(settled());
        QCOMPARE(column(*table, 1), QStringList{QStringLiteral("Blue sneakers, size 38")});
        choose(window.assigneeFilter(), QVariant());
        QVERIFY(settled());
        choose(window.priorityFilter(), QVariant());
        QVERIFY(settled());
        QCOMPARE(table->rowCount(), 2); // back on page 1 of everything

        // Choose a ticket; change its status and add a comment: they reach both desktops.
        table->selectRow(0);
        TicketDetail *detail = window.detail();
        QCOMPARE(detail->ticketId(), made.at(3));
        // Read on the store's reader thread: the subject shows once the answer is in.
        QTRY_COMPARE(detail->subject()->text(),
                     TicketDetail::tr("#%1 %2").arg(made.at(3)).arg(subjects.at(3)));
        choose(detail->status(), int(TicketStatus::Escalated));
        QTRY_VERIFY_WITH_TIMEOUT(
            (window.refresh(sync()), mirroredStatus(made.at(3)) == TicketStatus::Escalated), 10000);
        QVERIFY(settled());
        QCOMPARE(column(*table, 2).first(), TicketTexts::status(TicketStatus::Escalated));
        QTest::keyClicks(detail->commentText(), QStringLiteral("Carrier lost the parcel"));
        detail->addComment()->click();
        QTRY_VERIFY_WITH_TIMEOUT((window.refresh(sync()), detail->comments()->count() == 1), 10000);
        QVERIFY(detail->comments()->item(0)->text().contains(
            QStringLiteral("Carrier lost the parcel")));
        QVERIFY(detail->commentText()->toPlainText().isEmpty());

        sync(m_other, m_viewer);
        TicketReads other(m_other.database());
        QCOMPARE(other.ticket(made.at(3))->status, TicketStatus::Escalated);
        QCOMPARE(other.comments(made.at(3)).size(), 1);
        QCOMPARE(other.comments(made.at(3)).first().authorId, me.id);

        // The viewer's Tickets module shows it all and changes nothing.
        TicketsWindow viewerWindow(m_other.database(), &client, agentFor(m_viewer));
        viewerWindow.showTicket(made.at(3));
        QTRY_VERIFY(!viewerWindow.isLoading());
        QCOMPARE(viewerWindow.detail()->ticketId(), made.at(3));
        QTRY_VERIFY(!viewerWindow.detail()->isLoading());
        QVERIFY(!viewerWindow.detail()->status()->isEnabled());
        QVERIFY(!viewerWindow.detail()->addComment()->isEnabled());
        QCOMPARE(viewerWindow.detail()->comments()->count(), 1);

        // The ticket opens its conversation.
        QSignalSpy open(&window, &TicketsWindow::conversationRequested);
        detail->openConversation()->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().value<Id>(),
                 TicketReads(m_mirror.database()).ticket(made.at(3))->conversationId);

        // showTicket turns to the ticket's page, clearing a filter that hides it.
        choose(window.priorityFilter(), int(TicketPriority::Low));
        QVERIFY(settled());
        window.showTicket(made.at(1));
        QVERIFY(settled());
        QCOMPARE(window.priorityFilter()->currentIndex(), 0);
        QVERIFY(column(*table, 0).contains(QString::number(made.at(1))));
        QCOMPARE(detail->ticketId(), made.at(1));

        // The whole list, the escalated ticket with its comment chosen.
        window.setPageSize(50);
        window.showTicket(made.at(3));
        QVERIFY(settled());
        QCOMPARE(detail->ticketId(), made.at(3));
        QTRY_VERIFY(!detail->isLoading());
        window.resize(1100, 600);
        QVERIFY(saveScreenshot(&window, QStringLiteral("tickets-list")));
    }
};

QTEST_MAIN(TicketsTest)
#include "tst_tickets.moc"
