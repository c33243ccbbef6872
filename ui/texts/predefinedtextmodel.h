#pragma once

#include "core/mirror/mirrorreads.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace parley::ui {

// The translated name of a module for lists and combos. Merge fields keep the English name
// ("$[Leads.First Name]"), which is their syntax.
QString moduleTitle(Module module);

// The predefined texts a picker or the Manage dialog lists (R5.3), from the mirror.
//
// A change the hub has just accepted reaches the mirror only with the next sync batch; until
// then the model shows it anyway (noteSaved / noteDeleted), so that a saved text does not
// vanish for a moment and reappear. Once the mirror has it, the mirror's row wins.
class PredefinedTextModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ModuleColumn, MessageColumn, ColumnCount };
    enum Roles { TextIdRole = Qt::UserRole + 1, BodyRole, ModuleRole };

    explicit PredefinedTextModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setQuery(const PredefinedTextQuery &query);
    PredefinedTextQuery query() const { return m_query; }

    PredefinedText textAt(int row) const;
    int rowOf(Id id) const;

public slots:
    // Re-reads the mirror: call when a sync batch says predefinedTexts changed.
    void reload();
    void noteSaved(const parley::PredefinedText &text);
    void noteDeleted(parley::Id id);

private:
    QSqlDatabase m_db;
    PredefinedTextQuery m_query;
    QList<PredefinedText> m_texts;
    QHash<Id, PredefinedText> m_savedAhead;
    QSet<Id> m_deletedAhead;
};

} // namespace parley::ui
