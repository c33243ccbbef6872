// MainWindow's sidebar of views (R3.1, R4.2): the built-in and saved views, their counts, their
// context menu (rename, delete) and the filter builder that makes and changes them; kept apart
// from the window's layout and data flow in mainwindow.cpp.
#include "ui/filters/filterbuilderdialog.h"
#include "ui/filters/viewcountdelegate.h"
#include "ui/filters/viewlistmodel.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>

namespace parley::ui {
void MainWindow::buildSidebar()
{
    m_viewModel = new ViewListModel(m_store, m_me.id, this);
    m_viewModel->setHub(m_hub);
    m_viewModel->setMayChangeShared(m_me.role == Role::Admin);
    connect(m_viewModel, &ViewListModel::changeRefused, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_views = new QListView(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setModel(m_viewModel);
    m_views->setAccessibleName(tr("Views"));
    m_views->setItemDelegate(new ViewCountDelegate(m_views));
    m_views->setEditTriggers(QAbstractItemView::EditKeyPressed);
    // Saved views can be renamed (F2) and deleted (Delete, or the context menu).
    m_views->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_views, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_views->indexAt(at);
        if (!m_viewModel->isChangeable(index))
            return; // built-in views, and views shared with the team for non-admins
        auto *menu = new QMenu(m_views);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("Rename"), this, [this, index] { m_views->edit(index); });
        menu->addAction(tr("Delete view…"), this, [this, index] { deleteView(index); });
        menu->popup(m_views->viewport()->mapToGlobal(at));
    });
    auto *deleteKey = new QAction(m_views);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, [this] { deleteView(m_views->currentIndex()); });
    m_views->addAction(deleteKey);
    // Choosing a view drops a filter applied from the builder without saving.
    connect(m_views->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_adHocFilter = ConversationFilter();
        applyView();
    });
    auto *countsClock = new QTimer(this);
    countsClock->setInterval(60000); // "today" and "in 2 days" move with the clock
    connect(countsClock, &QTimer::timeout, m_viewModel, &ViewListModel::refreshCounts);
    countsClock->start();
}

void MainWindow::deleteView(const QModelIndex &index)
{
    const Id saved = index.data(ViewListModel::SavedViewIdRole).toLongLong();
    if (saved == 0 || !m_viewModel->isChangeable(index))
        return; // the built-in views stay, and shared ones for non-admins
    const QString name = index.data(Qt::DisplayRole).toString();
    auto *ask = new QMessageBox(
        QMessageBox::Question, tr("Delete view"),
        tr("Delete the view “%1”? Its conversations stay where they are.").arg(name),
        QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("deleteViewQuestion"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    connect(ask, &QMessageBox::buttonClicked, this, [this, ask, saved](QAbstractButton *button) {
        if (ask->buttonRole(button) != QMessageBox::DestructiveRole)
            return;
        const bool wasCurrent =
            m_views->currentIndex().data(ViewListModel::SavedViewIdRole).toLongLong() == saved;
        m_viewModel->removeView(saved);
        if (wasCurrent)
            m_views->setCurrentIndex(m_viewModel->index(0));
    });
    ask->open();
}

FilterContext MainWindow::filterContext() const
{
    return {m_me.id, QDateTime::currentMSecsSinceEpoch(), QTimeZone::systemTimeZone(), m_myTeams};
}

void MainWindow::applyView()
{
    const QModelIndex view = m_views->currentIndex();
    ConversationFilter filter =
        m_adHocFilter == ConversationFilter()
            ? view.data(ViewListModel::FilterRole).value<ConversationFilter>()
            : m_adHocFilter;
    if (!view.data(ViewListModel::ProblemRole).toString().isEmpty())
        statusBar()->showMessage(view.data(ViewListModel::ProblemRole).toString(), 8000);
    if (!m_search->text().trimmed().isEmpty())
        filter.search = m_search->text().trimmed();
    m_list->setFilter(filter, filterContext()); // reshapeFinished selects the open one again
    updateEmptyState();
}

void MainWindow::openFilterBuilder()
{
    // What the builder offers is read on the store's reader thread; it opens once that is in.
    m_store->read<FilterChoices>(
        [](QSqlDatabase db) { return FilterChoices::fromMirror(db); },
        [this](quint64, const FilterChoices &choices) {
            auto *dialog = new FilterBuilderDialog(choices, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            const QModelIndex view = m_views->currentIndex();
            dialog->setFilter(m_adHocFilter == ConversationFilter()
                                  ? view.data(ViewListModel::FilterRole).value<ConversationFilter>()
                                  : m_adHocFilter);
            if (const Id saved = view.data(ViewListModel::SavedViewIdRole).toLongLong();
                saved != 0 && m_viewModel->isChangeable(view))
                dialog->setSavedView(saved, view.data(Qt::DisplayRole).toString());
            connect(dialog, &FilterBuilderDialog::applyRequested, this,
                    [this](const ConversationFilter &filter) {
                        m_adHocFilter = filter;
                        applyView();
                    });
            connect(dialog, &FilterBuilderDialog::saveRequested, this,
                    [this](Id viewId, const QString &name, const ConversationFilter &filter) {
                        // Saved by the hub (issue #12): the view is chosen once it answers.
                        connect(
                            m_viewModel, &ViewListModel::viewSaved, this,
                            [this](Id saved) {
                                m_adHocFilter = ConversationFilter();
                                m_views->setCurrentIndex(m_viewModel->indexForSavedView(saved));
                            },
                            Qt::SingleShotConnection);
                        m_viewModel->saveView(viewId, name, filter);
                    });
            dialog->show();
        });
}

} // namespace parley::ui
