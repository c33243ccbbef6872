#pragma once

// What the notification suites share: a mirror to receive messages into, a notification server
// played on the private session bus, a recording fallback presenter and a movable clock. Each
// suite includes "moc_notificationfixtures.cpp" for the Q_OBJECT classes here.

#include "../core/mirrorfixture.h"
#include "core/mirror/snoozes.h"
#include "core/protocol/notificationtypes.h"
#include "ui/notify/notificationcenter.h"
#include "ui/notify/notificationpresenter.h"
#include "ui/notify/recentnotificationsmodel.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace parley::testing {

inline const QString serverName = QStringLiteral("org.freedesktop.Notifications");
inline const QString serverPath = QStringLiteral("/org/freedesktop/Notifications");
inline constexpr TimestampMs minute = 60 * 1000;
// "Immediately": well under a frame, far under any D-Bus timeout.
inline constexpr qint64 immediateMs = 100;

inline bool serverNameOwned()
{
    return QDBusConnection::sessionBus().interface()->isServiceRegistered(serverName);
}

// A mirror with conversations, and incoming messages applied the way the sync worker does.
class Inbox {
public:
    Inbox() { m_mirror.open(m_dir.filePath(QStringLiteral("mirror.sqlite"))); }
    QSqlDatabase db() const { return m_mirror.database(); }
    QString path() const { return m_mirror.path(); }

    void conversation(Id id, const QString &name)
    {
        Conversation c;
        c.id = id;
        c.channelId = 1;
        c.customerNumber = QStringLiteral("5511900000%1").arg(id, 3, 10, QLatin1Char('0'));
        c.customerName = name;
        m_mirror.apply(batchOf({m_log.conversation(c)}));
        m_conversations.insert(id, c);
    }

    MirrorChanges receive(Id conversationId, const QStringList &texts)
    {
        QList<Event> events;
        Conversation &c = m_conversations[conversationId];
        for (const QString &text : texts) {
            const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
            events << m_log.message(
                textMessage(++m_messageId, conversationId, Direction::In, text, now));
            c.lastInboundAt = c.lastMessageAt = now;
            c.lastMessageText = text;
        }
        events << m_log.conversation(c);
        MirrorChanges changes;
        m_mirror.apply(batchOf(events), &changes);
        return changes;
    }

    // The conversation's owner and department as the hub sends them.
    void assign(Id conversationId, Id ownerId, const QString &department)
    {
        Conversation &c = m_conversations[conversationId];
        c.ownerId = ownerId;
        c.department = department;
        m_mirror.apply(batchOf({m_log.conversation(c)}));
    }

    // This agent's notification settings as the hub sends them (notification_settings.updated).
    void notificationSettings(NotifyChoice choice, const QList<Id> &muted)
    {
        NotificationSettings settings;
        settings.agentId = 1;
        settings.notify = choice;
        settings.muted = muted;
        m_mirror.apply(
            batchOf({m_log.raw(EventType::NotificationSettingsUpdated, toJson(settings))}));
    }

    // A colleague's note naming this agent, with its mention.created.
    MirrorChanges mention(Id conversationId, const Agent &author, const QString &text)
    {
        Message note = textMessage(++m_messageId, conversationId, Direction::Out, text,
                                   QDateTime::currentMSecsSinceEpoch(), author.id);
        note.kind = MessageKind::Note;
        MirrorChanges changes;
        m_mirror.apply(
            batchOf({m_log.raw(EventType::AgentUpdated, toJson(author)), m_log.message(note),
                     m_log.raw(EventType::MentionCreated,
                               {{QStringLiteral("agent_id"), 1},
                                {QStringLiteral("conversation_id"), conversationId},
                                {QStringLiteral("message_id"), note.id},
                                {QStringLiteral("by"), author.id}})}),
            &changes);
        return changes;
    }

private:
    QTemporaryDir m_dir;
    Mirror m_mirror;
    EventLog m_log;
    QHash<Id, Conversation> m_conversations;
    Id m_messageId = 1000;
};

// Plays org.freedesktop.Notifications on its own connection to the session bus, as a separate
// process would, recording what it is asked to show.
class FakeServer : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        QString appName;
        uint replacesId = 0;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        uint id = 0;
    };

    explicit FakeServer(bool hang = false, QStringList capabilities = {})
        : m_hang(hang),
          m_capabilities(capabilities.isEmpty()
                             ? QStringList{QStringLiteral("actions"), QStringLiteral("body")}
                             : capabilities),
          m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                              QStringLiteral("fake-notification-server")))
    {
        m_bus.registerObject(serverPath, this,
                             QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
        m_registered = m_bus.registerService(serverName);
    }
    ~FakeServer() override
    {
        m_bus.unregisterService(serverName);
        m_bus.unregisterObject(serverPath);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-server"));
    }
    bool isRegistered() const { return m_registered; }
    void invoke(uint id, const QString &action) { emit ActionInvoked(id, action); }

    QList<Call> calls;
    QList<uint> closed;

public slots:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expire_timeout)
    {
        Q_UNUSED(app_icon)
        Q_UNUSED(expire_timeout)
        if (hang())
            return 0;
        const uint id = replaces_id != 0 ? replaces_id : ++m_lastId;
        calls.append({app_name, replaces_id, summary, body, actions, hints, id});
        return id;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        emit NotificationClosed(id, 3);
    }
    QStringList GetCapabilities() { return hang() ? QStringList() : m_capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &spec_version)
    {
        vendor = QStringLiteral("Parley tests");
        version = QStringLiteral("1");
        spec_version = QStringLiteral("1.2");
        return hang() ? QString() : QStringLiteral("fake");
    }

signals:
    void ActionInvoked(uint id, const QString &action_key);
    void NotificationClosed(uint id, uint reason);

private:
    // A server that owns the name but never answers.
    bool hang()
    {
        if (m_hang)
            setDelayedReply(true);
        return m_hang;
    }

    bool m_hang;
    QStringList m_capabilities;
    QDBusConnection m_bus;
    bool m_registered = false;
    uint m_lastId = 0;
};

// The fallback presenter, recording instead of showing.
class RecordingPresenter : public ui::NotificationPresenter {
    Q_OBJECT
public:
    void present(const ui::Notification &n) override { presented.append(n); }
    void withdraw(Id conversationId) override { withdrawn.append(conversationId); }
    QList<ui::Notification> presented;
    QList<Id> withdrawn;
};

// A clock the test can move forward; it keeps running in real time.
struct MovableClock {
    TimestampMs offset = 0;
    TimestampMs now() const { return QDateTime::currentMSecsSinceEpoch() + offset; }
};

// For a suite's initTestCase.
inline void requirePrivateSession()
{
    // The developer's own session would get test notifications and could start services.
    QVERIFY2(qEnvironmentVariableIsSet("PARLEY_DESKTOP_SESSION"),
             "run through tests/ui/desktopsession.sh (a private D-Bus session)");
    QVERIFY(QDBusConnection::sessionBus().isConnected());
}

// For a suite's init: tests that play the server themselves need the name free.
inline void requireNoOtherServer()
{
    if (QByteArray(QTest::currentTestFunction()).startsWith("real"))
        return;
    QVERIFY2(!serverNameOwned(), "another notification server runs on the test bus: use "
                                 "PARLEY_TEST_NOTIFICATION_SERVER=none");
}

} // namespace parley::testing
