#pragma once

// What the conversation-webhook suites share: a real parley-hub with an admin, an agent and two
// channels with their own app secrets, Meta's example webhooks (tests/fixtures/whatsapp) signed and
// posted, and what the event log then says. tst_hubconversations: what each kind of item becomes;
// tst_hubwebhookisolation: what an item may change.
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"
#include "hubprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace parley::testing {

class HubConversationsFixture {
protected:
    static inline const QString secretA = QStringLiteral("secret-of-channel-a");
    static inline const QString secretB = QStringLiteral("secret-of-channel-b");
    static inline const QString numberA = QStringLiteral("106540352242922"); // the fixtures' number
    static inline const QString numberB = QStringLiteral("106540352240002");

    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return file.readAll();
    }

    static whatsapp::InboundMessage textMessage(const QString &phoneNumberId, const QString &from,
                                                const QString &wamid, const QString &text,
                                                TimestampMs at)
    {
        whatsapp::InboundMessage message;
        message.origin = {QStringLiteral("102290129340398"), phoneNumberId, QStringLiteral("1555")};
        message.from = from;
        message.profileName = QStringLiteral("Cliente ") + from.right(4);
        message.wamid = wamid;
        message.timestamp = at;
        message.type = QStringLiteral("text");
        message.text = text;
        return message;
    }

    // The hub started with both channels, the admin and the agent signed in.
    void startHubWithTwoChannels()
    {
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(m_hub.addChannel(numberA, QStringLiteral("15550783881"),
                                 QStringLiteral("http://127.0.0.1:9/v23.0"), QStringLiteral("tok"),
                                 secretA, QStringLiteral("verify-a")));
        QVERIFY(addChannelB());
        QVERIFY2(m_hub.start(), m_hub.log().constData());
        m_admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());
    }

    // A second channel needs a department of its own (R1.8); HubProcess::addChannel has none.
    bool addChannelB()
    {
        QTemporaryDir files;
        for (const auto &file : {qMakePair(QStringLiteral("token"), QStringLiteral("tok")),
                                 qMakePair(QStringLiteral("secret"), secretB),
                                 qMakePair(QStringLiteral("verify"), QStringLiteral("verify-b"))}) {
            QFile f(files.filePath(file.first));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write(file.second.toUtf8());
        }
        QByteArray output;
        const int code = runTool(
            hubBinary(),
            QStringList{QStringLiteral("channel"), QStringLiteral("add")} + m_hub.storeArguments() +
                QStringList{
                    QStringLiteral("--name"), QStringLiteral("Channel B"),
                    QStringLiteral("--waba-id"), QStringLiteral("102290129340398"),
                    QStringLiteral("--phone-number-id"), numberB,
                    QStringLiteral("--display-number"), QStringLiteral("15550780002"),
                    QStringLiteral("--graph-url"), QStringLiteral("http://127.0.0.1:9/v23.0"),
                    QStringLiteral("--access-token-file"), files.filePath(QStringLiteral("token")),
                    QStringLiteral("--app-secret-file"), files.filePath(QStringLiteral("secret")),
                    QStringLiteral("--verify-token-file"), files.filePath(QStringLiteral("verify")),
                    QStringLiteral("--department"), QStringLiteral("Vendas")},
            {}, &output);
        if (code != 0)
            qWarning("channel add: %s", output.constData());
        return code == 0;
    }

    int post(const QByteArray &body, const QString &secret)
    {
        return httpCall(
                   "POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                   {{whatsapp::signatureHeader, whatsapp::webhookSignature(secret.toUtf8(), body)},
                    {"Content-Type", "application/json"}})
            .status;
    }

    static QByteArray webhook(const whatsapp::InboundMessage &message)
    {
        return whatsapp::webhookBody(whatsapp::WebhookUpdate(message));
    }

    QJsonObject latestOf(const QString &prefix, const QString &key, const QJsonValue &value)
    {
        QJsonObject found;
        for (const QJsonValue &event : m_hub.events(m_admin)) {
            if (event["type"].toString().startsWith(prefix) && event["data"][key] == value)
                found = event["data"].toObject();
        }
        return found;
    }

    QJsonObject latestMessage(const QString &wamid)
    {
        return latestOf(QStringLiteral("message."), QStringLiteral("wamid"), wamid);
    }

    QJsonObject messageById(Id id)
    {
        return latestOf(QStringLiteral("message."), QStringLiteral("id"), id);
    }

    QJsonObject latestConversation(Id id)
    {
        return latestOf(QStringLiteral("conversation."), QStringLiteral("id"), id);
    }

    void closeAndRead(Id conversation)
    {
        const QString base = QStringLiteral("/api/v1/conversations/%1/").arg(conversation);
        QCOMPARE(m_hub.post(base + QStringLiteral("read"), {}, m_agent).status, 200);
        // Unread is per agent (issue #12): the admin, whose events these checks read, reads too.
        QCOMPARE(m_hub.post(base + QStringLiteral("read"), {}, m_admin).status, 200);
        QCOMPARE(
            m_hub.post(base + QStringLiteral("status"), {{"status", "closed"}}, m_agent).status,
            200);
        QCOMPARE(latestConversation(conversation)["status"].toString(), QStringLiteral("closed"));
    }

    int count(const QString &type)
    {
        int n = 0;
        for (const QJsonValue &event : m_hub.events(m_admin))
            n += event["type"].toString() == type ? 1 : 0;
        return n;
    }

    qint64 lastSeq()
    {
        const QJsonArray events = m_hub.events(m_admin);
        return events.isEmpty() ? 0 : events.last()["seq"].toInteger();
    }

    QJsonArray deadLetters()
    {
        const HttpReply reply =
            m_hub.get(QStringLiteral("/api/v1/admin/webhook-dead-letters?limit=500"), m_admin);
        if (reply.status != 200)
            qWarning("dead letters: %d %s", reply.status, reply.body.constData());
        return reply.json()["dead_letters"].toArray();
    }

    HubProcess m_hub;
    QString m_admin;
    QString m_agent;
};

} // namespace parley::testing
