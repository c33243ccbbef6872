#pragma once

#include "core/domain/quote.h"
#include "core/sync/quotesapi.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace parley::ui {

// "New quote…" and the edit of a draft (R4.7): title, currency, validity, notes and the line
// items table, with the totals computed as the agent types by the same rules the hub applies
// (core/rules/quoterules.h) and the rules' own words for what is wrong. Saves through QuotesApi
// and stays open, saying why, when the hub refuses; saved() with the quote as the hub stored it.
class QuoteEditor : public QDialog {
    Q_OBJECT
public:
    // `existing` set: edits that draft; otherwise a new quote for `recordId`.
    QuoteEditor(HubClient *hub, Id recordId, const std::optional<Quote> &existing,
                QWidget *parent = nullptr);

    QLineEdit *title() const { return m_title; }
    QComboBox *currency() const { return m_currency; }
    QDateEdit *validUntil() const { return m_validUntil; }
    QPlainTextEdit *notes() const { return m_notes; }
    QTableWidget *items() const { return m_items; }
    QLabel *totals() const { return m_totals; }
    QLabel *problem() const { return m_problem; }
    // Appends an empty line item row (the "Add line" button).
    void addLine();
    // What the form holds, as the rules read it.
    QuoteDraft draft() const;

    void accept() override;

signals:
    void saved(const parley::Quote &quote);

private:
    void updateTotals();

    QuotesApi m_quotes;
    Id m_recordId = 0;
    std::optional<Quote> m_existing;
    QLineEdit *m_title = nullptr;
    QComboBox *m_currency = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_items = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_sending = false;
};

} // namespace parley::ui
