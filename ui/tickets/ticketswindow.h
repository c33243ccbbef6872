#pragma once

#include "core/domain/agent.h"
#include "core/mirror/mirror.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace parley {
class HubClient;
class MirrorStore;
struct TicketPage;
} // namespace parley

namespace parley::ui {

class TicketDetail;

// The Tickets module (R3.6): the help desk's tickets from the mirror, newest first, filtered by
// status, priority and assignee, a page at a time; the chosen ticket beside the list
// (TicketDetail). Kept current by the sync stream (refresh()). The list and the ticket are read
// on the store's reader thread (MirrorStore::read): each answer replaces what is shown, an
// answer to an older question is dropped.
class TicketsWindow : public QWidget {
    Q_OBJECT
public:
    // `store` reads the list and the chosen ticket off the GUI thread; without one, the window
    // makes its own over the mirror's file.
    TicketsWindow(MirrorStore *store, QSqlDatabase mirror, HubClient *hub, const Agent &me,
                  QWidget *parent = nullptr);
    TicketsWindow(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent = nullptr);

    void setPageSize(int rows);
    // Shows the ticket: the filters are cleared when they hide it, and the list turns to its
    // page.
    void showTicket(Id ticketId);

    QComboBox *statusFilter() const { return m_status; }
    QComboBox *priorityFilter() const { return m_priority; }
    QComboBox *assigneeFilter() const { return m_assignee; }
    QTableWidget *table() const { return m_table; }
    QPushButton *previousPage() const { return m_previous; }
    QPushButton *nextPage() const { return m_next; }
    QLabel *pageLabel() const { return m_pageLabel; }
    TicketDetail *detail() const { return m_detail; }
    // A page or the place of a ticket is being read.
    bool isLoading() const { return m_pageAsked != 0 || m_placeAsked != 0; }

public slots:
    void refresh(const parley::MirrorChanges &changes);

signals:
    void conversationRequested(parley::Id conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showPage(const TicketPage &page);
    void fillFilters();
    void selectionChanged();

    MirrorStore *m_store;
    quint64 m_pageAsked = 0;  // the page on its way
    quint64 m_placeAsked = 0; // showTicket()'s ticket on its way
    QList<Agent> m_agents;    // every agent, as the last page found them
    Agent m_me;
    int m_pageSize = 50;
    int m_page = 0;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    TicketDetail *m_detail = nullptr;
};

} // namespace parley::ui
