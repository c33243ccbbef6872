#pragma once

#include "core/domain/agent.h"
#include "core/domain/record.h"
#include "core/mirror/mirror.h"
#include "core/mirror/recordscreenreads.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace parley {
class MirrorStore;
}

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
    // What it shows is read on `store`'s reader thread (readRecordDetail).
    RecordDetail(MirrorStore *store, QuickActions *actions, QWidget *parent = nullptr);

    // Shows the record once it is read; until then the previous one stays, disabled.
    void showRecord(Id recordId);
    // The record asked for is being read.
    bool isLoading() const { return m_asked != 0; }
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

    // The record asked for has been read and shown.
    void loaded();

private:
    void reload();
    void showSheet(const RecordDetailSheet &sheet, bool quotesToo);

    MirrorStore *m_store;
    quint64 m_asked = 0; // the newest read; older answers are dropped
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
