#pragma once

#include "core/domain/agent.h"
#include "core/mirror/mirror.h"
#include "core/mirror/mirrorstore.h"
#include "core/mirror/snoozebook.h"
#include "ui/notify/dbusnotifier.h"
#include "ui/notify/notification.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

class QSystemTrayIcon;
class QTimer;

namespace parley::ui {

class NotificationPresenter;
class RecentNotificationsModel;
class UnreadTrayIcon;

// R7: turns incoming messages into desktop notifications, one per conversation with a count,
// handles their actions (open, snooze, dismiss), re-raises snoozed ones when due (snoozes live
// in the mirror, so also after a restart) and keeps the bell's list of recent notifications.
//
// It shows them through the org.freedesktop.Notifications server when one answers, otherwise
// through the fallback presenter (the tray's balloons by default). Nothing here waits: the
// server is probed asynchronously and notifications raised before it answers are held until
// then. Lives on the UI thread. What it reads after a batch (the messages, the notes naming the
// agent, the conversations' owners and mutes, the agent's choice) is read on the MirrorStore's
// reader thread; the GUI thread only receives the answer and decides with shouldNotify()
// (core/rules/notificationrules.h). Snoozes are kept in the store's SnoozeBook: in memory for
// this thread, written on the store's writer thread. Where announcing starts (the newest message
// in the mirror when the center is made) is read on the reader thread too; batches that come
// before that answer are held, then announced as the first ones (docs/architecture.md).
class NotificationCenter : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<TimestampMs()>;

    // Messages older than this when they reach the desktop (a catch-up after being offline)
    // go to the conversation list's unread counts, not to a flood of notifications.
    static constexpr TimestampMs freshForMs = 30 * 60 * 1000;
    // The snooze timer never sleeps longer, so a suspend or a clock change delays a reminder
    // by at most this much.
    static constexpr int snoozeCheckMs = 60 * 1000;
    // More conversations than this raising at once (the catch-up at sign-in, snoozes due
    // together) make one digest, "11 new messages in 7 conversations", not a stack of bubbles.
    static constexpr int separateAtMost = 3;
    // The digest's notification stands for no single conversation.
    static constexpr Id digestId = -1;

    // The session bus, and the tray as the fallback where a tray exists.
    explicit NotificationCenter(QSqlDatabase mirror, QObject *parent = nullptr);
    // `fallback` may be null (notifications then only reach the bell); the center does not
    // take it over unless it has no parent.
    NotificationCenter(QSqlDatabase mirror, const QDBusConnection &bus,
                       NotificationPresenter *fallback, QObject *parent = nullptr);
    ~NotificationCenter() override;

    // For tests: the time snoozes and freshness are measured against.
    void setClock(Clock clock);
    // The reader thread to ask (the window's), set right after the center is made (before its
    // first question, queued); without one the center opens its own on the mirror's file.
    void setMirrorStore(MirrorStore *store);
    // Who is signed in: "my conversations" and "my department" in the notification choice.
    void setAgent(const Agent &agent);
    // The newest message id the mirror held when the center was made has come back from the
    // reader thread: batches are announced as they come (before, they are held).
    bool isListening() const { return m_listening; }

    bool isEnabled() const { return m_enabled; }
    // Which presenter shows notifications: decided once the server has answered or not.
    bool usesServer() const { return m_server->state() == DBusNotifier::State::Available; }
    bool isProbing() const { return m_server->state() == DBusNotifier::State::Probing; }
    DBusNotifier::ServerInfo serverInfo() const { return m_server->serverInfo(); }
    // The server's id for the conversation's notification; 0 when the server shows none.
    uint serverNotificationId(qint64 conversationId) const
    {
        return m_server->notificationId(conversationId);
    }
    RecentNotificationsModel *recentNotifications() const { return m_recent; }
    // Null where the desktop has no system tray.
    QSystemTrayIcon *trayIcon() const;
    std::optional<TimestampMs> nextReminderAt() { return snoozes()->nextDueAt(); }
    // The snoozes (the store's book; its stored ones arrive with SnoozeBook::loaded).
    SnoozeBook *snoozes();

public slots:
    // From SyncWorker::mirrorChanged: new incoming messages raise notifications.
    void onMirrorChanged(const parley::MirrorChanges &changes);
    // The app's own "Snooze…" menu; false when the time is not positive. Kept at once, written
    // on the store's writer thread (SnoozeBook).
    bool snooze(qint64 conversationId, int minutes);
    // The same until a moment (from the snooze dialog's choices); false when it is not later.
    bool snoozeUntil(qint64 conversationId, qint64 untilAt);
    // Turns desktop notifications off or on (the bell still lists them).
    void setEnabled(bool enabled);
    // The conversation the agent is looking at (0: none, or the window is not active); its
    // messages raise nothing.
    void setFocusedConversation(qint64 conversationId);
    // The agent opened the conversation in the app: its notification is done with.
    void conversationRead(qint64 conversationId);
    // Re-raises the snoozes that are due and sets the timer for the next one; the timer calls
    // it, and the app may after a resume from suspend.
    void checkSnoozes();

signals:
    // Open (or a click on the notification): the window should show this conversation.
    void openConversation(qint64 conversationId);
    // A notification was raised (on screen, or only in the bell while disabled).
    void notified(qint64 conversationId);
    void snoozed(qint64 conversationId, qint64 untilAt);
    // A snooze was made or came due: rows marked as snoozed change.
    void snoozesChanged();
    // The digest was clicked: the window should come up.
    void digestOpened();
    // The server was found or lost; usesServer() tells which.
    void presenterChanged();

private:
    void adoptFallback(NotificationPresenter *fallback);
    MirrorStore *store();
    // Asks the reader thread for the newest message id (once), then startAt() it.
    void askWhereToStart();
    void startAt(Id newest);
    void announceBatch(const MirrorChanges &changes);
    void raise(const Notification &notification);
    void announce(const NotificationBatchReply &reply);
    void announceMentions(const NotificationBatchReply &reply, QList<Notification> *toRaise);
    void announceMessages(const NotificationBatchReply &reply, QList<Notification> *toRaise);
    bool snoozeTakes(Id conversationId, int messageCount);
    // Raises the reminders of snoozes that came due at `at`, for the conversations read.
    void remind(const QList<Snooze> &dueNow, const QHash<Id, Conversation> &conversations,
                TimestampMs at);
    void raiseAll(const QList<Notification> &notifications);
    void presentNow(const Notification &notification);
    void withdrawNow(Id conversationId);
    void serverStateChanged(DBusNotifier::State state);
    void actionInvoked(qint64 conversationId, const QString &action);
    void presenterClosed(qint64 conversationId);
    void armSnoozeTimer();
    // The notification's title: the customer's name, else their number.
    static QString customerTitle(const QString &name, const QString &number);
    QString bodyFor(int messageCount, const QString &lastMessage) const;
    QString describeMessage(const QString &kind, const QString &text, const QString &caption) const;

    QSqlDatabase m_mirror;
    QPointer<MirrorStore> m_store;
    Agent m_me;
    QPointer<SnoozeBook> m_snoozes; // the store's, once asked for
    Clock m_clock;
    DBusNotifier *m_server = nullptr;
    QPointer<NotificationPresenter> m_fallback;
    RecentNotificationsModel *m_recent = nullptr;
    UnreadTrayIcon *m_tray = nullptr;
    QTimer *m_snoozeTimer = nullptr;
    QHash<Id, Notification> m_onScreen; // what each conversation's notification says now
    QList<Notification> m_held;         // raised while the server was being probed
    Id m_announcedUpTo = 0;             // message ids are increasing: each is announced once
    TimestampMs m_madeAt = 0;           // by this desktop's clock, when made
    bool m_askedWhereToStart = false;
    bool m_listening = false;           // m_announcedUpTo is known (isListening)
    QList<MirrorChanges> m_heldBatches; // come before it was
    Id m_focused = 0;
    bool m_enabled = true;
};

} // namespace parley::ui
