#include "ui/texts/predefinedtextmodel.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>

namespace parley::ui {

QString moduleTitle(Module module)
{
    switch (module) {
    case Module::Leads:
        return QCoreApplication::translate("Module", "Leads");
    case Module::Contacts:
        return QCoreApplication::translate("Module", "Contacts");
    case Module::Companies:
        return QCoreApplication::translate("Module", "Companies");
    case Module::Deals:
        return QCoreApplication::translate("Module", "Deals");
    }
    return moduleName(module);
}

PredefinedTextModel::PredefinedTextModel(MirrorStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

int PredefinedTextModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_texts.size());
}

int PredefinedTextModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PredefinedTextModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid() ||
        index.row() >= m_texts.size() || index.column() >= ColumnCount)
        return {};
    const PredefinedText &text = m_texts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return text.name;
        if (index.column() == ModuleColumn)
            return moduleTitle(text.module);
        return text.body.simplified(); // one line in a table row
    case Qt::ToolTipRole:
        return text.body;
    case TextIdRole:
        return text.id;
    case BodyRole:
        return text.body;
    case ModuleRole:
        return int(text.module);
    default:
        return {};
    }
}

QVariant PredefinedTextModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ModuleColumn:
        return tr("Module");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void PredefinedTextModel::setQuery(const PredefinedTextQuery &query)
{
    m_query = query;
    rebuild(); // in memory: no read per key typed
}

PredefinedText PredefinedTextModel::textAt(int row) const
{
    return row >= 0 && row < m_texts.size() ? m_texts.at(row) : PredefinedText();
}

int PredefinedTextModel::rowOf(Id id) const
{
    for (int row = 0; row < m_texts.size(); ++row) {
        if (m_texts.at(row).id == id)
            return row;
    }
    return -1;
}

void PredefinedTextModel::reload()
{
    m_asked = m_store->read<QList<PredefinedText>>(
        [](QSqlDatabase db) { return MirrorReads(db).predefinedTexts(); },
        [self = QPointer<PredefinedTextModel>(this)](quint64 id,
                                                     const QList<PredefinedText> &stored) {
            if (self && id == self->m_asked)
                self->arrived(stored);
        });
}

void PredefinedTextModel::arrived(const QList<PredefinedText> &stored)
{
    m_asked = 0;
    m_stored = stored;
    QHash<Id, TimestampMs> updatedAt;
    for (const PredefinedText &text : stored)
        updatedAt.insert(text.id, text.updatedAt);
    // Forget what the mirror has caught up with.
    for (auto it = m_savedAhead.begin(); it != m_savedAhead.end();) {
        it = updatedAt.contains(it.key()) && updatedAt.value(it.key()) >= it->updatedAt
                 ? m_savedAhead.erase(it)
                 : ++it;
    }
    for (auto it = m_deletedAhead.begin(); it != m_deletedAhead.end();)
        it = updatedAt.contains(*it) ? ++it : m_deletedAhead.erase(it);
    m_loaded = true;
    rebuild();
    emit loaded();
}

void PredefinedTextModel::rebuild()
{
    QList<PredefinedText> texts;
    for (const PredefinedText &text : std::as_const(m_stored)) {
        if (m_query.matches(text) && !m_savedAhead.contains(text.id) &&
            !m_deletedAhead.contains(text.id))
            texts.append(text);
    }
    for (const PredefinedText &text : std::as_const(m_savedAhead)) {
        if (m_query.matches(text) && !m_deletedAhead.contains(text.id))
            texts.append(text);
    }
    std::sort(texts.begin(), texts.end(), [](const PredefinedText &a, const PredefinedText &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    beginResetModel();
    m_texts = texts;
    endResetModel();
}

void PredefinedTextModel::noteSaved(const PredefinedText &text)
{
    m_savedAhead.insert(text.id, text);
    m_deletedAhead.remove(text.id);
    rebuild(); // shown at once; the mirror's copy follows with the sync
    reload();
}

void PredefinedTextModel::noteDeleted(Id id)
{
    m_savedAhead.remove(id);
    m_deletedAhead.insert(id);
    rebuild();
    reload();
}

} // namespace parley::ui
