#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace parley::bench {

struct PreparedWebhook {
    QString wamid;
    QByteArray body;      // Meta's JSON, exactly the bytes that were signed
    QByteArray signature; // the X-Hub-Signature-256 value
    QByteArray request;   // the whole HTTP/1.1 POST, ready to write to a socket
};

// Signed inbound-text webhooks as Meta sends them, made before any clock starts so that the
// timed loops only write bytes. Message `index` comes from one of `customers` numbers in turn
// and carries one of a set of real-looking texts (1 to 300 characters, accents and emoji), so
// the hub sees new and returning customers and bodies of the usual size, not one repeated
// message. `run` keeps wamids unique across the phases of one benchmark run.
class WebhookFactory {
public:
    WebhookFactory(QString run, int customers, quint16 port);

    PreparedWebhook make(int index) const;
    QList<PreparedWebhook> make(int first, int count) const;

private:
    QString m_run;
    int m_customers;
    QByteArray m_host;
    qint64 m_startMs;
};

} // namespace parley::bench
