#include "ui/quotes/quoteeditor.h"

#include "core/billing/moneydisplay.h"
#include "core/rules/quoterules.h"
#include "ui/admin/creditformat.h"
#include "ui/quotes/quotepdf.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace parley::ui {
namespace {

enum QuoteColumn {
    DescriptionColumn,
    QuantityColumn,
    PriceColumn,
    DiscountColumn,
    TaxColumn,
    AmountColumn, // the rules' line total, not editable
    QuoteColumnCount
};

// The quote's date as the hub gives it: the UTC day it is created (core/rules/quoterules.h
// checks the validity against it).
QDate quoteIssueDay(const std::optional<Quote> &existing)
{
    return existing ? existing->issuedOn : QDateTime::currentDateTimeUtc().date();
}

// A number typed in the user's locale ("1,5" in pt_BR) scaled to an integer (×10^decimals), read
// exactly as a price in the rate table is (core's parseLocalDecimal); -1 when it is not one (or
// has more decimals than the column keeps), so the rules refuse it with their words.
qint64 typedScaled(const QString &text, int decimals)
{
    qint64 scaled = 0;
    return parseLocalDecimal(text, decimals, &scaled) ? scaled : -1;
}

QString quoteCellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

QuoteEditor::QuoteEditor(HubClient *hub, Id recordId, const std::optional<Quote> &existing,
                         QWidget *parent)
    : QDialog(parent), m_quotes(HubApi(hub)), m_recordId(recordId), m_existing(existing)
{
    setObjectName(QStringLiteral("quoteEditor"));
    setWindowTitle(existing ? tr("Edit quote %1").arg(existing->number) : tr("New quote"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("quoteTitle"));
    m_title->setMaxLength(QuoteLimits::maxTitleLength);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("quoteCurrency"));
    m_currency->addItems(quoteCurrencies());
    m_validUntil = new QDateEdit(QDate::currentDate().addDays(30), this);
    m_validUntil->setObjectName(QStringLiteral("quoteValidUntil"));
    m_validUntil->setCalendarPopup(true);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("quoteNotes"));
    m_notes->setMaximumHeight(80);
    m_notes->setAccessibleName(tr("Notes"));
    m_items = new QTableWidget(0, QuoteColumnCount, this);
    m_items->setObjectName(QStringLiteral("quoteItems"));
    m_items->setHorizontalHeaderLabels({tr("Description"), tr("Quantity"), tr("Unit price"),
                                        tr("Discount %"), tr("Tax %"), tr("Amount")});
    m_items->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    for (int column = QuantityColumn; column < QuoteColumnCount; ++column)
        m_items->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_items->setAccessibleName(tr("Line items"));
    auto *addLineButton = new QPushButton(tr("Add line"), this);
    addLineButton->setObjectName(QStringLiteral("quoteAddLine"));
    auto *removeLine = new QPushButton(tr("Remove line"), this);
    removeLine->setObjectName(QStringLiteral("quoteRemoveLine"));
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("quoteTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_totals->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("quoteProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Currency"), m_currency);
    form->addRow(tr("Valid until"), m_validUntil);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLineButton);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_items, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_totals);
    layout->addWidget(new QLabel(tr("Notes"), this));
    layout->addWidget(m_notes);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(760, 560);

    if (existing) {
        const QuoteDraft &content = existing->content;
        m_title->setText(content.title);
        m_currency->setCurrentText(content.currency);
        m_validUntil->setDate(content.validUntil);
        m_notes->setPlainText(content.notes);
        const QLocale locale;
        for (const QuoteItem &item : content.items) {
            addLine();
            const int row = m_items->rowCount() - 1;
            m_items->item(row, DescriptionColumn)->setText(item.description);
            m_items->item(row, QuantityColumn)->setText(quoteQuantityText(item.quantityMilli));
            const int digits = qMax(0, currencyMinorDigits(content.currency));
            m_items->item(row, PriceColumn)
                ->setText(
                    locale.toString(item.unitPriceMinor / std::pow(10.0, digits), 'f', digits));
            m_items->item(row, DiscountColumn)
                ->setText(locale.toString(item.discountBasisPoints / 100.0));
            m_items->item(row, TaxColumn)->setText(locale.toString(item.taxBasisPoints / 100.0));
        }
    } else {
        m_currency->setCurrentText(QStringLiteral("USD"));
        addLine();
    }

    connect(addLineButton, &QPushButton::clicked, this, &QuoteEditor::addLine);
    connect(removeLine, &QPushButton::clicked, this, [this] {
        const int row =
            m_items->currentRow() >= 0 ? m_items->currentRow() : m_items->rowCount() - 1;
        if (row >= 0)
            m_items->removeRow(row);
        updateTotals();
    });
    connect(m_items, &QTableWidget::itemChanged, this, &QuoteEditor::updateTotals);
    connect(m_title, &QLineEdit::textChanged, this, &QuoteEditor::updateTotals);
    connect(m_currency, &QComboBox::currentTextChanged, this, &QuoteEditor::updateTotals);
    connect(m_validUntil, &QDateEdit::dateChanged, this, &QuoteEditor::updateTotals);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &QuoteEditor::updateTotals);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QuoteEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QuoteEditor::reject);
    updateTotals();
}

void QuoteEditor::addLine()
{
    const int row = m_items->rowCount();
    m_items->blockSignals(true);
    m_items->insertRow(row);
    const QStringList defaults{QString(),           QStringLiteral("1"), QStringLiteral("0"),
                               QStringLiteral("0"), QStringLiteral("0"), QString()};
    for (int column = 0; column < QuoteColumnCount; ++column) {
        auto *cell = new QTableWidgetItem(defaults.at(column));
        if (column != DescriptionColumn)
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (column == AmountColumn)
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_items->setItem(row, column, cell);
    }
    m_items->blockSignals(false);
    updateTotals();
}

QuoteDraft QuoteEditor::draft() const
{
    QuoteDraft draft;
    draft.title = m_title->text();
    draft.currency = m_currency->currentText();
    draft.validUntil = m_validUntil->date();
    draft.notes = m_notes->toPlainText();
    const int digits = qMax(0, currencyMinorDigits(draft.currency));
    for (int row = 0; row < m_items->rowCount(); ++row) {
        QuoteItem item;
        item.description = quoteCellText(m_items, row, DescriptionColumn);
        item.quantityMilli = typedScaled(quoteCellText(m_items, row, QuantityColumn), 3);
        item.unitPriceMinor = typedScaled(quoteCellText(m_items, row, PriceColumn), digits);
        // Beyond an int reads as out of range, for the rules to refuse.
        item.discountBasisPoints = int(std::clamp<qint64>(
            typedScaled(quoteCellText(m_items, row, DiscountColumn), 2), -1, 1000000));
        item.taxBasisPoints = int(std::clamp<qint64>(
            typedScaled(quoteCellText(m_items, row, TaxColumn), 2), -1, 1000000));
        draft.items.append(item);
    }
    return draft;
}

void QuoteEditor::updateTotals()
{
    const QuoteDraft current = draft();
    // Every figure is the rules' (core/rules/quoterules.h), the same the hub stores and the PDF
    // prints; the editor only writes them down.
    const QuoteTotals totals = quoteTotals(current.items);
    m_items->blockSignals(true);
    for (int row = 0; row < m_items->rowCount() && row < totals.lines.size(); ++row) {
        if (QTableWidgetItem *amount = m_items->item(row, AmountColumn))
            amount->setText(moneyDisplay(totals.lines.at(row).total, current.currency));
    }
    m_items->blockSignals(false);
    m_totals->setText(tr("Subtotal %1 · Discount %2 · Tax %3 · Total %4")
                          .arg(moneyDisplay(totals.subtotal, current.currency),
                               moneyDisplay(totals.discount, current.currency),
                               moneyDisplay(totals.tax, current.currency),
                               moneyDisplay(totals.total, current.currency)));
    const RuleErrors errors = checkQuoteDraft(current, quoteIssueDay(m_existing));
    if (!m_sending)
        m_problem->setText(errors.isEmpty() ? QString() : errors.first().message());
    m_buttons->button(QDialogButtonBox::Save)
        ->setEnabled(errors.isEmpty() && !m_sending && m_quotes.isConnected());
}

void QuoteEditor::accept()
{
    const QuoteDraft current = draft();
    if (m_sending || !checkQuoteDraft(current, quoteIssueDay(m_existing)).isEmpty())
        return;
    m_sending = true;
    m_problem->setText(tr("Saving…"));
    updateTotals();
    QPointer<QuoteEditor> self(this);
    const auto done = [self](const HubResult<Quote> &result) {
        if (!self)
            return;
        self->m_sending = false;
        if (!result.ok()) {
            self->updateTotals();
            self->m_problem->setText(result.error().text());
            return;
        }
        emit self->saved(*result);
        self->QDialog::accept();
    };
    if (m_existing) {
        QuoteChange change;
        change.title = current.title;
        change.currency = current.currency;
        change.validUntil = current.validUntil;
        change.notes = current.notes;
        change.items = current.items;
        m_quotes.update(m_existing->id, change, done);
    } else {
        m_quotes.create(m_recordId, current, done);
    }
}

} // namespace parley::ui
