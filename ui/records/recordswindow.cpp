#include "ui/records/recordswindow.h"

#include "core/mirror/mirrorreads.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/recordreads.h"
#include "core/rules/recordmerging.h"
#include "ui/quotes/recordquotes.h"
#include "ui/record/quickactions.h"
#include "ui/record/recordtitle.h"
#include "ui/records/mergedialog.h"
#include "ui/records/newrecorddialog.h"
#include "ui/records/recorddetail.h"
#include "ui/records/recordtexts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

constexpr Module modules[] = {Module::Leads, Module::Contacts, Module::Companies, Module::Deals};

// The second column: how a customer is reached, or what a deal or company is about.
QString secondColumn(const Record &record)
{
    for (const char *field : {"Mobile", "Phone", "Email", "Stage", "Website", "Industry"}) {
        const QString value = record.field(QLatin1String(field)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

RecordsWindow::RecordsWindow(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent)
    : RecordsWindow(new MirrorStore(mirror.databaseName()), hub, me, parent)
{
    m_store->setParent(this); // this window's own, unlike the main window's
}

RecordsWindow::RecordsWindow(MirrorStore *store, HubClient *hub, const Agent &me, QWidget *parent)
    : QWidget(parent, Qt::Window), m_store(store), m_hub(hub), m_me(me)
{
    setObjectName(QStringLiteral("recordsWindow"));
    setWindowTitle(tr("Records"));
    m_actions = new QuickActions(store, hub, me, this);

    m_modules = new QTabBar(this);
    m_modules->setObjectName(QStringLiteral("recordModules"));
    for (Module module : modules)
        m_modules->addTab(modulePlural(module));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setPlaceholderText(tr("Search names, numbers, emails…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search records"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("recordOwnerFilter"));
    m_owner->setAccessibleName(tr("Owner"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Owner"), this));
    filters->addWidget(m_owner);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("records"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Name"), tr("Reached at"), tr("Owner")});
    // The name takes what is left; a number or an email is shown whole (as wide as the widest
    // on screen), and so is the owner.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Records"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("recordCount"));
    m_more = new QPushButton(tr("Show more"), this);
    m_more->setObjectName(QStringLiteral("moreRecords"));
    auto *pageRow = new QHBoxLayout;
    pageRow->addWidget(m_count, 1);
    pageRow->addWidget(m_more);

    m_newLead = new QPushButton(tr("New lead…"), this);
    m_newLead->setObjectName(QStringLiteral("newLead"));
    m_newContact = new QPushButton(tr("New contact…"), this);
    m_newContact->setObjectName(QStringLiteral("newContact"));
    m_merge = new QPushButton(tr("Merge duplicates…"), this);
    m_merge->setObjectName(QStringLiteral("mergeRecords"));
    m_merge->setToolTip(tr("Choose two leads or contacts of one customer (Ctrl+click)."));
    m_merge->setVisible(me.role == Role::Admin);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_newLead);
    actionsRow->addWidget(m_newContact);
    actionsRow->addStretch(1);
    actionsRow->addWidget(m_merge);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_modules);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(pageRow);
    leftLayout->addLayout(actionsRow);

    m_detail = new RecordDetail(store, m_actions, this);
    m_detail->setQuotes(new RecordQuotes(hub, m_detail));
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, [this] { reload(pageSize); });
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_modules, &QTabBar::currentChanged, this,
            [this](int index) { setModule(modules[qBound(0, index, 3)]); });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { reload(pageSize); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RecordsWindow::selectionChanged);
    connect(m_more, &QPushButton::clicked, this, &RecordsWindow::showMore);
    connect(m_newLead, &QPushButton::clicked, this, [this] { newRecord(Module::Leads); });
    connect(m_newContact, &QPushButton::clicked, this, [this] { newRecord(Module::Contacts); });
    connect(m_merge, &QPushButton::clicked, this, &RecordsWindow::mergeSelected);
    connect(m_detail, &RecordDetail::conversationRequested, this,
            &RecordsWindow::conversationRequested);
    connect(m_detail, &RecordDetail::chatRequested, this, &RecordsWindow::chatRequested);

    const bool mayChange = m_actions->canChange();
    m_newLead->setEnabled(mayChange);
    m_newContact->setEnabled(mayChange);
    fillOwners();
    resize(1100, 680);
    reload(pageSize);
}

void RecordsWindow::fillOwners()
{
    if (m_owner->count() == 0) { // the first time: these two at once, the agents when read
        m_owner->addItem(tr("Anyone"), Id(0));
        m_owner->addItem(tr("Me"), m_me.id);
    }
    // Read before the page asked after it (one reader thread answers in order), so the rows
    // show their owners' names.
    m_ownersAsked = m_store->read<QList<Agent>>(
        [](QSqlDatabase db) { return MirrorReads(db).agents(true); },
        [self = QPointer<RecordsWindow>(this)](quint64 id, const QList<Agent> &agents) {
            if (!self || id != self->m_ownersAsked)
                return;
            self->m_ownersAsked = 0;
            const Id current = self->m_owner->currentData().toLongLong();
            self->m_agentNames.clear();
            const QSignalBlocker quiet(self->m_owner);
            self->m_owner->clear();
            self->m_owner->addItem(tr("Anyone"), Id(0));
            self->m_owner->addItem(tr("Me"), self->m_me.id);
            for (const Agent &agent : agents) {
                self->m_agentNames.insert(agent.id, agent.name);
                if (agent.id != self->m_me.id)
                    self->m_owner->addItem(agent.name, agent.id);
            }
            self->m_owner->setCurrentIndex(qMax(0, self->m_owner->findData(current)));
        });
}

bool RecordsWindow::isLoading() const
{
    return m_pageAsked != 0 || m_ownersAsked != 0 || m_openAsked != 0 || m_mergeAsked != 0 ||
           m_detail->isLoading();
}

RecordQuery RecordsWindow::query(int limit, Id beforeId) const
{
    RecordQuery query;
    query.module = m_module;
    query.search = m_search->text();
    query.ownerId = m_owner->currentData().toLongLong();
    query.limit = limit;
    query.beforeId = beforeId;
    return query;
}

void RecordsWindow::setModule(Module module)
{
    m_module = module;
    const int index = int(std::find(std::begin(modules), std::end(modules), module) - modules);
    if (m_modules->currentIndex() != index) {
        const QSignalBlocker quiet(m_modules);
        m_modules->setCurrentIndex(index);
    }
    reload(pageSize);
}

void RecordsWindow::setSearch(const QString &text)
{
    m_search->setText(text);
    m_searchDelay->stop();
    reload(pageSize);
}

void RecordsWindow::setOwnerFilter(Id ownerId)
{
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(ownerId)));
    reload(pageSize);
}

int RecordsWindow::rowCount() const
{
    return m_list->topLevelItemCount();
}

Id RecordsWindow::recordIdAt(int row) const
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

bool RecordsWindow::hasMore() const
{
    return m_lastPageFull;
}

void RecordsWindow::reload(int count)
{
    // The rows chosen now are chosen again in the rows read.
    m_selectAfter += selectedIds();
    const RecordQuery asked = query(qMax(count, pageSize), 0);
    m_pageAsked = m_store->read<QList<Record>>(
        [asked](QSqlDatabase db) { return RecordReads(db).browse(asked); },
        [self = QPointer<RecordsWindow>(this), limit = asked.limit](quint64 id,
                                                                    const QList<Record> &found) {
            if (self && id == self->m_pageAsked)
                self->showRecords(found, limit, true);
        });
}

void RecordsWindow::appendPage(Id beforeId)
{
    const RecordQuery asked = query(pageSize, beforeId);
    m_pageAsked = m_store->read<QList<Record>>(
        [asked](QSqlDatabase db) { return RecordReads(db).browse(asked); },
        [self = QPointer<RecordsWindow>(this)](quint64 id, const QList<Record> &found) {
            if (self && id == self->m_pageAsked)
                self->showRecords(found, pageSize, false);
        });
}

void RecordsWindow::showRecords(const QList<Record> &records, int limit, bool replace)
{
    m_pageAsked = 0;
    if (replace)
        m_list->clear();
    m_lastPageFull = records.size() == limit;
    for (const Record &record : records) {
        const QString title = recordTitle(record);
        auto *item =
            new QTreeWidgetItem(m_list, {title.isEmpty() ? tr("(no name)") : title,
                                         secondColumn(record), m_agentNames.value(record.ownerId)});
        item->setData(0, Qt::UserRole, record.id);
        item->setData(0, Qt::UserRole + 1, int(record.module));
    }
    if (replace)
        selectRecords(std::exchange(m_selectAfter, {}));
    m_more->setEnabled(m_lastPageFull);
    m_count->setText(tr("%n record(s) shown", nullptr, rowCount()));
    if (replace)
        selectionChanged();
}

void RecordsWindow::showMore()
{
    if (!m_lastPageFull || rowCount() == 0)
        return;
    appendPage(recordIdAt(rowCount() - 1));
}

QList<Id> RecordsWindow::selectedIds() const
{
    QList<Id> ids;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        ids << item->data(0, Qt::UserRole).toLongLong();
    return ids;
}

void RecordsWindow::selectRecords(const QList<Id> &ids)
{
    const QSignalBlocker quiet(m_list);
    m_list->clearSelection();
    for (int row = 0; row < rowCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (ids.contains(item->data(0, Qt::UserRole).toLongLong())) {
            item->setSelected(true);
            m_list->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
        }
    }
    selectionChanged();
}

void RecordsWindow::selectionChanged()
{
    const QList<Id> ids = selectedIds();
    if (ids.size() == 1 && ids.first() != m_detail->recordId())
        m_detail->showRecord(ids.first());
    m_merge->setEnabled(m_me.role == Role::Admin && ids.size() == 2 && isMergeable(m_module));
}

void RecordsWindow::openRecord(Id recordId)
{
    m_detail->showRecord(recordId);
    // Its module's tab first (read on the reader thread), then the row once its page is in.
    m_openAsked = m_store->read<std::optional<Record>>(
        [recordId](QSqlDatabase db) { return RecordReads(db).record(recordId); },
        [self = QPointer<RecordsWindow>(this), recordId](quint64 id,
                                                         const std::optional<Record> &record) {
            if (!self || id != self->m_openAsked)
                return;
            self->m_openAsked = 0;
            self->selectRecords({recordId});
            self->m_selectAfter = {recordId};
            if (record && record->module != self->m_module)
                self->setModule(record->module);
        });
}

NewRecordDialog *RecordsWindow::newRecord(Module module)
{
    if (!m_actions->canChange() || !isMergeable(module))
        return nullptr;
    auto *dialog = new NewRecordDialog(module, m_actions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The record arrives through the stream; it opens once it is in the mirror.
    connect(dialog, &NewRecordDialog::created, this, [this](Id id) {
        m_search->clear();
        openRecord(id);
    });
    dialog->show();
    return dialog;
}

bool RecordsWindow::mergeSelected()
{
    const QList<Id> ids = selectedIds();
    if (!m_merge->isEnabled() || ids.size() != 2)
        return false;
    // The older record is offered as the one kept: it is the one the team knew first.
    const Id first = qMin(ids.at(0), ids.at(1));
    const Id second = qMax(ids.at(0), ids.at(1));
    m_mergeAsked = m_store->read<MergeSides>(
        [first, second](QSqlDatabase db) { return readMergeSides(db, first, second); },
        [self = QPointer<RecordsWindow>(this)](quint64 id, const MergeSides &sides) {
            if (!self || id != self->m_mergeAsked)
                return;
            self->m_mergeAsked = 0;
            auto *dialog = new MergeDialog(sides, self->m_hub, self);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &MergeDialog::merged, self, &RecordsWindow::openRecord);
            dialog->show();
        });
    return true;
}

void RecordsWindow::mirrorChanged(const MirrorChanges &changes)
{
    if (changes.agents)
        fillOwners();
    if (changes.records || changes.agents)
        reload(rowCount());
    m_detail->refresh(changes);
}

} // namespace parley::ui
