#include "ui/tickets/ticketswindow.h"

#include "core/mirror/mirrorstore.h"
#include "core/mirror/screenreads.h"
#include "ui/tickets/ticketdetail.h"
#include "ui/tickets/tickettexts.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace parley::ui {
namespace {

TicketReads::Filter filterOf(const QComboBox *status, const QComboBox *priority,
                             const QComboBox *assignee)
{
    TicketReads::Filter filter;
    if (status->currentData().isValid())
        filter.status = TicketStatus(status->currentData().toInt());
    if (priority->currentData().isValid())
        filter.priority = TicketPriority(priority->currentData().toInt());
    if (assignee->currentData().isValid())
        filter.assigneeId = assignee->currentData().toLongLong();
    return filter;
}

} // namespace

TicketsWindow::TicketsWindow(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent)
    : TicketsWindow(nullptr, mirror, hub, me, parent)
{}

TicketsWindow::TicketsWindow(MirrorStore *store, QSqlDatabase mirror, HubClient *hub,
                             const Agent &me, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_store(store ? store : new MirrorStore(mirror.databaseName(), this)), m_me(me)
{
    setObjectName(QStringLiteral("ticketsWindow"));
    setWindowTitle(tr("Tickets"));
    resize(1100, 680);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    m_priority->setAccessibleName(tr("Priority"));
    m_assignee = new QComboBox(this);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assignee->setAccessibleName(tr("Assignee"));
    fillFilters();
    for (QComboBox *filter : {m_status, m_priority, m_assignee}) {
        connect(filter, &QComboBox::activated, this, [this] {
            m_page = 0;
            reload();
        });
    }
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setAccessibleName(tr("Tickets"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TicketsWindow::selectionChanged);
    m_previous = new QPushButton(tr("Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("nextPage"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_page = qMax(0, m_page - 1);
        reload();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        ++m_page;
        reload();
    });
    m_detail = new TicketDetail(m_store, hub, me, this);
    connect(m_detail, &TicketDetail::conversationRequested, this,
            &TicketsWindow::conversationRequested);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_status);
    filters->addWidget(m_priority);
    filters->addWidget(m_assignee);
    filters->addStretch(1);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(paging);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    reload();
}

void TicketsWindow::fillFilters()
{
    const QVariant status = m_status->currentData();
    const QVariant priority = m_priority->currentData();
    const QVariant assignee = m_assignee->currentData();
    TicketTexts::fillStatuses(m_status, true);
    TicketTexts::fillPriorities(m_priority, true);
    QList<Agent> active;
    for (const Agent &agent : std::as_const(m_agents)) {
        if (agent.active)
            active.append(agent);
    }
    TicketTexts::fillAssignees(m_assignee, active, true);
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_priority->setCurrentIndex(qMax(0, m_priority->findData(priority)));
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(assignee)));
}

void TicketsWindow::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    m_page = 0;
    reload();
}

void TicketsWindow::reload()
{
    const TicketReads::Filter filter = filterOf(m_status, m_priority, m_assignee);
    const int pageSize = m_pageSize;
    const int page = m_page;
    m_pageAsked = m_store->read<TicketPage>(
        [filter, pageSize, page](QSqlDatabase db) {
            return readTicketPage(db, filter, pageSize, page);
        },
        [self = QPointer<TicketsWindow>(this)](quint64 asked, const TicketPage &answer) {
            if (!self || asked != self->m_pageAsked)
                return; // a newer filter, page or change has the last word
            self->m_pageAsked = 0;
            self->showPage(answer);
        });
    m_detail->reload();
}

void TicketsWindow::showPage(const TicketPage &answer)
{
    if (answer.agents.size() != m_agents.size() ||
        !std::equal(answer.agents.cbegin(), answer.agents.cend(), m_agents.cbegin(),
                    [](const Agent &a, const Agent &b) {
                        return a.id == b.id && a.name == b.name && a.active == b.active;
                    })) {
        m_agents = answer.agents;
        fillFilters();
    }
    m_page = answer.page;
    const Id chosen = m_detail->ticketId();
    const int pages = qMax(1, (answer.total + m_pageSize - 1) / m_pageSize);
    const QList<Ticket> &tickets = answer.tickets;
    {
        const QSignalBlocker quiet(m_table);
        m_table->clearContents();
        m_table->setRowCount(int(tickets.size()));
        m_table->setHorizontalHeaderLabels(
            {tr("#"), tr("Subject"), tr("Status"), tr("Priority"), tr("Assignee")});
        for (int row = 0; row < tickets.size(); ++row) {
            const Ticket &t = tickets.at(row);
            const QStringList cells{QString::number(t.id), t.subject, TicketTexts::status(t.status),
                                    TicketTexts::priority(t.priority),
                                    TicketTexts::assignee(t.assigneeId, m_agents)};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                item->setData(Qt::UserRole, t.id);
                m_table->setItem(row, column, item);
            }
            if (t.id == chosen)
                m_table->selectRow(row);
        }
        m_table->resizeColumnToContents(0);
    }
    m_pageLabel->setText(
        answer.total == 0
            ? tr("No tickets")
            : tr("Page %1 of %2 · %n ticket(s)", nullptr, answer.total).arg(m_page + 1).arg(pages));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < pages);
}

void TicketsWindow::selectionChanged()
{
    const QList<QTableWidgetItem *> chosen = m_table->selectedItems();
    if (!chosen.isEmpty())
        m_detail->showTicket(chosen.first()->data(Qt::UserRole).toLongLong());
}

void TicketsWindow::showTicket(Id ticketId)
{
    const TicketReads::Filter current = filterOf(m_status, m_priority, m_assignee);
    m_placeAsked = m_store->read<TicketPlace>(
        [ticketId, current](QSqlDatabase db) { return readTicketPlace(db, ticketId, current); },
        [self = QPointer<TicketsWindow>(this), ticketId](quint64 asked, const TicketPlace &place) {
            if (!self || asked != self->m_placeAsked)
                return;
            self->m_placeAsked = 0;
            if (!place.found)
                return;
            // Its page under the current filters, or under none when they hide it.
            if (place.filterHidesIt) {
                self->m_status->setCurrentIndex(0);
                self->m_priority->setCurrentIndex(0);
                self->m_assignee->setCurrentIndex(0);
            }
            self->m_page = place.position / self->m_pageSize;
            self->m_detail->showTicket(ticketId);
            self->reload();
        });
}

void TicketsWindow::refresh(const MirrorChanges &changes)
{
    // The agents come with the page (showPage fills the assignee filter from them).
    if (changes.tickets || changes.agents || !changes.conversations.isEmpty())
        reload();
}

void TicketsWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Tickets"));
        fillFilters();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace parley::ui
