#pragma once

#include "ui/notify/notificationpresenter.h"

#include <QDBusConnection>
#include <QHash>
#include <QStringList>

#include <optional>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace parley::ui {

// Shows notifications through the desktop's org.freedesktop.Notifications server (the
// Desktop Notifications Specification 1.2). Every call is asynchronous: a missing or hung
// server must never hold up start-up or the UI thread.
class DBusNotifier : public NotificationPresenter {
    Q_OBJECT
public:
    enum class State { Probing, Available, Missing };
    Q_ENUM(State)

    struct ServerInfo {
        QString name;
        QString vendor;
        QString version;
        QString specVersion;
        QStringList capabilities;
    };

    // A server that has not answered by then counts as missing.
    static constexpr int callTimeoutMs = 5000;

    explicit DBusNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    // Asks the server who it is and what it can do; stateChanged() tells the answer.
    void probe();
    State state() const { return m_state; }
    ServerInfo serverInfo() const { return m_info; }
    // The server's id of the conversation's notification; 0 when none is on screen.
    uint notificationId(Id conversationId) const;

    void present(const Notification &notification) override;
    void withdraw(Id conversationId) override;

signals:
    void stateChanged(parley::ui::DBusNotifier::State state);
    // Notify answered: the server shows the notification under `notificationId`.
    void shown(qint64 conversationId, uint notificationId);

private slots:
    // Connected by name, as QtDBus requires for bus signals.
    void onActionInvoked(uint notificationId, const QString &actionKey);
    void onNotificationClosed(uint notificationId, uint reason);

private:
    // Where one conversation's notification stands with the server.
    struct OnScreen {
        uint id = 0;
        bool inFlight = false; // a Notify is waiting for its id
        bool withdrawn = false;
        std::optional<Notification> next; // to send once the id is known
    };

    void sendNotify(const Notification &notification);
    void notifyAnswered(QDBusPendingCallWatcher *call, const Notification &notification);
    void probeAnswered(int generation, QDBusPendingCallWatcher *call, bool isInformation);
    void setState(State state);
    void forgetAll();
    Id conversationFor(uint notificationId) const;
    QStringList actions() const;
    QDBusPendingCallWatcher *call(const QString &method, const QVariantList &arguments);

    QDBusConnection m_bus;
    QDBusServiceWatcher *m_watcher = nullptr;
    State m_state = State::Probing;
    ServerInfo m_info;
    int m_probeGeneration = 0;
    int m_probeAnswers = 0;
    bool m_probeFailed = false;
    QHash<Id, OnScreen> m_onScreen;
};

} // namespace parley::ui
