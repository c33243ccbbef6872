#pragma once

#include "core/domain/activity.h"
#include "core/domain/agent.h"
#include "core/domain/conversation.h"
#include "core/domain/record.h"
#include "core/sync/notificationsapi.h"
#include "core/sync/recordsapi.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

class QAbstractItemView;
class QInputDialog;
class QMenu;
class QWidget;

namespace parley {
class MirrorStore;
}

namespace parley::ui {

class ActivityDialog;

// The quick actions on a conversation and its record (R3.5, R7.3), shared by the conversation
// list's context menu and the record panel: assign, open/close, notes, activities, record
// fields and new records. Every command is an asynchronous hub call; its outcome comes back
// through finished(), the data itself through the sync stream into the mirror. View-only
// agents (R4.6) get the same menu with every action disabled and a tooltip saying why.
class QuickActions : public QObject {
    Q_OBJECT
public:
    // Called once the hub answered a record command, with the record as the hub stored it.
    using RecordDone = std::function<void(const HubResult<Record> &record)>;

    // `store`: where the menus' choices are read (its reader thread).
    QuickActions(MirrorStore *store, HubClient *hub, const Agent &me, QObject *parent = nullptr);
    // Makes its own store over the mirror's file (tests).
    QuickActions(QSqlDatabase mirror, HubClient *hub, const Agent &me, QObject *parent = nullptr);

    bool canChange() const;
    Id myId() const { return m_me.id; }

    // Right-clicking a row of `view` (rows carry ConversationListModel::ConversationRole) opens
    // menuFor() on that conversation.
    void attachTo(QAbstractItemView *view);
    // A new menu, parented to `parent`, with the actions on `conversation`. The agents to
    // assign to and the mute are read on the store's reader thread: until they arrive the
    // "Assign to" menu says "Loading…" and the mute is disabled; then menuLoaded(menu).
    QMenu *menuFor(const Conversation &conversation, QWidget *parent);

    // Non-modal dialogs that run the command once accepted; they delete themselves on close.
    QInputDialog *askNote(Id conversationId, QWidget *parent);
    ActivityDialog *askActivity(const Conversation &conversation, ActivityKind kind,
                                QWidget *parent);

    void assign(Id conversationId, Id ownerId);
    void setStatus(Id conversationId, ConversationStatus status);
    void addNote(Id conversationId, const QString &text);
    void createActivity(Id recordId, Id conversationId, ActivityKind kind, const QString &title,
                        TimestampMs dueAt);
    void setActivityDone(Id activityId, bool done);
    // The agent's own mute of the conversation's notifications (issue #12); viewers too.
    void setMuted(Id conversationId, bool muted);
    void updateRecord(Id recordId, const QVariantMap &fields, Id ownerId = 0,
                      RecordDone done = nullptr);
    void createRecord(Module module, const QVariantMap &fields, RecordDone done = nullptr);

signals:
    // A translated line for a status bar: what was done, or why it was not.
    void finished(bool ok, const QString &message);
    // The menu's agents and mute have arrived.
    void menuLoaded(QMenu *menu);

private:
    // Says how a command ended on finished(); hands the result on to `then`.
    template <typename T>
    HubCallback<T> report(const QString &doneText,
                          std::function<void(const HubResult<T> &)> then = nullptr);
    // False, with the reason on finished(), for a view-only agent.
    bool mayChange();

    MirrorStore *m_store;
    RecordsApi m_records;
    NotificationsApi m_notificationSettings;
    Agent m_me;
};

} // namespace parley::ui
