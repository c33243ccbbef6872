#pragma once

#include "core/domain/ids.h"
#include "core/whatsapp/webhooktypes.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace parley::hub {

// The app secrets a webhook may be signed with (every channel's), as the store's thread last
// read them; `version` changes whenever the list does.
struct WebhookSecrets {
    quint64 version = 0;
    QList<QByteArray> secrets;
};

// A webhook POST as read before the store sees it: whose secret signed it (checked against
// `checkedAgainst`), then, only when signed, its JSON read into items (whatsapp::parseWebhook:
// each value checked against Meta's limits; an item that cannot be read is a RejectedItem).
struct ReadWebhook {
    enum class Outcome { Read, Unsigned, Malformed };
    Outcome outcome = Outcome::Unsigned;
    QByteArray body; // kept: a deactivated channel's bodies are held whole (R1.4)
    QByteArray signature;
    std::shared_ptr<const WebhookSecrets> checkedAgainst;
    QString appSecret; // the secret that verified the body
    whatsapp::WebhookUpdates updates;
    QString error; // Malformed: why
    TimestampMs now = 0;

    // The work itself, on whichever thread calls it: it touches nothing but its arguments.
    static ReadWebhook read(const QByteArray &body, const QByteArray &signature,
                            std::shared_ptr<const WebhookSecrets> secrets, TimestampMs now);
};

// A thread that reads webhook POSTs (ReadWebhook::read: the HMAC of the body and the JSON
// parse, about a fifth of a webhook's work) so that the thread owning the store only stores
// them. Bodies are read one at a time in the order they were handed in, and handed back to the
// owner's thread in that same order, so the order in which Meta's deliveries reached the hub is
// the order they are stored in. The queue holds at most one body per HTTP connection (a
// connection reads its next request only once this one is answered), each within the body cap.
class WebhookIntakeReader : public QObject {
public:
    using Deliver = std::function<void(ReadWebhook)>;
    // `deliver` runs on the constructing thread, once per submit(), in submission order.
    explicit WebhookIntakeReader(Deliver deliver, QObject *parent = nullptr);
    ~WebhookIntakeReader() override; // waits for the body being read; delivers nothing more

    void submit(const QByteArray &body, const QByteArray &signature,
                std::shared_ptr<const WebhookSecrets> secrets, TimestampMs now);

private:
    struct Job {
        QByteArray body;
        QByteArray signature;
        std::shared_ptr<const WebhookSecrets> secrets;
        TimestampMs now = 0;
    };
    void loop();

    Deliver m_deliver;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs; // guarded by m_mutex
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace parley::hub
