#pragma once

#include <QObject>
#include <QQueue>
#include <QString>
#include <QUrl>

namespace QKeychain {
class Job;
}

namespace parley::ui {

// The agent's hub token in the OS keychain (QtKeychain), never in a file. One entry per hub and
// login under the service "parley". Every call is asynchronous and answers with a signal.
//
// Where no keychain answers (no Secret Service on the bus, no KWallet), the answer is
// Outcome::Unavailable and keychainUnavailable() fires: the app says so and asks for the
// password again at the next start.
class TokenStore : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Ok,
        NotFound,    // nothing stored for this hub and login
        Unavailable, // no keychain service to ask
        Denied,      // the keychain refused (locked, or the user said no)
        Failed       // anything else; the detail says what
    };
    Q_ENUM(Outcome)

    static inline const QString service = QStringLiteral("parley");

    explicit TokenStore(QObject *parent = nullptr);
    ~TokenStore() override;

    // The keychain entry's name: the hub's URL and the login, which a URL cannot contain
    // unescaped spaces to confuse.
    static QString keyFor(const QUrl &hub, const QString &login);

    void read(const QUrl &hub, const QString &login);
    void write(const QUrl &hub, const QString &login, const QString &token);
    void remove(const QUrl &hub, const QString &login);
    bool isBusy() const { return m_running || !m_queue.isEmpty(); }

signals:
    void readFinished(const QUrl &hub, const QString &login,
                      parley::ui::TokenStore::Outcome outcome, const QString &token);
    void writeFinished(const QUrl &hub, const QString &login,
                       parley::ui::TokenStore::Outcome outcome);
    void removeFinished(const QUrl &hub, const QString &login,
                        parley::ui::TokenStore::Outcome outcome);
    // Fired alongside the finished signal whose outcome is Unavailable.
    void keychainUnavailable(const QString &detail);

private:
    enum class Operation { Read, Write, Remove };
    struct Request {
        Operation operation;
        QUrl hub;
        QString login;
        QString token;
    };

    void enqueue(Request request);
    void startNext();
    void jobFinished(QKeychain::Job *job, const Request &request);

    QQueue<Request> m_queue;
    bool m_running = false;
};

} // namespace parley::ui
