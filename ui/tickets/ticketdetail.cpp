#include "ui/tickets/ticketdetail.h"

#include "core/mirror/mirrorstore.h"
#include "core/mirror/screenreads.h"
#include "ui/tickets/tickettexts.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

// A comment is two lines or more. Qt 6.4's item views measure a wrapped item a few pixels shorter
// than they draw it when a line mixes a CJK fallback font with Latin text ("BO，12/5 16:51：" over
// an English comment), and the comment was then cut to "…" in Chinese and Japanese: half a line
// more per item is room for that, and a gap between comments.
class TicketCommentDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) +
               QSize(0, option.fontMetrics.height() / 2);
    }
};

} // namespace

TicketDetail::TicketDetail(MirrorStore *store, HubClient *hub, const Agent &me, QWidget *parent)
    : QWidget(parent), m_store(store), m_tickets(HubApi(canSend(me.role) ? hub : nullptr)), m_me(me)
{
    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("ticketDetailSubject"));
    QFont bold = m_subject->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_subject->setFont(bold);
    m_subject->setWordWrap(true);
    m_about = new QLabel(this);
    m_about->setWordWrap(true);
    m_openConversation = new QPushButton(tr("Open conversation"), this);
    m_openConversation->setObjectName(QStringLiteral("openTicketConversation"));
    connect(m_openConversation, &QPushButton::clicked, this, [this] {
        if (m_conversationId != 0)
            emit conversationRequested(m_conversationId);
    });
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    TicketTexts::fillStatuses(m_status, false);
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("detailPriority"));
    TicketTexts::fillPriorities(m_priority, false);
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("detailAssignee"));
    connect(m_status, &QComboBox::activated, this, [this] {
        TicketChange c;
        c.status = TicketStatus(m_status->currentData().toInt());
        change(c);
    });
    connect(m_priority, &QComboBox::activated, this, [this] {
        TicketChange c;
        c.priority = TicketPriority(m_priority->currentData().toInt());
        change(c);
    });
    connect(m_assignee, &QComboBox::activated, this, [this] {
        TicketChange c;
        c.assigneeId = m_assignee->currentData().toLongLong();
        change(c);
    });
    m_comments = new QListWidget(this);
    m_comments->setObjectName(QStringLiteral("ticketComments"));
    m_comments->setWordWrap(true);
    m_comments->setItemDelegate(new TicketCommentDelegate(m_comments));
    m_comments->setAccessibleName(tr("Comments"));
    m_commentText = new QPlainTextEdit(this);
    m_commentText->setObjectName(QStringLiteral("ticketCommentText"));
    m_commentText->setPlaceholderText(tr("Write a comment for the team"));
    m_commentText->setMaximumHeight(m_commentText->fontMetrics().height() * 4);
    m_addComment = new QPushButton(tr("Add comment"), this);
    m_addComment->setObjectName(QStringLiteral("addTicketComment"));
    connect(m_addComment, &QPushButton::clicked, this, &TicketDetail::sendComment);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("ticketDetailProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Priority:"), m_priority);
    form->addRow(tr("Assignee:"), m_assignee);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_subject);
    layout->addWidget(m_about);
    layout->addWidget(m_openConversation, 0, Qt::AlignLeft);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Comments"), this));
    layout->addWidget(m_comments, 1);
    layout->addWidget(m_commentText);
    layout->addWidget(m_addComment, 0, Qt::AlignRight);
    layout->addWidget(m_problem);
    showTicket(0);
}

void TicketDetail::showTicket(Id ticketId)
{
    if (ticketId != m_ticketId) {
        m_commentText->clear();
        m_problem->hide();
        // Nothing of the ticket before stays on screen while the next one is read.
        m_ticketId = ticketId;
        showSheet(TicketSheet{});
        if (ticketId != 0)
            m_subject->setText(QStringLiteral("#%1").arg(ticketId)); // its subject follows
    }
    reload();
}

void TicketDetail::reload()
{
    const Id ticketId = m_ticketId;
    if (ticketId == 0) {
        m_asked = 0;
        showSheet(TicketSheet{});
        emit loaded();
        return;
    }
    m_asked = m_store->read<TicketSheet>(
        [ticketId](QSqlDatabase db) { return readTicketSheet(db, ticketId); },
        [self = QPointer<TicketDetail>(this), ticketId](quint64 asked, const TicketSheet &sheet) {
            // A newer question (another ticket, a later change) has the last word.
            if (!self || asked != self->m_asked || ticketId != self->m_ticketId)
                return;
            self->m_asked = 0;
            self->showSheet(sheet);
            emit self->loaded();
        });
}

void TicketDetail::showSheet(const TicketSheet &sheet)
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    const std::optional<Ticket> &ticket = sheet.ticket;
    for (QWidget *part : std::initializer_list<QWidget *>{
             m_status, m_priority, m_assignee, m_commentText, m_addComment, m_openConversation})
        part->setEnabled(ticket.has_value());
    const bool mayChange = ticket && m_tickets.isConnected();
    for (QWidget *part : std::initializer_list<QWidget *>{m_status, m_priority, m_assignee,
                                                          m_commentText, m_addComment}) {
        part->setEnabled(mayChange);
        part->setToolTip(ticket && !mayChange
                             ? tr("You have view-only access: you can see this but not change it.")
                             : QString());
    }
    m_comments->clear();
    if (!ticket) {
        m_subject->setText(tr("Choose a ticket"));
        m_about->clear();
        m_conversationId = 0;
        return;
    }
    const QList<Agent> &agents = sheet.agents;
    m_conversationId = ticket->conversationId;
    m_subject->setText(tr("#%1 %2").arg(ticket->id).arg(ticket->subject));
    const Conversation &conversation = sheet.conversation;
    const bool known = sheet.conversationKnown;
    const QString customer = !known ? tr("a conversation not on this desktop")
                             : conversation.customerName.isEmpty()
                                 ? QStringLiteral("+") + conversation.customerNumber
                                 : conversation.customerName;
    m_about->setText(
        tr("From the conversation with %1 · %2 · created %3")
            .arg(customer, ticket->department.isEmpty() ? tr("No department") : ticket->department,
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(ticket->createdAt),
                                    QLocale::ShortFormat)));
    m_openConversation->setEnabled(known);
    m_status->setCurrentIndex(m_status->findData(int(ticket->status)));
    m_priority->setCurrentIndex(m_priority->findData(int(ticket->priority)));
    TicketTexts::fillAssignees(m_assignee, agents, false);
    if (m_assignee->findData(ticket->assigneeId) < 0) // an agent gone inactive since
        m_assignee->addItem(TicketTexts::assignee(ticket->assigneeId, agents), ticket->assigneeId);
    m_assignee->setCurrentIndex(m_assignee->findData(ticket->assigneeId));
    for (const TicketComment &comment : sheet.comments) {
        m_comments->addItem(
            tr("%1, %2:\n%3")
                .arg(TicketTexts::assignee(comment.authorId, agents),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(comment.createdAt),
                                        QLocale::ShortFormat),
                     comment.text));
    }
    m_comments->scrollToBottom();
}

void TicketDetail::change(const TicketChange &change)
{
    if (m_loading || m_ticketId == 0)
        return;
    m_problem->hide();
    QPointer<TicketDetail> self(this);
    m_tickets.update(m_ticketId, change, [self](const HubResult<Ticket> &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->showProblem(result.error());
            self->reload(); // back to what the hub has
        }
    });
}

void TicketDetail::sendComment()
{
    const QString text = m_commentText->toPlainText().trimmed();
    if (text.isEmpty() || m_ticketId == 0)
        return;
    m_addComment->setEnabled(false);
    m_problem->hide();
    QPointer<TicketDetail> self(this);
    m_tickets.addComment(m_ticketId, text, [self](const HubResult<Done> &result) {
        if (!self)
            return;
        self->m_addComment->setEnabled(self->m_tickets.isConnected());
        if (!result.ok()) {
            self->showProblem(result.error());
            return;
        }
        self->m_commentText->clear();
    });
}

void TicketDetail::showProblem(const HubError &error)
{
    m_problem->setText(error.text());
    m_problem->show();
}

} // namespace parley::ui
