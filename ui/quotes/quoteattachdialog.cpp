#include "ui/quotes/quoteattachdialog.h"

#include "core/rules/quoterules.h"
#include "ui/conversation/attachmentsender.h"
#include "ui/quotes/quoteeditor.h"
#include "ui/quotes/quotepdf.h"
#include "ui/quotes/recordquotes.h"
#include "ui/record/recordtitle.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace parley::ui {

QuoteAttachDialog::QuoteAttachDialog(QSqlDatabase mirror, HubClient *hub, AttachmentSender *sender,
                                     const Conversation &conversation, QWidget *parent)
    : QuoteAttachDialog(readQuoteRecipients(mirror, conversation), hub, sender, conversation,
                        parent)
{}

QuoteAttachDialog::QuoteAttachDialog(const QuoteRecipients &recipients, HubClient *hub,
                                     AttachmentSender *sender, const Conversation &conversation,
                                     QWidget *parent)
    : QDialog(parent), m_hub(hub), m_api(HubApi(hub)), m_sender(sender),
      m_conversation(conversation), m_business(recipients.business)
{
    setObjectName(QStringLiteral("quoteAttachDialog"));
    setWindowTitle(tr("Attach quote"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachQuoteList"));
    m_list->setAccessibleName(tr("Quotes of this customer"));
    m_new = new QPushButton(tr("New quote…"), this);
    m_new->setObjectName(QStringLiteral("attachNewQuote"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("attachQuoteProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Send quote"), QDialogButtonBox::AcceptRole)
        ->setObjectName(QStringLiteral("sendQuote"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Quotes of the customer and their deals:"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(m_new, 0, Qt::AlignLeft);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, 380);

    // The conversation's lead or contact, and the deals that name it.
    if (const std::optional<Record> &person = recipients.person) {
        // Whom the PDF is prepared for: the record's name, else the name WhatsApp gave, else
        // the number; a deal's quote too is prepared for the person the chat is with.
        m_preparedFor = recordTitle(*person);
        for (const QString &fallback : {conversation.customerName, conversation.customerNumber}) {
            if (m_preparedFor.trimmed().isEmpty())
                m_preparedFor = fallback;
        }
        m_records.append(person->id);
        for (const Record &deal : recipients.deals)
            m_records.append(deal.id);
    }
    connect(m_new, &QPushButton::clicked, this, [this] {
        auto *editor = new QuoteEditor(m_hub, m_records.value(0), std::nullopt, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        // The new quote is the one to send: chosen once the list is read again.
        connect(editor, &QuoteEditor::saved, this, [this](const Quote &quote) {
            m_chosen = quote.id;
            reload();
        });
        editor->open();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &QuoteAttachDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QuoteAttachDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QuoteAttachDialog::reject);
    reload();
}

void QuoteAttachDialog::reload()
{
    m_quotes.clear();
    m_list->clear();
    m_pending = int(m_records.size());
    const int generation = ++m_generation;
    if (m_records.isEmpty())
        m_problem->setText(tr("This conversation has no lead or contact to quote."));
    updateButtons();
    QPointer<QuoteAttachDialog> self(this);
    for (const Id record : m_records) {
        m_api.listForRecord(record, [self, generation](const HubResult<QList<Quote>> &result) {
            if (!self || self->m_generation != generation)
                return;
            if (result.ok())
                self->m_quotes.append(*result);
            else
                self->m_problem->setText(result.error().text());
            if (--self->m_pending > 0)
                return;
            std::sort(self->m_quotes.begin(), self->m_quotes.end(),
                      [](const Quote &a, const Quote &b) { return a.id > b.id; });
            for (const Quote &quote : self->m_quotes)
                self->m_list->addItem(quoteSummary(quote));
            qsizetype chosen = 0;
            for (qsizetype i = 0; i < self->m_quotes.size(); ++i) {
                if (self->m_quotes.at(i).id == self->m_chosen)
                    chosen = i;
            }
            if (!self->m_quotes.isEmpty())
                self->m_list->setCurrentRow(int(chosen));
            self->updateButtons();
            emit self->loaded();
        });
    }
}

void QuoteAttachDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_new->setEnabled(!m_records.isEmpty() && m_api.isConnected());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_sender && row >= 0 && row < m_quotes.size());
    }
}

void QuoteAttachDialog::accept()
{
    const int row = m_list->currentRow();
    if (!m_sender || row < 0 || row >= m_quotes.size())
        return;
    const Quote quote = m_quotes.at(row);
    const QByteArray pdf = renderQuotePdf({quote, m_business, m_preparedFor});
    // The outbox copies the file when it queues it; the copy here is the one the agent could
    // open again, kept with the app's cache.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                               .filePath(QStringLiteral("quotes/%1").arg(quote.id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(quotePdfFileName(quote));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(pdf) != pdf.size()) {
        m_problem->setText(tr("The quote's PDF could not be written: %1").arg(file.errorString()));
        return;
    }
    file.close();
    const QStringList problems = m_sender->send(m_conversation.id, {path}, QString());
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    // Queued is as good as sent: the outbox delivers it once (R10.1). An accepted or declined
    // quote sent again keeps the customer's answer.
    if (quoteStatusChangeAllowed(quote.status, QuoteStatus::Sent)) {
        QuoteChange change;
        change.status = QuoteStatus::Sent;
        QPointer<QuoteAttachDialog> self(this);
        m_api.update(quote.id, change, [self](const HubResult<Quote> &result) {
            if (self && result.ok())
                emit self->sent(*result);
        });
    }
    QDialog::accept();
}

} // namespace parley::ui
