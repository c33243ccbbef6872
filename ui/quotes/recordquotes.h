#pragma once

#include "core/domain/quote.h"
#include "core/sync/quotesapi.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace parley::ui {

// The quotes of the record shown in the records browser (R4.7): number, title, total and
// status, newest first, read from the hub when the record is shown (quotes are not mirrored);
// "New quote…" and "Edit…" (drafts only) open the QuoteEditor.
class RecordQuotes : public QGroupBox {
    Q_OBJECT
public:
    RecordQuotes(HubClient *hub, QWidget *parent = nullptr);

    // Reads the record's quotes; modules without quotes (companies) hide the section.
    void showRecord(Id recordId, Module module);
    QListWidget *list() const { return m_list; }
    QPushButton *newQuote() const { return m_new; }
    QPushButton *editQuote() const { return m_edit; }
    const QList<Quote> &quotes() const { return m_quotes; }

signals:
    // The list was read again (after showRecord or a save).
    void loaded();

private:
    void reload();
    void openEditor(const std::optional<Quote> &existing);
    void updateButtons();

    HubClient *m_hub;
    QuotesApi m_api;
    Id m_recordId = 0;
    QList<Quote> m_quotes;
    QListWidget *m_list = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
};

// "Q-2026-0001 · Website redesign · US$3,240.46 · Draft": a quote in one line, for lists.
QString quoteSummary(const Quote &quote);

} // namespace parley::ui
