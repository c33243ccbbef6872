#pragma once

// What the scope suites share (issue #12): SalesSupportFixture's team, whose one number (Sales')
// serves Support too and gives new customers to sal. Customers write through the simulator,
// and what each agent is told is read from sync and the stream.
// tst_hubscope: what each agent sees; tst_hubscopeunread: each agent's own unread count and
// who sends the read receipt.
#include "salessupportfixture.h"

#include "core/domain/ids.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QWebSocket>

namespace parley::testing {

class HubScopeFixture : protected SalesSupportFixture {
protected:
    // initTestCase's work: the team set up and signed in, its number routed.
    void setUpScopeTeam()
    {
        QVERIFY(setUpSalesAndSupport());
        // The number (Sales') serves Support too; new customers go to sal.
        QCOMPARE(m_hub
                     .post(QStringLiteral("/api/v1/channels/%1/routing").arg(m_channel),
                           {{"assign_to", "users"},
                            {"agents", QJsonArray{m_ids.value("sal")}},
                            {"departments", QJsonArray{"Support"}}},
                           m_admin)
                     .status,
                 200);
    }

    // A customer message through the simulator (so that WhatsApp knows it and can mark it
    // read); the conversation it landed in, as the admin last saw it.
    QJsonObject writes(const QString &from, const char *text)
    {
        const QString wamid = m_sim.inbound(from, QStringLiteral("Cliente ") + from.right(4),
                                            QString::fromUtf8(text));
        if (wamid.isEmpty())
            return {};
        QDeadlineTimer deadline(10000);
        while (!deadline.hasExpired()) {
            const QJsonObject found = conversationOf(wamid);
            if (!found.isEmpty())
                return found;
            QTest::qWait(50);
        }
        return {};
    }

    QJsonObject conversationOf(const QString &wamid)
    {
        const QJsonArray all = events(m_admin);
        Id conversation = 0;
        for (const QJsonValue &event : all) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == wamid)
                conversation = event["data"]["conversation_id"].toInteger();
        }
        QJsonObject found;
        for (const QJsonValue &event : all) {
            if (conversation == 0)
                break;
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == conversation)
                found = event["data"].toObject();
        }
        return found;
    }

    QJsonArray events(const QString &token, qint64 since = 0)
    {
        return m_hub.get(QStringLiteral("/api/v1/sync?since=%1&limit=5000").arg(since), token)
            .json()
            .value(QStringLiteral("events"))
            .toArray();
    }

    qint64 lastSeq()
    {
        const QJsonArray all = events(m_admin);
        return all.isEmpty() ? 0 : all.last()["seq"].toInteger();
    }

    // Whether any event shows the conversation, its messages or the record (0: not asked), or
    // carries `text`. conversation.left shows nothing: it tells a desktop to drop it.
    static bool mentions(const QJsonArray &events, Id conversation, Id record,
                         const QString &text = {})
    {
        for (const QJsonValue &event : events) {
            const QString type = event["type"].toString();
            const QJsonObject data = event["data"].toObject();
            if (conversation != 0 && type.startsWith(QLatin1String("conversation.")) &&
                type != QLatin1String("conversation.left") &&
                data["id"].toInteger() == conversation)
                return true;
            if (conversation != 0 && type.startsWith(QLatin1String("message.")) &&
                data["conversation_id"].toInteger() == conversation)
                return true;
            if (record != 0 && type == QLatin1String("record.updated") &&
                data["id"].toInteger() == record)
                return true;
            if (!text.isEmpty() && data["text"].toString() == text)
                return true;
        }
        return false;
    }

    QSet<qint64> recordIds(const QString &token)
    {
        QSet<qint64> ids;
        for (const QJsonValue &record : m_hub.getList(QStringLiteral("/api/v1/records?limit=500"),
                                                      QStringLiteral("records"), token))
            ids.insert(record["id"].toInteger());
        return ids;
    }

    // The conversation's unread count as `token`'s agent is told it (its last event).
    int unread(const QString &token, Id conversation)
    {
        int count = -1;
        for (const QJsonValue &event : events(token)) {
            if (event["type"].toString().startsWith(QLatin1String("conversation.")) &&
                event["data"]["id"].toInteger() == conversation)
                count = event["data"]["unread_count"].toInt();
        }
        return count;
    }

    HttpReply markRead(const QString &token, Id conversation)
    {
        return m_hub.post(QStringLiteral("/api/v1/conversations/%1/read").arg(conversation), {},
                          token);
    }

    // How many read receipts WhatsApp (the simulator) got for the customer.
    int readsOf(const QString &customer)
    {
        return int(
            QJsonDocument::fromJson(
                httpCall("GET", m_sim.url(QStringLiteral("/sim/read?from=") + customer)).body)
                .object()
                .value(QStringLiteral("reads"))
                .toArray()
                .size());
    }

    void connectFrames(QWebSocket &socket, const QString &token, QList<QJsonObject> *frames,
                       qint64 since = 0)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [frames](const QString &text) {
                             frames->append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream?since=%2")
                                         .arg(m_hub.port())
                                         .arg(since)));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        socket.open(request);
    }
};

} // namespace parley::testing
