#pragma once

#include "core/domain/agent.h"
#include "core/domain/record.h"
#include "core/mirror/mirror.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace parley::ui {

class QuickActions;
class RecordFieldsEditor;
class RecordQuotes;

// One record opened in the records browser (R9.3): its fields, editable in place as in the
// record panel beside the chat (RecordFieldsEditor, saved through QuickActions), its owner,
// and the conversations that belong to it, newest first. "Start WhatsApp chat" works from any
// record: a lead or contact is the customer itself, a deal its contact or lead, a company its
// newest contact.
class RecordDetail : public QWidget {
    Q_OBJECT
public:
    RecordDetail(QSqlDatabase mirror, QuickActions *actions, QWidget *parent = nullptr);

    void showRecord(Id recordId);
    Id recordId() const { return m_record.id; }
    // The lead or contact a chat from this record goes to; 0 when it has none.
    Id chatPersonId() const { return m_chatPerson; }
    RecordFieldsEditor *fields() const { return m_fields; }
    // R4.7: shows the record's quotes above its conversations (leads, contacts and deals).
    void setQuotes(RecordQuotes *quotes);
    RecordQuotes *quotes() const { return m_quotes; }
    int conversationCount() const;
    Id conversationAt(int row) const;

public slots:
    // Re-reads the record when the batch touched records or conversations.
    void refresh(const parley::MirrorChanges &changes);

signals:
    void conversationRequested(parley::Id conversationId);
    // A chat with this lead or contact (NewChatDialog in record mode).
    void chatRequested(parley::Id personRecordId);

private:
    // False when the record is not in the mirror (merged away, out of scope, not arrived yet).
    bool reload();
    Id findChatPerson() const;

    QSqlDatabase m_db;
    QuickActions *m_actions;
    Record m_record;
    Id m_chatPerson = 0;
    QLabel *m_heading = nullptr;
    QLabel *m_owner = nullptr;
    RecordFieldsEditor *m_fields = nullptr;
    QListWidget *m_conversations = nullptr;
    QPushButton *m_startChat = nullptr;
    QLabel *m_empty = nullptr;
    QVBoxLayout *m_column = nullptr; // the parts, top to bottom
    RecordQuotes *m_quotes = nullptr;
};

} // namespace parley::ui
