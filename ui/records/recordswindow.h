#pragma once

#include "core/domain/agent.h"
#include "core/domain/record.h"
#include "core/mirror/mirror.h"
#include "core/mirror/recordreads.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTimer;
class QTreeWidget;

namespace parley {
class HubClient;
class MirrorStore;
} // namespace parley

namespace parley::ui {

class MergeDialog;
class NewRecordDialog;
class QuickActions;
class RecordDetail;

// The records browser (R9.2, R9.3): Leads, Contacts, Companies and Deals from the mirror (the
// hub sends each agent the records of its scope), searched in any field, filtered by owner and
// read a page at a time; the chosen record opens beside the list with its fields and
// conversations. Agents create leads and contacts here and start a WhatsApp chat from any
// record; admins merge two duplicates (MergeDialog).
class RecordsWindow : public QWidget {
    Q_OBJECT
public:
    // What it shows is read on `store`'s reader thread (the window's).
    RecordsWindow(MirrorStore *store, HubClient *hub, const Agent &me, QWidget *parent = nullptr);
    // Makes its own store over the mirror's file (tests).
    RecordsWindow(QSqlDatabase mirror, HubClient *hub, const Agent &me, QWidget *parent = nullptr);

    static constexpr int pageSize = 50;

    void setModule(Module module);
    Module module() const { return m_module; }
    void setSearch(const QString &text);
    // 0: anyone's records.
    void setOwnerFilter(Id ownerId);
    // A page, the owners, the record beside the list or a record opened is being read; the
    // list shows the rows before until the answer is in.
    bool isLoading() const;
    int rowCount() const;
    Id recordIdAt(int row) const;
    bool hasMore() const;
    // Selects these rows (the merge takes two).
    void selectRecords(const QList<Id> &ids);
    RecordDetail *detail() const { return m_detail; }
    QuickActions *quickActions() const { return m_actions; }

    // The dialogs behind the buttons; non-modal, they delete themselves on close. Null when the
    // agent may not (merge: admins, two leads or contacts chosen).
    NewRecordDialog *newRecord(Module module);
    // The merge dialog opens once the two records are read (false: the agent may not merge
    // what is chosen).
    bool mergeSelected();

public slots:
    void showMore();
    void openRecord(parley::Id recordId);
    void mirrorChanged(const parley::MirrorChanges &changes);

signals:
    void conversationRequested(parley::Id conversationId);
    void chatRequested(parley::Id personRecordId);

private:
    // Reads the first `count` records of the current query again.
    void reload(int count);
    void appendPage(Id beforeId);
    RecordQuery query(int limit, Id beforeId) const;
    // Shows the records read; `replace` false: they follow the rows shown (the next page).
    void showRecords(const QList<Record> &records, int limit, bool replace);
    void selectionChanged();
    void fillOwners();
    QList<Id> selectedIds() const;

    MirrorStore *m_store;
    quint64 m_pageAsked = 0;   // the newest page read; older answers are dropped
    quint64 m_ownersAsked = 0; // the agents for the owner filter
    quint64 m_openAsked = 0;   // a record opened (openRecord)
    quint64 m_mergeAsked = 0;  // the two records to merge
    QList<Id> m_selectAfter;   // rows to select once the page asked has come
    HubClient *m_hub;
    Agent m_me;
    Module m_module = Module::Leads;
    QuickActions *m_actions = nullptr;
    QTabBar *m_modules = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_owner = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_newLead = nullptr;
    QPushButton *m_newContact = nullptr;
    QPushButton *m_merge = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchDelay = nullptr;
    RecordDetail *m_detail = nullptr;
    QHash<Id, QString> m_agentNames;
    bool m_lastPageFull = false;
};

} // namespace parley::ui
