#include "hub/service/webhookintakereader.h"

#include "hub/service/webhookintake.h"

#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookparser.h"

namespace parley::hub {

ReadWebhook ReadWebhook::read(const QByteArray &body, const QByteArray &signature,
                              std::shared_ptr<const WebhookSecrets> secrets, TimestampMs now)
{
    ReadWebhook out;
    out.body = body;
    out.signature = signature;
    out.now = now;
    out.checkedAgainst = std::move(secrets);
    // The signature comes first: nothing of an unsigned body is parsed.
    if (out.checkedAgainst) {
        for (const QByteArray &secret : out.checkedAgainst->secrets) {
            if (whatsapp::verifyWebhookSignature(secret, body, signature)) {
                out.appSecret = QString::fromUtf8(secret);
                break;
            }
        }
    }
    if (out.appSecret.isEmpty())
        return out;
    out.outcome = whatsapp::parseWebhook(body, &out.updates, &out.error, now)
                      ? ReadWebhook::Outcome::Read
                      : ReadWebhook::Outcome::Malformed;
    return out;
}

WebhookIntakeReader::WebhookIntakeReader(Deliver deliver, QObject *parent)
    : QObject(parent), m_deliver(std::move(deliver)), m_thread([this] { loop(); })
{}

WebhookIntakeReader::~WebhookIntakeReader()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_jobs.clear();
    }
    m_wake.notify_one();
    m_thread.join();
    // What was read and not yet delivered is dropped with this object (Qt removes the queued
    // calls): the connections waiting for those answers are closing too.
}

void WebhookIntakeReader::submit(const QByteArray &body, const QByteArray &signature,
                                 std::shared_ptr<const WebhookSecrets> secrets, TimestampMs now)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.push_back({body, signature, std::move(secrets), now});
    }
    m_wake.notify_one();
}

void WebhookIntakeReader::loop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stop || !m_jobs.empty(); });
        if (m_stop)
            return;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        lock.unlock();
        auto read = std::make_shared<ReadWebhook>(
            ReadWebhook::read(job.body, job.signature, std::move(job.secrets), job.now));
        job = Job(); // this thread lets go of its references before the owner takes them
        // Queued calls from one thread to one object run in the order they were made.
        QMetaObject::invokeMethod(
            this, [this, read] { m_deliver(std::move(*read)); }, Qt::QueuedConnection);
        lock.lock();
    }
}

// WebhookIntake's side of the reader: the secrets it checks bodies against.
std::shared_ptr<const WebhookSecrets> WebhookIntake::secrets()
{
    if (!m_secrets)
        noteSecrets(m_ctx.channels.all());
    return m_secrets;
}

void WebhookIntake::noteSecrets(const QList<ChannelConfig> &channels)
{
    QList<QByteArray> list;
    for (const ChannelConfig &channel : channels) {
        const QByteArray secret = channel.appSecret.toUtf8();
        if (!secret.isEmpty() && !list.contains(secret))
            list.append(secret);
    }
    if (m_secrets && m_secrets->secrets == list)
        return;
    m_secrets = std::make_shared<const WebhookSecrets>(
        WebhookSecrets{m_secrets ? m_secrets->version + 1 : 1, list});
}

} // namespace parley::hub
