#pragma once

#include "core/mirror/mirrorreads.h"
#include "core/mirror/mirrorstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace parley::ui {

// The translated name of a module for lists and combos. Merge fields keep the English name
// ("$[Leads.First Name]"), which is their syntax.
QString moduleTitle(Module module);

// The predefined texts a picker or the Manage dialog lists (R5.3), from the mirror. Every text
// is read on the store's reader thread (a team has a few hundred at most) and the query filters
// them in memory, so typing in the search runs no SQL at all; until the first read is in the
// model is empty and isLoaded() false.
//
// A change the hub has just accepted reaches the mirror only with the next sync batch; until
// then the model shows it anyway (noteSaved / noteDeleted), so that a saved text does not
// vanish for a moment and reappear. Once the mirror has it, the mirror's row wins.
class PredefinedTextModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ModuleColumn, MessageColumn, ColumnCount };
    enum Roles { TextIdRole = Qt::UserRole + 1, BodyRole, ModuleRole };

    explicit PredefinedTextModel(MirrorStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setQuery(const PredefinedTextQuery &query);
    PredefinedTextQuery query() const { return m_query; }

    PredefinedText textAt(int row) const;
    int rowOf(Id id) const;
    // The mirror's texts have been read at least once.
    bool isLoaded() const { return m_loaded; }
    // A read is on its way.
    bool isLoading() const { return m_asked != 0; }

public slots:
    // Re-reads the mirror on the store's reader thread: call when a sync batch says
    // predefinedTexts changed. The rows follow when it answers (loaded()).
    void reload();
    void noteSaved(const parley::PredefinedText &text);
    void noteDeleted(parley::Id id);

signals:
    // A read of the mirror is in the rows.
    void loaded();

private:
    void arrived(const QList<PredefinedText> &stored);
    void rebuild();

    MirrorStore *m_store;
    quint64 m_asked = 0; // the newest read; older answers are dropped
    bool m_loaded = false;
    QList<PredefinedText> m_stored; // every text the mirror holds, by name then id
    PredefinedTextQuery m_query;
    QList<PredefinedText> m_texts;
    QHash<Id, PredefinedText> m_savedAhead;
    QSet<Id> m_deletedAhead;
};

} // namespace parley::ui
