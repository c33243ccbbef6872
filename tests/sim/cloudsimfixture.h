#pragma once

// What the cloudsim suites share: a real parley-cloudsim process started once per suite, and a
// webhook receiver inside the test that checks every POST's signature and parses it with the
// hub's codec.

#include "core/http/httpserver.h"
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookparser.h"
#include "simprocess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace parley::testing {

inline const QString appSecret = QStringLiteral("cloudsim-test-secret");

// One POST the sim made to the receiver.
struct Delivery {
    QByteArray body;
    bool signatureValid = false;
    bool parsed = false;
    QString parseError;
    whatsapp::WebhookUpdates updates;
    int answeredWith = 200;
};

// The hub's side of the webhook, reduced to what the tests look at. Answers 200 unless told
// otherwise through `scriptedAnswers`, one status per POST.
class WebhookReceiver {
public:
    WebhookReceiver() : m_server(10 * 1024 * 1024)
    {
        m_server.route("POST", QStringLiteral("/webhook"), [this](const http::HttpRequest &r) {
            Delivery delivery;
            delivery.body = r.body;
            delivery.signatureValid = whatsapp::verifyWebhookSignature(
                appSecret.toUtf8(), r.body, r.header(whatsapp::signatureHeader));
            delivery.parsed =
                whatsapp::parseWebhook(r.body, &delivery.updates, &delivery.parseError);
            delivery.answeredWith = scriptedAnswers.isEmpty() ? 200 : scriptedAnswers.takeFirst();
            deliveries.append(delivery);
            return http::HttpResponse::text("EVENT_RECEIVED", delivery.answeredWith);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0) != 0; }
    QString url()
    {
        return QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_server.serverPorts().value(0));
    }

    // Updates of acknowledged POSTs, in arrival order: what a hub would have stored.
    template <typename T> QList<T> acknowledged() const
    {
        QList<T> found;
        for (const Delivery &delivery : deliveries) {
            if (delivery.answeredWith != 200)
                continue;
            for (const whatsapp::WebhookUpdate &update : delivery.updates) {
                if (const T *typed = std::get_if<T>(&update))
                    found.append(*typed);
            }
        }
        return found;
    }

    QList<whatsapp::StatusUpdate> statusesOf(const QString &wamid) const
    {
        QList<whatsapp::StatusUpdate> statuses;
        for (const whatsapp::StatusUpdate &status : acknowledged<whatsapp::StatusUpdate>()) {
            if (status.wamid == wamid)
                statuses.append(status);
        }
        return statuses;
    }

    std::optional<whatsapp::InboundMessage> message(const QString &wamid) const
    {
        for (const whatsapp::InboundMessage &message : acknowledged<whatsapp::InboundMessage>()) {
            if (message.wamid == wamid)
                return message;
        }
        return std::nullopt;
    }

    std::optional<whatsapp::TemplateStatusUpdate> templateVerdict(const QString &id) const
    {
        for (const auto &update : acknowledged<whatsapp::TemplateStatusUpdate>()) {
            if (update.templateId == id)
                return update;
        }
        return std::nullopt;
    }

    // How many POSTs carried the inbound message `wamid`, acknowledged or not.
    int postsCarrying(const QString &wamid) const
    {
        int count = 0;
        for (const Delivery &delivery : deliveries)
            count += delivery.body.contains(wamid.toUtf8()) ? 1 : 0;
        return count;
    }

    // Every webhook the suite caused carried a valid signature and parsed as Meta's payload.
    void verifyEverySignedAndParseable(int atLeast) const
    {
        QVERIFY(deliveries.size() >= atLeast);
        for (const Delivery &delivery : deliveries) {
            QVERIFY(delivery.signatureValid);
            QVERIFY2(delivery.parsed, qPrintable(delivery.parseError + QLatin1Char(' ') +
                                                 QString::fromUtf8(delivery.body)));
        }
    }

    QList<Delivery> deliveries;
    QList<int> scriptedAnswers;

private:
    http::HttpServer m_server;
};

inline QJsonObject textTo(const QString &to, const QString &body)
{
    return {{"messaging_product", "whatsapp"},
            {"to", to},
            {"type", "text"},
            {"text", QJsonObject{{"body", body}}},
            {"biz_opaque_callback_data", "parley:" + body.left(20)}};
}

inline QJsonObject templateTo(const QString &to, const QString &name, const QStringList &parameters)
{
    QJsonArray values;
    for (const QString &parameter : parameters)
        values.append(QJsonObject{{"type", "text"}, {"text", parameter}});
    return {{"messaging_product", "whatsapp"},
            {"to", to},
            {"type", "template"},
            {"template",
             QJsonObject{{"name", name},
                         {"language", QJsonObject{{"code", "en_US"}}},
                         {"components",
                          QJsonArray{QJsonObject{{"type", "body"}, {"parameters", values}}}}}}};
}

// A creation as Meta documents it: one sample value per {{n}} of the body in example.body_text
// ("Template management"); the simulator's reviewer refuses a body without them.
inline QJsonObject templateDefinition(const QString &name, const QString &category,
                                      const QString &body)
{
    QJsonObject component{{"type", "BODY"}, {"text", body}};
    QJsonArray examples;
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{\\s*(\\w+)\\s*\\}\\}"));
    QStringList seen;
    for (auto it = placeholder.globalMatch(body); it.hasNext();) {
        const QString variable = it.next().captured(1);
        if (!seen.contains(variable)) {
            seen.append(variable);
            examples.append(QStringLiteral("Sample %1").arg(seen.size()));
        }
    }
    if (!examples.isEmpty())
        component.insert("example", QJsonObject{{"body_text", QJsonArray{examples}}});
    return {{"name", name},
            {"language", "en_US"},
            {"category", category},
            {"components", QJsonArray{component}}};
}

inline int errorCode(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("error"))[QStringLiteral("code")].toInt();
}

inline QString wamidOf(const HttpReply &reply)
{
    return reply.json().value(QStringLiteral("messages"))[0][QStringLiteral("id")].toString();
}

inline QStringList statusNames(const QList<whatsapp::StatusUpdate> &statuses)
{
    QStringList names;
    for (const whatsapp::StatusUpdate &status : statuses)
        names.append(status.status);
    return names;
}

// The sim and its receiver, for a suite to inherit next to QObject.
class CloudSimFixture {
protected:
    // For the suite's initTestCase: starts the sim with its webhooks pointed at the receiver.
    void startSim()
    {
        QVERIFY(m_receiver.listen());
        SimProcess::Identity identity;
        identity.appSecret = appSecret;
        m_sim = std::make_unique<SimProcess>(identity);
        QVERIFY2(m_sim->start(m_receiver.url()), m_sim->log().constData());
        m_messagesPath = QStringLiteral("/%1/messages").arg(identity.phoneNumberId);
    }

    void waitUntilWebhooksAreQuiet()
    {
        QTRY_COMPARE_WITH_TIMEOUT(webhookCounter("pending_updates"), qint64(0), 5000);
        QTest::qWait(300); // the last statuses of earlier sends are still on their timers
        QTRY_COMPARE_WITH_TIMEOUT(webhookCounter("pending_updates"), qint64(0), 5000);
    }

    qint64 webhookCounter(const char *name)
    {
        return m_sim->state().value("webhook")[QLatin1String(name)].toInteger();
    }

    WebhookReceiver m_receiver;
    std::unique_ptr<SimProcess> m_sim;
    QString m_messagesPath;
};

} // namespace parley::testing
