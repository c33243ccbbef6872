#include "ui/admin/creditledgerview.h"

#include "core/protocol/isotime.h"
#include "ui/admin/creditformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

// The lowest date of a QDateEdit shows as "any": no bound on that side.
QDateEdit *openEndedDate(const QString &anyText, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(anyText);
    edit->setDate(edit->minimumDate());
    return edit;
}

} // namespace

CreditLedgerView::CreditLedgerView(HubClient *hub, QWidget *parent)
    : QWidget(parent), m_credits(HubApi(hub)), m_kind(new QComboBox(this)),
      m_from(openEndedDate(tr("any day"), this)), m_to(openEndedDate(tr("any day"), this)),
      m_table(new QTableWidget(this)), m_older(new QPushButton(tr("Show older"), this)),
      m_error(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("ledgerKind"));
    m_from->setObjectName(QStringLiteral("ledgerFrom"));
    m_to->setObjectName(QStringLiteral("ledgerTo"));
    m_table->setObjectName(QStringLiteral("ledgerTable"));
    m_table->setAccessibleName(tr("Credit ledger"));
    m_from->setAccessibleName(tr("From:"));
    m_to->setAccessibleName(tr("To:"));
    m_older->setObjectName(QStringLiteral("ledgerOlder"));
    m_kind->addItem(tr("All movements"), QString());
    for (const LedgerKind kind : {LedgerKind::Purchase, LedgerKind::AutoRecharge,
                                  LedgerKind::Charge, LedgerKind::Refund, LedgerKind::Adjustment})
        m_kind->addItem(ledgerKindText(kind), ledgerKindName(kind));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("What"), tr("Credits"), tr("Balance after"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(m_older, 0, Qt::AlignLeft);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &CreditLedgerView::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &CreditLedgerView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &CreditLedgerView::reload);
    connect(m_older, &QPushButton::clicked, this, [this] { fetch(m_oldestId); });
}

void CreditLedgerView::reload()
{
    m_table->setRowCount(0);
    m_oldestId = 0;
    ++m_generation;
    fetch(0);
}

LedgerQuery CreditLedgerView::query(qint64 beforeId) const
{
    LedgerQuery query;
    query.limit = pageSize;
    query.beforeId = beforeId;
    query.kind = m_kind->currentData().toString();
    // Whole local days: from the start of `from` to the start of the day after `to`.
    if (m_from->date() != m_from->minimumDate())
        query.from = m_from->date().startOfDay().toMSecsSinceEpoch();
    if (m_to->date() != m_to->minimumDate())
        query.until = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    return query;
}

void CreditLedgerView::fetch(qint64 beforeId)
{
    if (!m_credits.isConnected())
        return;
    m_older->setEnabled(false);
    const int generation = m_generation;
    m_credits.ledger(query(beforeId), [this, self = QPointer(this),
                                       generation](const HubResult<LedgerPage> &page) {
        if (!self || generation != m_generation)
            return;
        m_error->setVisible(!page.ok());
        if (!page.ok()) {
            m_error->setText(page.error().text());
            return;
        }
        for (const LedgerEntry &entry : page->entries) {
            const QStringList cells = {instantText(entry.createdAt), ledgerKindText(entry.kind),
                                       (entry.amount > 0 ? QStringLiteral("+") : QString()) +
                                           creditsText(entry.amount),
                                       creditsText(entry.balanceAfter), ledgerNoteText(entry.note)};
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                if (column == 2 || column == 3)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_table->setItem(row, column, item);
            }
            m_oldestId = entry.id;
        }
        m_older->setEnabled(page->entries.size() == pageSize);
        emit loaded();
    });
}

} // namespace parley::ui
