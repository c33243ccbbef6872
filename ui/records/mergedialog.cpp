#include "ui/records/mergedialog.h"

#include "core/domain/fieldlabels.h"
#include "core/domain/recordlinks.h"
#include "core/rules/recordmerging.h"
#include "ui/record/recordtitle.h"
#include "ui/records/recordtexts.h"
#include "ui/theme/tone.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

QString describe(const std::optional<Record> &record)
{
    if (!record)
        return MergeDialog::tr("(not on this computer)");
    const QString title = recordTitle(*record);
    return MergeDialog::tr("%1 #%2: %3")
        .arg(moduleSingular(record->module))
        .arg(record->id)
        .arg(title.isEmpty() ? MergeDialog::tr("(no name)") : title);
}

} // namespace

MergeDialog::MergeDialog(QSqlDatabase mirror, HubClient *hub, Id firstId, Id secondId,
                         QWidget *parent)
    : MergeDialog(readMergeSides(mirror, firstId, secondId), hub, parent)
{}

MergeDialog::MergeDialog(const MergeSides &sides, HubClient *hub, QWidget *parent)
    : QDialog(parent), m_records(HubApi(hub)), m_first(sides.first), m_second(sides.second),
      m_firstMoves(sides.firstMoves), m_secondMoves(sides.secondMoves)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge duplicate records"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Both records stand for one customer. Choose the one to keep: "
                                "the other one's values, conversations, activities and deals "
                                "move to it, and it is deleted."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_keepFirst = new QRadioButton(tr("Keep %1").arg(describe(m_first)), this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirst"));
    m_keepSecond = new QRadioButton(tr("Keep %1").arg(describe(m_second)), this);
    m_keepSecond->setObjectName(QStringLiteral("keepSecond"));
    m_keepFirst->setChecked(true);
    layout->addWidget(m_keepFirst);
    layout->addWidget(m_keepSecond);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("mergeFields"));
    m_table->setAccessibleName(tr("Fields before and after the merge"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_moves = new QLabel(this);
    m_moves->setObjectName(QStringLiteral("mergeMoves"));
    m_moves->setWordWrap(true);
    layout->addWidget(m_moves);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Warning);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("confirmMerge"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    // Merging cannot be undone: Enter never merges by itself.
    m_merge->setAutoDefault(false);
    cancel->setDefault(true);
    layout->addWidget(buttons);

    connect(m_keepFirst, &QRadioButton::toggled, this, [this](bool checked) {
        m_secondKept = !checked;
        updateView();
    });
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::merge);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(720, 520);
    updateView();
}

Id MergeDialog::keptId() const
{
    const std::optional<Record> &kept = m_secondKept ? m_second : m_first;
    return kept ? kept->id : 0;
}

Id MergeDialog::duplicateId() const
{
    const std::optional<Record> &duplicate = m_secondKept ? m_first : m_second;
    return duplicate ? duplicate->id : 0;
}

void MergeDialog::swap()
{
    (m_secondKept ? m_keepFirst : m_keepSecond)->setChecked(true);
}

bool MergeDialog::canMerge() const
{
    return m_merge->isEnabled();
}

QString MergeDialog::movesText() const
{
    return m_moves->text();
}

QString MergeDialog::problemText() const
{
    return m_problem->text();
}

void MergeDialog::updateView()
{
    m_table->clearContents();
    m_table->setRowCount(0);
    QString problem;
    if (!m_first || !m_second)
        problem = tr("One of the records has not reached this computer.");
    else if (m_first->id == m_second->id)
        problem = tr("Choose two different records.");
    else if (!isMergeable(m_first->module) || !isMergeable(m_second->module))
        problem = tr("Only leads and contacts are merged.");
    if (!m_merging)
        m_problem->setText(problem);
    m_merge->setEnabled(problem.isEmpty() && !m_merging && m_records.isConnected());
    if (!m_first || !m_second) {
        m_moves->clear();
        return;
    }
    const Record &kept = m_secondKept ? *m_second : *m_first;
    const Record &duplicate = m_secondKept ? *m_first : *m_second;
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Kept: #%1").arg(kept.id),
                                        tr("Merged in: #%1").arg(duplicate.id),
                                        tr("After the merge")});
    const QVariantMap after = mergedRecordFields(kept.fields, duplicate.fields);
    QStringList names;
    for (const QString &name : moduleFields(kept.module)) {
        if (after.contains(name) || duplicate.fields.contains(name))
            names << name;
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!names.contains(it.key()) && !isLinkField(it.key()))
            names << it.key();
    }
    for (const QString &name : std::as_const(names)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString afterValue = after.value(name).toString();
        const QStringList cells{fieldLabel(name), kept.field(name), duplicate.field(name),
                                afterValue};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (afterValue != kept.field(name)) { // what the merge adds to the kept record
            QFont bold = m_table->item(row, 3)->font();
            bold.setBold(true);
            m_table->item(row, 3)->setFont(bold);
        }
    }
    const RecordMoves &moves = m_secondKept ? m_firstMoves : m_secondMoves;
    m_moves->setText(tr("Moves to #%1: %2, %3 and %4. #%5 is then deleted.")
                         .arg(kept.id)
                         .arg(tr("%n conversation(s)", nullptr, moves.conversations),
                              tr("%n activity(ies)", nullptr, moves.activities),
                              tr("%n deal(s)", nullptr, moves.deals))
                         .arg(duplicate.id));
}

void MergeDialog::merge()
{
    if (!canMerge())
        return;
    m_merging = true;
    updateView();
    m_problem->setText(tr("Merging…"));
    m_records.mergeRecords(
        keptId(), duplicateId(),
        [self = QPointer<MergeDialog>(this)](const HubResult<RecordMergeOutcome> &result) {
            if (!self)
                return;
            self->m_merging = false;
            if (!result.ok()) {
                self->updateView();
                self->m_problem->setText(result.error().text());
                return;
            }
            emit self->merged(result->record.id);
            self->accept();
        });
}

} // namespace parley::ui
