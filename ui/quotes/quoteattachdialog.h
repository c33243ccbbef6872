#pragma once

#include "core/domain/conversation.h"
#include "core/domain/quote.h"
#include "core/mirror/screenreads.h"
#include "core/sync/quotesapi.h"

#include <QDialog>
#include <QSqlDatabase>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace parley::ui {

class AttachmentSender;

// "Attach quote…" in the composer (R4.7, Zoho CRM's "choose a quote associated with the lead,
// create a new quote, or send an available one"): the quotes of the conversation's lead or
// contact and of the deals linked to it (core/domain/recordlinks.h), plus "New quote…". The
// chosen quote is rendered to PDF ("Quote Q-….pdf"), sent as a WhatsApp document through the
// same outbox as any file (AttachmentSender), and marked sent on the hub.
class QuoteAttachDialog : public QDialog {
    Q_OBJECT
public:
    // `recipients`: read on the mirror's reader thread (MirrorStore::read,
    // readQuoteRecipients).
    QuoteAttachDialog(const QuoteRecipients &recipients, HubClient *hub, AttachmentSender *sender,
                      const Conversation &conversation, QWidget *parent = nullptr);
    // Reads the recipients itself, on this thread.
    QuoteAttachDialog(QSqlDatabase mirror, HubClient *hub, AttachmentSender *sender,
                      const Conversation &conversation, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *newQuote() const { return m_new; }
    QLabel *problem() const { return m_problem; }
    const QList<Quote> &quotes() const { return m_quotes; }
    // The records whose quotes are offered: the lead or contact first, then its deals.
    const QList<Id> &recordIds() const { return m_records; }

    // Sends the selected quote.
    void accept() override;

signals:
    // The quotes of every record were read.
    void loaded();
    // The PDF is in the outbox; `quote` as the hub stored it once marked sent.
    void sent(const parley::Quote &quote);

private:
    void reload();
    void updateButtons();

    HubClient *m_hub;
    QuotesApi m_api;
    AttachmentSender *m_sender;
    Conversation m_conversation;
    QString m_business; // whom the PDF comes from
    QList<Id> m_records;
    QString m_preparedFor; // the PDF's customer, whichever of m_records the quote is of
    QList<Quote> m_quotes;
    int m_pending = 0;
    Id m_chosen = 0; // the quote to select once read (one just made)
    int m_generation = 0;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace parley::ui
