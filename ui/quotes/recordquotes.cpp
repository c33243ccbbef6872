#include "ui/quotes/recordquotes.h"

#include "core/rules/quoterules.h"
#include "ui/admin/creditformat.h"
#include "ui/quotes/quoteeditor.h"
#include "ui/quotes/quotepdf.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {

QString quoteSummary(const Quote &quote)
{
    return RecordQuotes::tr("%1 · %2 · %3 · %4")
        .arg(quote.number, quote.content.title,
             moneyDisplay(quoteTotals(quote.content.items).total, quote.content.currency),
             quoteStatusText(quote.status));
}

RecordQuotes::RecordQuotes(HubClient *hub, QWidget *parent)
    : QGroupBox(tr("Quotes"), parent), m_hub(hub), m_api(HubApi(hub))
{
    setObjectName(QStringLiteral("recordQuotes"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recordQuoteList"));
    m_list->setAccessibleName(tr("Quotes"));
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_new = new QPushButton(tr("New quote…"), this);
    m_new->setObjectName(QStringLiteral("newQuote"));
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editQuote"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    connect(m_new, &QPushButton::clicked, this, [this] { openEditor(std::nullopt); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_quotes.size())
            openEditor(m_quotes.at(row));
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &RecordQuotes::updateButtons);
    updateButtons();
}

void RecordQuotes::showRecord(Id recordId, Module module)
{
    m_recordId = quoteModuleAllowed(module) ? recordId : 0;
    setVisible(m_recordId != 0);
    m_quotes.clear();
    m_list->clear();
    if (m_recordId != 0)
        reload();
    updateButtons();
}

void RecordQuotes::reload()
{
    m_state->setText(tr("Loading quotes…"));
    const Id asked = m_recordId;
    QPointer<RecordQuotes> self(this);
    m_api.listForRecord(asked, [self, asked](const HubResult<QList<Quote>> &result) {
        if (!self || self->m_recordId != asked)
            return;
        self->m_list->clear();
        self->m_quotes = result.ok() ? *result : QList<Quote>();
        for (const Quote &quote : self->m_quotes)
            self->m_list->addItem(quoteSummary(quote));
        self->m_state->setText(!result.ok()               ? result.error().text()
                               : self->m_quotes.isEmpty() ? tr("No quotes yet.")
                                                          : QString());
        self->updateButtons();
        emit self->loaded();
    });
}

void RecordQuotes::openEditor(const std::optional<Quote> &existing)
{
    auto *editor = new QuoteEditor(m_hub, m_recordId, existing, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QuoteEditor::saved, this, [this] { reload(); });
    editor->open();
}

void RecordQuotes::updateButtons()
{
    const int row = m_list->currentRow();
    m_new->setEnabled(m_recordId != 0 && m_api.isConnected());
    m_edit->setEnabled(row >= 0 && row < m_quotes.size() &&
                       m_quotes.at(row).status == QuoteStatus::Draft);
}

} // namespace parley::ui
