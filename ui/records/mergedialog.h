#pragma once

#include "core/domain/record.h"
#include "core/mirror/recordscreenreads.h"
#include "core/sync/recordsapi.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace parley::ui {

// R9.2: an admin merges two records of one customer. Both are shown side by side with what the
// kept record holds afterwards (the same rule the hub applies, core/rules/recordmerging.h) and
// what moves to it: the duplicate's conversations, activities and deals. The admin picks which
// one is kept; the duplicate is deleted by the hub, and everything comes back through sync.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    // `sides`: read on the mirror's reader thread (MirrorStore::read, readMergeSides).
    MergeDialog(const MergeSides &sides, HubClient *hub, QWidget *parent = nullptr);
    // Reads the two records itself, on this thread (tests).
    MergeDialog(QSqlDatabase mirror, HubClient *hub, Id firstId, Id secondId,
                QWidget *parent = nullptr);

    Id keptId() const;
    Id duplicateId() const;
    // Keeps the other one of the two.
    void swap();
    bool canMerge() const;
    QString movesText() const;
    QString problemText() const;
    // The field rows: name, kept value, duplicate value, value after the merge.
    QTableWidget *fieldTable() const { return m_table; }

public slots:
    void merge();

signals:
    void merged(parley::Id keptId);

private:
    void updateView();

    RecordsApi m_records;
    std::optional<Record> m_first;
    std::optional<Record> m_second;
    RecordMoves m_firstMoves;  // when the second is kept
    RecordMoves m_secondMoves; // when the first is kept
    bool m_secondKept = false;
    bool m_merging = false;
    QRadioButton *m_keepFirst = nullptr;
    QRadioButton *m_keepSecond = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_moves = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_merge = nullptr;
};

} // namespace parley::ui
