// MainWindow's wiring of the open conversation: what its composer asks for (predefined texts,
// files, templates), who else views or types in it (presence), its ticket and the Tickets window,
// and the "Resolved — Undo" note; kept apart from the window's layout and data flow in
// mainwindow.cpp.
#include "core/mirror/mirrorstore.h"
#include "core/mirror/screenreads.h"
#include "ui/conversation/attachmentsender.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationpane.h"
#include "ui/conversation/presencebar.h"
#include "ui/conversation/presencereporter.h"
#include "ui/conversation/templatesenddialog.h"
#include "ui/main/mainwindow.h"
#include "ui/quotes/quoteattachdialog.h"
#include "ui/record/quickactions.h"
#include "ui/sync/synccontroller.h"
#include "ui/texts/predefinedtextmanager.h"
#include "ui/texts/predefinedtextpicker.h"
#include "ui/tickets/ticketbar.h"
#include "ui/tickets/ticketswindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace parley::ui {

void MainWindow::connectComposer()
{
    connect(m_pane->composer(), &Composer::predefinedTextRequested, this,
            &MainWindow::openPredefinedTexts);
    auto *attachments = new AttachmentSender(canSend(m_me.role) ? m_sync : nullptr, this);
    const auto sendFiles = [this, attachments](const QStringList &paths) {
        if (m_pane->conversationId() == 0 || paths.isEmpty())
            return;
        const QStringList problems =
            attachments->send(m_pane->conversationId(), paths, m_pane->composer()->text());
        if (!problems.isEmpty()) {
            QMessageBox::warning(this, tr("These files cannot be sent"),
                                 problems.join(QLatin1Char('\n')));
            return;
        }
        m_pane->composer()->setText(QString()); // the text went along as the caption
        statusBar()->showMessage(tr("Sending %n file(s)…", nullptr, int(paths.size())), 5000);
    };
    connect(m_pane->composer(), &Composer::attachRequested, this, [this, sendFiles] {
        if (m_pane->conversationId() == 0)
            return;
        sendFiles(QFileDialog::getOpenFileNames(
            this, tr("Attach files"), QString(),
            tr("Files WhatsApp takes (*.jpg *.jpeg *.png *.pdf *.mp3 *.mp4 *.doc *.docx)")));
    });
    connect(m_pane->composer(), &Composer::filesDropped, this, sendFiles);
    // The dialogs open on the open conversation as the pane has it (kept current off the GUI
    // thread), once what they offer has been read on the store's reader thread; an answer for a
    // conversation the agent has left, or for a dialog asked again since, opens nothing.
    connect(m_pane->composer(), &Composer::quoteRequested, this, [this, attachments] {
        const Conversation current = m_pane->conversation();
        if (current.id == 0)
            return;
        m_dialogAsked = m_store->read<QuoteRecipients>(
            [current](QSqlDatabase db) { return readQuoteRecipients(db, current); },
            [this, attachments, id = current.id](quint64 asked, const QuoteRecipients &to) {
                if (asked != m_dialogAsked || id != m_pane->conversationId())
                    return;
                m_dialogAsked = 0;
                auto *dialog = new QuoteAttachDialog(to, canSend(m_me.role) ? m_hub : nullptr,
                                                     attachments, m_pane->conversation(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
    });
    connect(m_pane->composer(), &Composer::templateRequested, this, [this] {
        const Conversation current = m_pane->conversation();
        if (current.id == 0)
            return;
        m_dialogAsked = m_store->read<TemplateChoices>(
            [current](QSqlDatabase db) { return readTemplateChoices(db, current); },
            [this, id = current.id](quint64 asked, const TemplateChoices &choices) {
                if (asked != m_dialogAsked || id != m_pane->conversationId())
                    return;
                m_dialogAsked = 0;
                auto *dialog = new TemplateSendDialog(choices, canSend(m_me.role) ? m_hub : nullptr,
                                                      m_pane->conversation(), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
    });
}

void MainWindow::connectPresence()
{
    // Presence (issue #12): who else views or types in the open conversation, both ways.
    auto *presence = new PresenceReporter(this);
    auto *presenceBar = m_pane->findChild<PresenceBar *>();
    connect(m_pane, &ConversationPane::conversationShown, this,
            [presence, presenceBar](const Conversation &c) {
                presenceBar->setConversation(c.id);
                presence->opened(c.id);
            });
    connect(m_pane->composer(), &Composer::textChanged, presence, [this, presence] {
        // Only the agent's own keys: a draft put back on opening is not typing.
        if (m_pane->composer()->isAncestorOf(QApplication::focusWidget()))
            presence->typed();
    });
    connect(m_pane, &ConversationPane::sendText, presence, &PresenceReporter::sent);
    connect(m_pane, &ConversationPane::sendReply, presence, &PresenceReporter::sent);
    connect(presence, &PresenceReporter::say, m_sync, &SyncController::sendPresence);
    connect(m_sync, &SyncController::presenceChanged, presenceBar, &PresenceBar::showPresence);
}

void MainWindow::buildTickets(TicketBar *ticketBar)
{
    // The Tickets module (R3.6) in a window of its own, made when first opened (tickets()); it
    // and the ticket bar lead to each other.
    auto *ticketsAction = new QAction(tr("Tickets"), this);
    ticketsAction->setObjectName(QStringLiteral("ticketsAction"));
    connect(ticketsAction, &QAction::triggered, this, [this] { showTickets(0); });
    if (auto *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        bar->insertAction(m_commands.value(Command::Filter), ticketsAction);
    ticketBar->follow(m_pane);
    connect(ticketBar, &TicketBar::openTicketRequested, this, &MainWindow::showTickets);
    connect(m_sync, &SyncController::mirrorChanged, ticketBar, &TicketBar::refresh);
}

TicketsWindow *MainWindow::tickets()
{
    if (m_tickets)
        return m_tickets;
    m_tickets = new TicketsWindow(m_store, m_db, m_hub, m_me, this);
    connect(m_tickets, &TicketsWindow::conversationRequested, this, [this](Id conversationId) {
        openConversation(conversationId);
        raise();
        activateWindow();
    });
    connect(m_sync, &SyncController::mirrorChanged, m_tickets, &TicketsWindow::refresh);
    return m_tickets;
}

void MainWindow::showTickets(Id ticketId)
{
    TicketsWindow *window = tickets();
    if (ticketId != 0)
        window->showTicket(ticketId);
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::buildResolvedNote()
{
    m_resolvedNote = new QWidget(this);
    m_resolvedNote->setObjectName(QStringLiteral("resolvedNote"));
    m_resolvedText = new QLabel(m_resolvedNote);
    auto *undo = new QPushButton(tr("Undo"), m_resolvedNote);
    undo->setObjectName(QStringLiteral("undoResolve"));
    auto *row = new QHBoxLayout(m_resolvedNote);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_resolvedText);
    row->addWidget(undo);
    m_resolvedNote->hide();
    statusBar()->addPermanentWidget(m_resolvedNote);
    m_resolvedTimer = new QTimer(this);
    m_resolvedTimer->setSingleShot(true);
    m_resolvedTimer->setInterval(10000);
    connect(m_resolvedTimer, &QTimer::timeout, m_resolvedNote, &QWidget::hide);
    connect(m_pane, &ConversationPane::statusChangeRequested, this, &MainWindow::statusRequested);
    connect(undo, &QPushButton::clicked, this, [this] {
        m_resolvedNote->hide();
        m_resolvedTimer->stop();
        if (m_resolvedId != 0)
            m_quickActions->setStatus(m_resolvedId, ConversationStatus::Open);
        m_resolvedId = 0;
    });
}

void MainWindow::statusRequested(Id conversationId, ConversationStatus status)
{
    // The record panel's actions send it; here the agent gets a way back for a few seconds.
    if (status != ConversationStatus::Closed) {
        m_resolvedNote->hide();
        return;
    }
    const Conversation &c = m_pane->conversation();
    m_resolvedId = conversationId;
    m_resolvedText->setText(tr("Resolved: %1")
                                .arg(c.customerName.isEmpty()
                                         ? QStringLiteral("+") + c.customerNumber
                                         : c.customerName));
    m_resolvedNote->show();
    m_resolvedTimer->start();
}

void MainWindow::openPredefinedTexts()
{
    const Conversation &current = m_pane->conversation();
    if (current.id == 0)
        return;
    auto *picker = new PredefinedTextPicker(m_store, canSend(m_me.role) ? m_hub : nullptr, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setConversation(current);
    connect(picker, &PredefinedTextPicker::textChosen, this, [this, picker](const QString &text) {
        m_pane->composer()->insertText(text);
        m_pane->composer()->focusEditor();
        picker->close();
    });
    picker->showWhenLoaded(); // the texts and the record are read on the store's reader thread
}

void MainWindow::manageTexts()
{
    auto *manager = new PredefinedTextManager(m_store, canSend(m_me.role) ? m_hub : nullptr, this);
    manager->setAttribute(Qt::WA_DeleteOnClose);
    manager->show();
}

} // namespace parley::ui
