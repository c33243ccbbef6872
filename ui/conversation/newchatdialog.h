#pragma once

#include "core/domain/messagetemplate.h"
#include "core/mirror/screenreads.h"

#include <QDialog>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;

namespace parley {
class HubClient;
class MirrorStore;
} // namespace parley

namespace parley::ui {

class TemplateValuesForm;

// R2.4 "New WhatsApp chat": only a customer can start a free-form conversation, so a chat the
// business starts opens with an approved template; free replies follow once the customer
// answers.
//
// R9.3: the customer is picked from the team's contacts (or a deal's contact) with one of its
// numbers, or a number is typed; either way the hub looks the number up, so no second lead.
//
// Opened for a record, it is R6.5 "Send WhatsApp template": the number is one of the record's
// (Mobile, Phone), the templates are the approved ones of the record's module, the preview
// shows the record's values, and the chat belongs to that record.
class NewChatDialog : public QDialog {
    Q_OBJECT
public:
    // `choices`: read on the mirror's reader thread (MirrorStore::read, readNewChatChoices);
    // their forRecord decides the mode.
    NewChatDialog(const NewChatChoices &choices, HubClient *hub, QWidget *parent = nullptr);
    // Read the choices themselves, on this thread (tests).
    NewChatDialog(QSqlDatabase mirror, HubClient *hub, QWidget *parent = nullptr);
    NewChatDialog(QSqlDatabase mirror, HubClient *hub, Id recordId, QWidget *parent = nullptr);

    Id recordId() const { return m_record ? m_record->id : 0; }
    int templateCount() const;
    // The record's numbers offered (record mode only).
    int numberCount() const;
    bool canSend() const;
    // Plain mode: the number typed; record mode or a picked customer: selects that one of the
    // record's numbers.
    void setNumber(const QString &number);
    // Plain mode: the contact, or the deal whose contact (or lead) the chat goes to; 0 goes back
    // to a typed number. False when the record is not offered.
    bool chooseCustomer(Id recordId);
    // The lead or contact the chat will belong to (0: a typed number).
    Id customerRecordId() const;
    bool chooseTemplate(Id templateId);
    QString previewText() const;
    QString problemText() const;

public slots:
    void send();

signals:
    void started(parley::Id conversationId);

private:
    void build(const NewChatChoices &choices);
    void loadCustomers(const NewChatChoices &choices);
    void customerChosen();
    void updateState();
    QString customerNumber() const;

    HubClient *m_hub;
    std::optional<Record> m_record;
    bool m_recordMissing = false;
    QList<MessageTemplate> m_templates;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_number = nullptr;
    QComboBox *m_recordNumber = nullptr;
    QComboBox *m_customer = nullptr; // plain mode: a contact or deal, or none
    QHash<Id, Record> m_people;      // the leads and contacts the picker points at
    QHash<Id, Id> m_dealPerson;      // a deal offered → the person the chat goes to
    QLineEdit *m_name = nullptr;
    QComboBox *m_template = nullptr;
    TemplateValuesForm *m_values = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_send = nullptr;
    bool m_sending = false;
};

// Reads what the dialog offers on `store`'s reader thread and then opens it (deleted on close)
// over `parent`, for a record when `recordId` is not 0; `opened` gets it first, to fill in or
// connect. Nothing opens when `parent` is gone by then.
void openNewChatDialog(MirrorStore *store, HubClient *hub, Id recordId, QWidget *parent,
                       std::function<void(NewChatDialog *)> opened);

} // namespace parley::ui
