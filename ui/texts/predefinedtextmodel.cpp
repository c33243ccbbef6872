#include "ui/texts/predefinedtextmodel.h"

#include <QCoreApplication>

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

PredefinedTextModel::PredefinedTextModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
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
    reload();
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
    MirrorReads reads(m_db);
    // Forget what the mirror has caught up with.
    for (auto it = m_savedAhead.begin(); it != m_savedAhead.end();) {
        const std::optional<PredefinedText> stored = reads.predefinedText(it.key());
        it = stored && stored->updatedAt >= it->updatedAt ? m_savedAhead.erase(it) : ++it;
    }
    for (auto it = m_deletedAhead.begin(); it != m_deletedAhead.end();)
        it = reads.predefinedText(*it) ? ++it : m_deletedAhead.erase(it);

    QList<PredefinedText> texts;
    for (const PredefinedText &text : reads.predefinedTexts(m_query)) {
        if (!m_savedAhead.contains(text.id) && !m_deletedAhead.contains(text.id))
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
    reload();
}

void PredefinedTextModel::noteDeleted(Id id)
{
    m_savedAhead.remove(id);
    m_deletedAhead.insert(id);
    reload();
}

} // namespace parley::ui
