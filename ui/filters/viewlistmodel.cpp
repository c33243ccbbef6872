#include "ui/filters/viewlistmodel.h"

#include "core/filter/builtinviews.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace parley::ui {
namespace {

const QString savedKeyPrefix = QStringLiteral("saved:");

} // namespace

ViewListModel::ViewListModel(QSqlDatabase db, Id me, QObject *parent)
    : ViewListModel(nullptr, me, parent)
{
    m_store = new MirrorStore(db.databaseName(), this);
    m_counter = new ViewCounter(m_store->path(), this);
    reloadSavedViews();
}

ViewListModel::ViewListModel(MirrorStore *store, Id me, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_me(me),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    Row all;
    all.kind = Kind::AllConversations;
    all.key = QStringLiteral("all");
    all.title = tr("All conversations");
    m_rows.append(all);
    Row mine;
    mine.kind = Kind::MyConversations;
    mine.key = QStringLiteral("mine");
    mine.title = tr("My conversations");
    mine.filter.scope = Scope::Mine;
    m_rows.append(mine);
    for (BuiltinView view : builtinViews()) {
        Row row;
        row.kind = Kind::Builtin;
        row.key = builtinViewKey(view);
        row.title = builtinViewTitle(view);
        row.filter = builtinViewFilter(view);
        m_rows.append(row);
    }
    // The saved views follow from the reader thread. No counts yet: the owner asks
    // (refreshCounts). At start counting the views over a big mirror takes a core away from the
    // window's first paint (MainWindow counts after it).
    if (m_store) {
        m_counter = new ViewCounter(m_store->path(), this);
        reloadSavedViews();
    }
}

bool ViewListModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() &&
           index.column() == 0 && index.row() < m_rows.size();
}

ViewListModel::Row ViewListModel::savedRow(const SavedView &view) const
{
    Row row;
    row.kind = Kind::Saved;
    row.key = savedKeyPrefix + QString::number(view.id);
    row.title = view.name;
    row.filter = view.filter;
    row.savedViewId = view.id;
    row.problem = view.problem;
    row.readOnly = view.ownerId != m_me && !m_mayChangeShared;
    return row;
}

int ViewListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ViewListModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.title;
    case Qt::ToolTipRole:
        if (!row.problem.isEmpty())
            return RuleError{QStringLiteral("filter_invalid"),
                             {{QStringLiteral("detail"), row.problem}}}
                .message();
        if (row.count < 0)
            return row.title;
        return tr("%1: %n conversation(s)", nullptr, int(qMin<qint64>(row.count, INT_MAX)))
            .arg(row.title);
    case FilterRole:
        return row.problem.isEmpty() ? QVariant::fromValue(row.filter) : QVariant();
    case CountRole:
        return row.count;
    case KindRole:
        return int(row.kind);
    case KeyRole:
        return row.key;
    case SavedViewIdRole:
        return row.savedViewId;
    case ProblemRole:
        return row.problem;
    default:
        return {};
    }
}

bool ViewListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isChangeable(index))
        return false;
    renameView(m_rows.at(index.row()).savedViewId, value.toString());
    return true;
}

Qt::ItemFlags ViewListModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (isChangeable(index))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QHash<int, QByteArray> ViewListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FilterRole, "filter");
    names.insert(CountRole, "count");
    names.insert(KindRole, "kind");
    names.insert(KeyRole, "key");
    names.insert(SavedViewIdRole, "savedViewId");
    names.insert(ProblemRole, "problem");
    return names;
}

bool ViewListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    const int first = firstSavedRow();
    const int end = int(m_rows.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < first ||
        sourceRow + count > end || destinationChild < first || destinationChild > end ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    QList<Row> moved = m_rows.mid(sourceRow, count);
    QList<Row> rows = m_rows;
    rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        rows.insert(insertAt + i, moved.at(i));
    for (const Row &row : moved) {
        if (row.readOnly)
            return false; // another agent's shared view keeps its place
    }
    beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild);
    m_rows = rows;
    endMoveRows();
    // Moved on screen at once; the hub keeps the order (a refusal puts the rows back).
    for (int i = 0; i < count; ++i) {
        SavedViewChange change;
        change.position = insertAt + i - first;
        send(moved.at(i).savedViewId, change);
    }
    return true;
}

void ViewListModel::setMe(Id me)
{
    if (me == m_me)
        return;
    m_me = me;
    ++m_generation;
    refreshCounts();
}

void ViewListModel::setMyTeams(const QList<Id> &teams)
{
    if (teams == m_myTeams)
        return;
    m_myTeams = teams;
    ++m_generation;
    refreshCounts();
}

void ViewListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    ++m_generation;
    refreshCounts();
}

void ViewListModel::setClock(std::function<TimestampMs()> now)
{
    m_now = std::move(now);
    ++m_generation;
    refreshCounts();
}

FilterContext ViewListModel::context() const
{
    return {m_me, m_now(), m_zone, m_myTeams};
}

ConversationFilter ViewListModel::filterAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).filter : ConversationFilter();
}

QModelIndex ViewListModel::indexForKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return index(row);
    }
    return {};
}

QModelIndex ViewListModel::indexForSavedView(Id id) const
{
    const int row = rowOfSavedView(id);
    return row < 0 ? QModelIndex() : index(row);
}

int ViewListModel::rowOfSavedView(Id id) const
{
    for (int row = firstSavedRow(); row < m_rows.size(); ++row) {
        if (m_rows.at(row).savedViewId == id)
            return row;
    }
    return -1;
}

int ViewListModel::firstSavedRow() const
{
    return 2 + int(builtinViews().size());
}

CountRequest ViewListModel::countRequest() const
{
    CountRequest request;
    for (const Row &row : m_rows) {
        if (row.problem.isEmpty())
            request.append({row.key, row.filter});
    }
    return request;
}

void ViewListModel::refreshCounts()
{
    // Counted once the saved views are in, so the first counts cover every row.
    if (m_counting || !m_savedLoaded) {
        m_countAgain = true;
        return;
    }
    m_counting = true;
    const int generation = m_generation;
    // One context for the whole list, so that all rows agree on what "today" is.
    m_counter->count(countRequest(), context(),
                     [this, generation](const CountResult &counts, qint64 ms) {
                         m_counting = false;
                         // Counted for another "me" or clock, or older than a count since.
                         if (generation == m_generation)
                             applyCounts(counts, ms);
                         if (std::exchange(m_countAgain, false))
                             refreshCounts();
                     });
}

void ViewListModel::refreshCountsNow()
{
    ++m_generation;
    QElapsedTimer timer;
    timer.start();
    const CountResult counts = m_counter->countNow(countRequest(), context());
    applyCounts(counts, timer.elapsed());
}

void ViewListModel::applyCounts(const CountResult &counts, qint64 elapsedMs)
{
    // Rows may have come and gone while counting; each count finds its row by key.
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &each = m_rows[row];
        const qint64 count = each.problem.isEmpty() ? counts.value(each.key, each.count) : -1;
        if (count != each.count) {
            each.count = count;
            emit dataChanged(index(row), index(row), {CountRole, Qt::ToolTipRole});
        }
    }
    emit countsRefreshed(elapsedMs);
}

} // namespace parley::ui
