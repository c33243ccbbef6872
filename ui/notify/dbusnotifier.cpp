#include "ui/notify/dbusnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>

namespace parley::ui {
namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

DBusNotifier::DBusNotifier(const QDBusConnection &bus, QObject *parent)
    : NotificationPresenter(parent), m_bus(bus)
{
    if (!m_bus.isConnected()) {
        m_state = State::Missing;
        return;
    }
    m_bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    // A server that starts after Parley (or restarts) is picked up; one that quits takes our
    // notifications with it.
    m_watcher =
        new QDBusServiceWatcher(service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &newOwner) {
                forgetAll();
                if (newOwner.isEmpty())
                    setState(State::Missing);
                else
                    probe();
            });
}

void DBusNotifier::probe()
{
    const int generation = ++m_probeGeneration;
    m_probeAnswers = 0;
    m_probeFailed = false;
    if (!m_bus.isConnected()) {
        setState(State::Missing);
        return;
    }
    setState(State::Probing);
    QDBusPendingCallWatcher *information = call(QStringLiteral("GetServerInformation"), {});
    connect(information, &QDBusPendingCallWatcher::finished, this,
            [this, generation, information] { probeAnswered(generation, information, true); });
    QDBusPendingCallWatcher *capabilities = call(QStringLiteral("GetCapabilities"), {});
    connect(capabilities, &QDBusPendingCallWatcher::finished, this,
            [this, generation, capabilities] { probeAnswered(generation, capabilities, false); });
}

void DBusNotifier::probeAnswered(int generation, QDBusPendingCallWatcher *answer,
                                 bool isInformation)
{
    answer->deleteLater();
    if (generation != m_probeGeneration)
        return; // a newer probe is under way
    if (isInformation) {
        const QDBusPendingReply<QString, QString, QString, QString> reply = *answer;
        if (reply.isError()) {
            m_probeFailed = true;
        } else {
            m_info.name = reply.argumentAt<0>();
            m_info.vendor = reply.argumentAt<1>();
            m_info.version = reply.argumentAt<2>();
            m_info.specVersion = reply.argumentAt<3>();
        }
    } else {
        const QDBusPendingReply<QStringList> reply = *answer;
        m_info.capabilities = reply.isError() ? QStringList() : reply.value();
    }
    if (++m_probeAnswers == 2)
        setState(m_probeFailed ? State::Missing : State::Available);
}

uint DBusNotifier::notificationId(Id conversationId) const
{
    return m_onScreen.value(conversationId).id;
}

void DBusNotifier::present(const Notification &notification)
{
    OnScreen &entry = m_onScreen[notification.conversationId];
    entry.withdrawn = false;
    if (entry.inFlight) {
        // Without the first call's id a second Notify would open a second bubble.
        entry.next = notification;
        return;
    }
    sendNotify(notification);
}

void DBusNotifier::withdraw(Id conversationId)
{
    auto found = m_onScreen.find(conversationId);
    if (found == m_onScreen.end())
        return;
    if (found->inFlight) {
        found->withdrawn = true;
        found->next.reset();
        return;
    }
    const uint id = found->id;
    m_onScreen.erase(found);
    if (id != 0)
        call(QStringLiteral("CloseNotification"), {id})->deleteLater();
}

void DBusNotifier::sendNotify(const Notification &notification)
{
    OnScreen &entry = m_onScreen[notification.conversationId];
    entry.inFlight = true;
    // Servers with body markup would read a customer's "<b>" as markup.
    const QString body = m_info.capabilities.contains(QStringLiteral("body-markup"))
                             ? notification.body.toHtmlEscaped()
                             : notification.body;
    const QVariantMap hints{{QStringLiteral("category"), QStringLiteral("im.received")},
                            {QStringLiteral("desktop-entry"), QStringLiteral("io.parley.Parley")},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}};
    QDBusPendingCallWatcher *answer =
        call(QStringLiteral("Notify"),
             {QStringLiteral("Parley"), entry.id, QStringLiteral("io.parley.Parley"),
              notification.title, body, actions(), hints, -1});
    connect(answer, &QDBusPendingCallWatcher::finished, this,
            [this, answer, notification] { notifyAnswered(answer, notification); });
}

void DBusNotifier::notifyAnswered(QDBusPendingCallWatcher *answer, const Notification &notification)
{
    answer->deleteLater();
    const QDBusPendingReply<uint> reply = *answer;
    const Id conversationId = notification.conversationId;
    auto found = m_onScreen.find(conversationId);
    if (found == m_onScreen.end())
        return; // forgotten: the server went away meanwhile
    found->inFlight = false;
    if (reply.isError()) {
        const std::optional<Notification> latest = found->next;
        m_onScreen.erase(found);
        setState(State::Missing);
        emit failed(latest.value_or(notification));
        return;
    }
    found->id = reply.value();
    emit shown(conversationId, found->id);
    if (found->withdrawn) {
        withdraw(conversationId);
    } else if (found->next) {
        const Notification next = *found->next;
        found->next.reset();
        sendNotify(next);
    }
}

void DBusNotifier::onActionInvoked(uint notificationId, const QString &actionKey)
{
    // The signal is broadcast: other applications' notifications arrive here too.
    const Id conversationId = conversationFor(notificationId);
    if (conversationId != 0)
        emit actionInvoked(conversationId, actionKey);
}

void DBusNotifier::onNotificationClosed(uint notificationId, uint /*reason*/)
{
    const Id conversationId = conversationFor(notificationId);
    if (conversationId == 0)
        return;
    // A Notify already on its way for this conversation replaces a closed id with a new one.
    if (!m_onScreen.value(conversationId).inFlight)
        m_onScreen.remove(conversationId);
    emit closed(conversationId);
}

void DBusNotifier::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void DBusNotifier::forgetAll()
{
    const QList<Id> shown = m_onScreen.keys();
    m_onScreen.clear();
    for (Id conversationId : shown)
        emit closed(conversationId);
}

Id DBusNotifier::conversationFor(uint notificationId) const
{
    if (notificationId == 0)
        return 0;
    for (auto it = m_onScreen.cbegin(); it != m_onScreen.cend(); ++it) {
        if (it->id == notificationId)
            return it.key();
    }
    return 0;
}

QStringList DBusNotifier::actions() const
{
    // Pairs of key and label; "default" is what a click on the bubble invokes.
    return {NotificationAction::openDefault, tr("Open"),
            NotificationAction::open,        tr("Open"),
            NotificationAction::snooze15,    tr("Snooze 15 min"),
            NotificationAction::snooze60,    tr("Snooze 1 h"),
            NotificationAction::dismiss,     tr("Dismiss")};
}

QDBusPendingCallWatcher *DBusNotifier::call(const QString &method, const QVariantList &arguments)
{
    QDBusMessage message = QDBusMessage::createMethodCall(service, path, interface, method);
    message.setArguments(arguments);
    return new QDBusPendingCallWatcher(m_bus.asyncCall(message, callTimeoutMs), this);
}

} // namespace parley::ui
