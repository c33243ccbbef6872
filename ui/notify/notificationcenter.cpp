#include "ui/notify/notificationcenter.h"

#include "core/mirror/notificationreads.h"
#include "core/rules/notificationrules.h"
#include "ui/notify/recentnotificationsmodel.h"
#include "ui/notify/traypresenter.h"
#include "ui/notify/unreadtrayicon.h"

#include <QDateTime>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace parley::ui {
NotificationCenter::NotificationCenter(QSqlDatabase mirror, QObject *parent)
    : NotificationCenter(mirror, QDBusConnection::sessionBus(), nullptr, parent)
{
    if (m_tray)
        adoptFallback(new TrayPresenter(m_tray, this));
}

NotificationCenter::NotificationCenter(QSqlDatabase mirror, const QDBusConnection &bus,
                                       NotificationPresenter *fallback, QObject *parent)
    : QObject(parent), m_mirror(mirror),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_madeAt(QDateTime::currentMSecsSinceEpoch())
{
    m_recent = new RecentNotificationsModel(this);
    m_snoozeTimer = new QTimer(this);
    m_snoozeTimer->setSingleShot(true);
    connect(m_snoozeTimer, &QTimer::timeout, this, &NotificationCenter::checkSnoozes);

    m_server = new DBusNotifier(bus, this);
    connect(m_server, &DBusNotifier::stateChanged, this, &NotificationCenter::serverStateChanged);
    connect(m_server, &NotificationPresenter::actionInvoked, this,
            &NotificationCenter::actionInvoked);
    connect(m_server, &NotificationPresenter::closed, this, &NotificationCenter::presenterClosed);
    connect(m_server, &NotificationPresenter::failed, this, [this](const Notification &n) {
        // The server vanished under this notification: the fallback shows what it said.
        if (m_enabled && m_onScreen.contains(n.conversationId) && m_fallback)
            m_fallback->present(m_onScreen.value(n.conversationId));
    });
    if (fallback)
        adoptFallback(fallback);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new UnreadTrayIcon(this);
        connect(m_recent, &RecentNotificationsModel::unreadCountChanged, m_tray,
                &UnreadTrayIcon::setUnreadCount);
        m_tray->show();
    }

    // Where announcing starts is read on the reader thread, once the window has handed over its
    // store (setMirrorStore, right after this), or at the first batch if that comes first.
    QMetaObject::invokeMethod(this, &NotificationCenter::askWhereToStart, Qt::QueuedConnection);
    if (m_server->state() == DBusNotifier::State::Probing)
        m_server->probe();
    // Snoozes due during a restart come back once the app has connected to our signals and
    // the stored snoozes have arrived (snoozes()).
    QMetaObject::invokeMethod(this, &NotificationCenter::checkSnoozes, Qt::QueuedConnection);
}

NotificationCenter::~NotificationCenter() = default;

void NotificationCenter::adoptFallback(NotificationPresenter *fallback)
{
    m_fallback = fallback;
    if (!fallback->parent())
        fallback->setParent(this);
    connect(fallback, &NotificationPresenter::actionInvoked, this,
            &NotificationCenter::actionInvoked);
    connect(fallback, &NotificationPresenter::closed, this, &NotificationCenter::presenterClosed);
}

void NotificationCenter::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QSystemTrayIcon *NotificationCenter::trayIcon() const
{
    return m_tray;
}

void NotificationCenter::setMirrorStore(MirrorStore *store)
{
    m_store = store;
}

void NotificationCenter::setAgent(const Agent &agent)
{
    m_me = agent;
}

MirrorStore *NotificationCenter::store()
{
    if (!m_store)
        m_store = new MirrorStore(m_mirror.databaseName(), this);
    return m_store;
}

void NotificationCenter::onMirrorChanged(const MirrorChanges &changes)
{
    if (!m_listening) {
        askWhereToStart();
        m_heldBatches.append(changes);
        return;
    }
    announceBatch(changes);
}

void NotificationCenter::announceBatch(const MirrorChanges &changes)
{
    QList<Id> fresh;
    for (Id id : changes.messages) {
        if (id > m_announcedUpTo)
            fresh.append(id);
    }
    for (Id id : std::as_const(fresh))
        m_announcedUpTo = qMax(m_announcedUpTo, id);
    if (fresh.isEmpty() && changes.mentions.isEmpty())
        return;
    std::sort(fresh.begin(), fresh.end());
    QList<Id> notes(changes.mentions.cbegin(), changes.mentions.cend());
    std::sort(notes.begin(), notes.end());
    // Read on the reader thread; the answers come back in the order asked.
    store()->notificationBatch(
        fresh, notes, m_clock() - freshForMs,
        [self = QPointer<NotificationCenter>(this)](const NotificationBatchReply &reply) {
            if (self)
                self->announce(reply);
        });
}

void NotificationCenter::announce(const NotificationBatchReply &reply)
{
    QList<Notification> toRaise;
    announceMentions(reply, &toRaise);
    announceMessages(reply, &toRaise);
    raiseAll(toRaise);
}

void NotificationCenter::announceMentions(const NotificationBatchReply &reply,
                                          QList<Notification> *toRaise)
{
    // A note naming this agent (issue #12): "Ana mentioned you", the note as the body. Old
    // ones that arrive with a catch-up raise nothing, as for customers' messages.
    for (const MentionNote &note : reply.mentions) {
        if (note.conversationId == m_focused ||
            !shouldNotify(m_me, reply.settings.notify, NotifyCause::Mention, note.target))
            continue;
        Notification n;
        n.conversationId = note.conversationId;
        n.title = note.authorName.isEmpty() ? tr("You were mentioned in a note")
                                            : tr("%1 mentioned you").arg(note.authorName);
        n.body = note.text;
        n.at = m_clock();
        toRaise->append(n);
    }
}

void NotificationCenter::announceMessages(const NotificationBatchReply &reply,
                                          QList<Notification> *toRaise)
{
    // Grouped by conversation, in the order the messages arrived.
    QList<Id> order;
    QHash<Id, QList<IncomingMessage>> byConversation;
    for (const IncomingMessage &message : reply.incoming) {
        if (!byConversation.contains(message.conversationId))
            order.append(message.conversationId);
        byConversation[message.conversationId].append(message);
    }
    for (Id conversationId : std::as_const(order)) {
        const QList<IncomingMessage> &messages = byConversation[conversationId];
        const IncomingMessage &last = messages.last();
        // The agent's choice and mutes (issue #12): a muted conversation still counts unread in
        // the list, it only pops nothing.
        if (conversationId == m_focused ||
            !shouldNotify(m_me, reply.settings.notify, NotifyCause::CustomerMessage, last.target))
            continue;
        // The agent asked to be reminded later: the reminder will count these too.
        if (snoozeTakes(conversationId, int(messages.size())))
            continue;
        Notification n;
        n.conversationId = conversationId;
        n.title = customerTitle(last.customerName, last.customerNumber);
        const auto onScreen = m_onScreen.constFind(conversationId);
        n.messageCount =
            (onScreen != m_onScreen.cend() ? onScreen->messageCount : 0) + int(messages.size());
        n.body = bodyFor(n.messageCount, describeMessage(last.kind, last.text, last.caption));
        n.at = m_clock();
        toRaise->append(n);
    }
}

void NotificationCenter::raiseAll(const QList<Notification> &notifications)
{
    if (notifications.size() <= separateAtMost) {
        for (const Notification &n : notifications)
            raise(n);
        return;
    }
    // Each still goes to the bell; the screen gets one digest.
    int messages = 0;
    for (const Notification &n : notifications) {
        m_recent->add(n);
        emit notified(n.conversationId);
        messages += n.messageCount;
    }
    if (!m_enabled)
        return;
    Notification digest;
    digest.conversationId = digestId;
    digest.title = tr("Parley");
    digest.body =
        tr("%n new messages in %1 conversations", nullptr, messages).arg(notifications.size());
    digest.messageCount = messages;
    digest.at = m_clock();
    m_onScreen.insert(digestId, digest);
    presentNow(digest);
}

void NotificationCenter::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        for (Id conversationId : m_onScreen.keys())
            withdrawNow(conversationId);
    }
}

void NotificationCenter::setFocusedConversation(qint64 conversationId)
{
    m_focused = conversationId;
    if (conversationId != 0)
        conversationRead(conversationId);
}

void NotificationCenter::conversationRead(qint64 conversationId)
{
    withdrawNow(conversationId);
    m_recent->markRead(conversationId);
}

void NotificationCenter::raise(const Notification &notification)
{
    m_recent->add(notification);
    emit notified(notification.conversationId);
    if (!m_enabled)
        return;
    m_onScreen.insert(notification.conversationId, notification);
    presentNow(notification);
}

void NotificationCenter::presentNow(const Notification &notification)
{
    switch (m_server->state()) {
    case DBusNotifier::State::Probing:
        m_held.append(notification);
        break;
    case DBusNotifier::State::Available:
        m_server->present(notification);
        break;
    case DBusNotifier::State::Missing:
        if (m_fallback)
            m_fallback->present(notification);
        break;
    }
}

void NotificationCenter::withdrawNow(Id conversationId)
{
    m_onScreen.remove(conversationId);
    m_held.removeIf(
        [conversationId](const Notification &n) { return n.conversationId == conversationId; });
    m_server->withdraw(conversationId);
    if (m_fallback)
        m_fallback->withdraw(conversationId);
}

void NotificationCenter::serverStateChanged(DBusNotifier::State state)
{
    if (state == DBusNotifier::State::Probing)
        return;
    // Only the latest word of each conversation is shown; older held ones are stale.
    const QList<Notification> held = std::exchange(m_held, {});
    QSet<Id> shown;
    for (auto it = held.crbegin(); it != held.crend(); ++it) {
        if (shown.contains(it->conversationId) || !m_onScreen.contains(it->conversationId))
            continue;
        shown.insert(it->conversationId);
        presentNow(m_onScreen.value(it->conversationId));
    }
    emit presenterChanged();
}

void NotificationCenter::actionInvoked(qint64 conversationId, const QString &action)
{
    if (conversationId == digestId) {
        withdrawNow(digestId);
        if (action == NotificationAction::open || action == NotificationAction::openDefault)
            emit digestOpened();
        return;
    }
    if (action == NotificationAction::open || action == NotificationAction::openDefault) {
        conversationRead(conversationId);
        emit openConversation(conversationId);
    } else if (action == NotificationAction::snooze15) {
        snooze(conversationId, 15);
    } else if (action == NotificationAction::snooze60) {
        snooze(conversationId, 60);
    } else if (action == NotificationAction::dismiss) {
        conversationRead(conversationId);
    }
}

void NotificationCenter::presenterClosed(qint64 conversationId)
{
    // Expired or closed by the agent: the next message starts a new count.
    m_onScreen.remove(conversationId);
}

QString NotificationCenter::customerTitle(const QString &name, const QString &number)
{
    return name.isEmpty() ? QLatin1Char('+') + number : name;
}

QString NotificationCenter::bodyFor(int messageCount, const QString &lastMessage) const
{
    return messageCount > 1 ? tr("%n new messages", nullptr, messageCount) : lastMessage;
}

QString NotificationCenter::describeMessage(const QString &kind, const QString &text,
                                            const QString &caption) const
{
    if (!text.isEmpty())
        return text;
    if (!caption.isEmpty())
        return caption;
    if (kind == QLatin1String("image"))
        return tr("Photo");
    if (kind == QLatin1String("audio"))
        return tr("Voice message");
    if (kind == QLatin1String("video"))
        return tr("Video");
    if (kind == QLatin1String("document"))
        return tr("Document");
    if (kind == QLatin1String("sticker"))
        return tr("Sticker");
    if (kind == QLatin1String("location"))
        return tr("Location");
    if (kind == QLatin1String("contacts"))
        return tr("Contact card");
    return tr("New message");
}

} // namespace parley::ui
