#pragma once

#include "core/domain/activity.h"
#include "core/domain/agent.h"
#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/domain/record.h"
#include "core/mirror/mirror.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QInputDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace parley {
class HubClient;
class MirrorStore;
struct RecordSheet;
} // namespace parley

namespace parley::ui {

class ActivityDialog;
class ConversationPane;
class QuickActions;
class RecordFieldsEditor;

// The record beside the chat (R4.5): the lead or contact with its fields, its company, its
// deals, the conversation's notes and the record's activities, the conversation's owner and
// status. Every change is a hub command (QuickActions); what changed comes back through the
// sync stream, so the panel redraws from the mirror and never waits on the network. What it
// shows is read on the store's reader thread (MirrorStore::read, readRecordSheet): the GUI thread
// never waits on the mirror either. View-only agents (R4.6) see all of it with every control
// disabled.
class RecordPanel : public QWidget {
    Q_OBJECT
public:
    // `store` reads what the panel shows, its menus and pickers; without one, the panel makes
    // its own over the mirror's file (`mirror`).
    RecordPanel(MirrorStore *store, QSqlDatabase mirror, HubClient *hub, const Agent &me,
                QWidget *parent = nullptr);
    RecordPanel(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent = nullptr);

    // Shows whatever conversation `pane` shows, and adds its messages as notes on request.
    void follow(ConversationPane *pane);
    void showConversation(const Conversation &conversation);
    Id recordId() const { return m_record.id; }
    // The conversation's record is being read; the panel is disabled while it shows another
    // conversation's.
    bool isLoading() const { return m_asked != 0; }
    QuickActions *quickActions() const { return m_actions; }
    RecordFieldsEditor *fields() const { return m_fields; }
    QString messageText() const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    // The panel's width beside a conversation when the window has room for it.
    static constexpr int preferredWidth = 320;

    // The dialogs behind the panel's buttons; non-modal, they delete themselves on close.
    ActivityDialog *newActivity(ActivityKind kind);
    QInputDialog *addNote();
    QInputDialog *newDeal();
    // The companies to choose from are read on the store's reader thread; the dialog
    // ("companyDialog") opens once they are in.
    void linkCompany();

public slots:
    void refresh(const parley::MirrorChanges &changes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // R6.5: "Send WhatsApp template" from the record; the dialog lives elsewhere.
    void sendTemplateRequested(parley::Id recordId);
    // What the panel shows is the mirror's for the conversation now shown.
    void loaded();

private:
    void reload();
    void showSheet(const RecordSheet &sheet);
    void fillOwners(QComboBox *combo, Id current, bool withNobody);
    void fillCompanyAndDeals(const RecordSheet &sheet);
    void fillActivities(const QList<Activity> &activities);
    void openCompanyPicker(const QList<Record> &companies);
    void fillNotes(const QList<Message> &notes);
    void showOutcome(bool ok, const QString &message);
    QGroupBox *section(const QString &title, const char *name);
    void takeRoomBesideTheChat();

    QSqlDatabase m_db;
    MirrorStore *m_store;
    quint64 m_asked = 0;        // the reload on its way
    quint64 m_companyAsked = 0; // the company picker's choices on their way
    Agent m_me;
    bool m_editable = false;
    QuickActions *m_actions = nullptr;
    Conversation m_conversation;
    Record m_record;
    Id m_companyId = 0;
    QList<Agent> m_agents; // every agent, inactive ones too
    QHash<Id, QString> m_agentNames;

    QScrollArea *m_scroll = nullptr;
    QLabel *m_heading = nullptr;
    QComboBox *m_assignee = nullptr;
    QPushButton *m_sendTemplate = nullptr;
    QWidget *m_recordPart = nullptr;
    RecordFieldsEditor *m_fields = nullptr;
    QComboBox *m_recordOwner = nullptr;
    QLabel *m_company = nullptr;
    QListWidget *m_deals = nullptr;
    QListWidget *m_activities = nullptr;
    QListWidget *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QList<QWidget *> m_controls; // disabled for view-only agents
};

} // namespace parley::ui
