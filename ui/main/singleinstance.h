#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace parley::ui {

// One desktop per user: the first launch listens on a local socket in the user's runtime folder;
// a later launch hands its activation token (Wayland's XDG_ACTIVATION_TOKEN, or X11's
// DESKTOP_STARTUP_ID) to the first one and exits, and the first one raises its window.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Claim {
        Primary,    // this process is the running instance now
        HandedOver, // another instance took the activation: exit 0
        NoAnswer,   // another instance holds the socket but did not answer in time
        Failed,     // no socket could be set up (errorString()); run without single-instance
    };

    // key names the socket, e.g. the desktop file name; the socket lives in the user's runtime
    // folder (QStandardPaths::RuntimeLocation, private to the user) and also carries the uid.
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Blocks for at most timeoutMs: runs once at start, before any window exists.
    Claim claim(int timeoutMs = 3000);
    QString socketPath() const { return m_socketPath; }
    // Stops being the running instance (a restart hands over to a fresh process).
    void release();
    // What went wrong, for the log (NoAnswer, Failed).
    QString errorString() const { return m_error; }

    // The token this launch was started with (what a second launch forwards).
    static QString launchActivationToken();

signals:
    // A later launch asked to be shown instead; token may be empty.
    void activationRequested(const QString &activationToken);

private:
    Claim handOver(QLocalSocket &socket, int timeoutMs);
    bool listen();
    void readRequest();

    QString m_socketPath;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace parley::ui
