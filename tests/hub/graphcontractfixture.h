#pragma once

// What the Graph contract suites share (issue #17): the real hub talking to a recording Graph
// stand-in on loopback, and the comparison of each call with a fixture of Meta's documented
// request (tests/fixtures/whatsapp/contract/*.json, each citing its page). A fixture value "<KIND>"
// stands for any value of that kind; every other value must be equal, and every object must have
// exactly the fixture's keys, so an undocumented key (a caption on audio) or a missing one fails.
// tst_graphcontract holds a conversation's calls, tst_graphcontractadmin the admin's.
#include "core/http/httpserver.h"
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"
#include "customerwrites.h"
#include "hubprocess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

namespace parley::testing::graphcontract {

// One request the hub made, as the stand-in read it.
struct Recorded {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray contentType;
    QByteArray authorization;
    QJsonObject body; // JSON, or a multipart body as {part name: value, file: {filename, type}}
};

// multipart/form-data → {"name": "value", "file": {"filename": …, "content_type": …}}.
inline QJsonObject readMultipart(const QByteArray &contentType, const QByteArray &body)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return {};
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    QJsonObject parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype from = body.indexOf(delimiter);
    while (from >= 0) {
        const qsizetype start = from + delimiter.size();
        const qsizetype next = body.indexOf(delimiter, start);
        if (next < 0)
            break;
        const QByteArray part = body.mid(start, next - start);
        const qsizetype headEnd = part.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = part.left(headEnd);
            QByteArray value = part.mid(headEnd + 4);
            value.chop(2); // the CRLF before the next delimiter
            static const QRegularExpression name(QStringLiteral("name=\"([^\"]*)\""));
            static const QRegularExpression fileName(QStringLiteral("filename=\"([^\"]*)\""));
            static const QRegularExpression type(QStringLiteral("(?i)content-type: *([^\\r\\n]+)"));
            const QString headText = QString::fromUtf8(head);
            const QString partName = name.match(headText).captured(1);
            const QRegularExpressionMatch file = fileName.match(headText);
            if (file.hasMatch())
                parts.insert(partName,
                             QJsonObject{{"filename", file.captured(1)},
                                         {"content_type", type.match(headText).captured(1)}});
            else
                parts.insert(partName, QString::fromUtf8(value));
        }
        from = next;
    }
    return parts;
}

// Differences between `actual` and the documented `expected`, as "path: problem" lines.
inline void compare(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
                    QStringList *problems)
{
    if (expected.isString() && expected.toString().startsWith(QLatin1Char('<'))) {
        const QString kind = expected.toString();
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
        if (!actual.isString() || actual.toString().isEmpty())
            problems->append(path + QStringLiteral(": not a non-empty string"));
        else if (kind == QLatin1String("<E164>") && !e164.match(actual.toString()).hasMatch())
            problems->append(path + QStringLiteral(": not E.164 with '+': ") + actual.toString());
        else if (kind == QLatin1String("<FILENAME>") &&
                 actual.toString().contains(QRegularExpression(QStringLiteral("[\\r\\n\"]"))))
            problems->append(path + QStringLiteral(": CR, LF or quote in a file name"));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject want = expected.toObject();
        const QJsonObject got = actual.toObject();
        if (!actual.isObject())
            problems->append(path + QStringLiteral(": not an object"));
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (!got.contains(it.key()))
                problems->append(path + QLatin1Char('.') + it.key() + QStringLiteral(": missing"));
            else
                compare(it.value(), got.value(it.key()), path + QLatin1Char('.') + it.key(),
                        problems);
        }
        for (auto it = got.begin(); it != got.end(); ++it) {
            if (!want.contains(it.key()))
                problems->append(path + QLatin1Char('.') + it.key() +
                                 QStringLiteral(": not in Meta's documented request"));
        }
        return;
    }
    if (expected.isArray()) {
        const QJsonArray want = expected.toArray();
        const QJsonArray got = actual.toArray();
        if (!actual.isArray() || got.size() != want.size()) {
            problems->append(
                path +
                QStringLiteral(": array of %1, expected %2").arg(got.size()).arg(want.size()));
            return;
        }
        for (qsizetype i = 0; i < want.size(); ++i)
            compare(want.at(i), got.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), problems);
        return;
    }
    if (expected != actual)
        problems->append(
            path + QStringLiteral(": ") +
            QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)) +
            QStringLiteral(" instead of ") +
            QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)));
}

inline QJsonObject contractFixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/contract/") + name +
               QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace parley::testing::graphcontract

namespace parley::testing {

class GraphContractFixture {
protected:
    using Recorded = graphcontract::Recorded;

    static inline const QString appSecret = QStringLiteral("contract-secret");
    static inline const QString token = QStringLiteral("contract-token");
    static inline const QString phoneNumberId = QStringLiteral("106540352242922");
    static inline const QString templateMetaId = QStringLiteral("594425479261596");

    // The stand-in listening, the hub started with an admin, an agent and a channel on it,
    // credits bought, and a customer's conversation to send in.
    void startGraphAndHub()
    {
        addRoutes();
        QVERIFY(m_graph.listen(QHostAddress::LocalHost, 0) != 0);
        QVERIFY(m_hub.addAgent(QStringLiteral("admin"), QStringLiteral("admin"),
                               QStringLiteral("admin-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(m_hub.addChannel(phoneNumberId, QStringLiteral("15550783881"),
                                 base() + QStringLiteral("/v23.0"), token, appSecret,
                                 QStringLiteral("vt")));
        QVERIFY2(m_hub.start(), m_hub.log().constData());
        m_admin = m_hub.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
        m_agent = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_admin.isEmpty() && !m_agent.isEmpty());
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, m_admin).status,
            200);
        CustomerMessage customer(QStringLiteral("5511987650001"), QStringLiteral("Oi!"),
                                 QStringLiteral("Marina Souza"));
        m_conversation = customerWrites(m_hub, appSecret, m_admin, customer);
        QVERIFY(m_conversation > 0);
    }

    // Graph as the hub needs it to answer, recording every request.
    void addRoutes()
    {
        const auto record = [this](const http::HttpRequest &r) {
            Recorded call{
                r.method, r.path, r.query, r.header("Content-Type"), r.header("Authorization"), {}};
            if (call.contentType.startsWith("multipart/form-data"))
                call.body = graphcontract::readMultipart(call.contentType, r.body);
            else
                call.body = QJsonDocument::fromJson(r.body).object();
            m_calls.append(call);
            return call;
        };
        const QString version = QStringLiteral("/v23\\.0");
        m_graph.route(
            "POST", version + QStringLiteral("/(\\d+)/messages"),
            [this, record](const http::HttpRequest &r) {
                const Recorded call = record(r);
                if (call.body.contains(QLatin1String("status")))
                    return http::HttpResponse::json({{"success", true}});
                const QString to = call.body.value("to").toString();
                return http::HttpResponse::json(
                    {{"messaging_product", "whatsapp"},
                     {"contacts", QJsonArray{QJsonObject{{"input", to}, {"wa_id", to.mid(1)}}}},
                     {"messages",
                      QJsonArray{QJsonObject{
                          {"id", QStringLiteral("wamid.contract%1").arg(m_calls.size())}}}}});
            });
        m_graph.route("POST", version + QStringLiteral("/(\\d+)/media"),
                      [this, record](const http::HttpRequest &r) {
                          record(r);
                          return http::HttpResponse::json(
                              {{"id", QStringLiteral("77%1").arg(m_calls.size())}});
                      });
        m_graph.route("POST", version + QStringLiteral("/(\\d+)/message_templates"),
                      [record](const http::HttpRequest &r) {
                          record(r);
                          return http::HttpResponse::json({{"id", templateMetaId},
                                                           {"status", "PENDING"},
                                                           {"category", "UTILITY"}});
                      });
        m_graph.route(
            "GET", version + QStringLiteral("/(\\d+)/whatsapp_business_profile"),
            [record](const http::HttpRequest &r) {
                record(r);
                return http::HttpResponse::json(
                    {{"data", QJsonArray{QJsonObject{{"about", "Pães frescos"},
                                                     {"messaging_product", "whatsapp"}}}}});
            });
        m_graph.route("POST", version + QStringLiteral("/(\\d+)/whatsapp_business_profile"),
                      [record](const http::HttpRequest &r) {
                          record(r);
                          return http::HttpResponse::json({{"success", true}});
                      });
        m_graph.route("POST", version + QStringLiteral("/(\\d+)"),
                      [record](const http::HttpRequest &r) {
                          record(r);
                          return http::HttpResponse::json({{"success", true}});
                      });
        m_graph.route(
            "GET", version + QStringLiteral("/(\\d+)"), [this, record](const http::HttpRequest &r) {
                record(r);
                return http::HttpResponse::json(
                    {{"messaging_product", "whatsapp"},
                     {"url", base() +
                                 QStringLiteral("/whatsapp_business/attachments/"
                                                "?mid=") +
                                 r.captures.value(0)},
                     {"mime_type", "image/jpeg"},
                     {"sha256",
                      QString::fromLatin1(
                          QCryptographicHash::hash(jpeg(), QCryptographicHash::Sha256).toHex())},
                     {"file_size", QString::number(jpeg().size())},
                     {"id", r.captures.value(0)}});
            });
        m_graph.route("GET", QStringLiteral("/whatsapp_business/attachments/?"),
                      [record](const http::HttpRequest &r) {
                          record(r);
                          return http::HttpResponse::text(jpeg(), 200, "image/jpeg");
                      });
    }

    static QByteArray jpeg() { return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(600, 'j'); }
    QString base() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_graph.serverPorts().value(0));
    }

    // The call held to fixture `name`: method, path shape, content type, query and body.
    void verifyContract(const Recorded &call, const QString &name)
    {
        const QJsonObject fixture = graphcontract::contractFixture(name);
        QVERIFY2(!fixture.value("source").toString().isEmpty(), "a fixture cites its page");
        QCOMPARE(QString::fromLatin1(call.method), fixture.value("method").toString());
        QString pathPattern = QRegularExpression::escape(fixture.value("path").toString());
        pathPattern.replace(QRegularExpression(QStringLiteral("\\\\<[A-Z_]+\\\\>")),
                            QStringLiteral("[0-9]+"));
        QVERIFY2(QRegularExpression(QLatin1Char('^') + pathPattern + QLatin1Char('$'))
                     .match(call.path)
                     .hasMatch(),
                 qPrintable(call.path + QStringLiteral(" vs ") + fixture.value("path").toString()));
        QCOMPARE(call.authorization, "Bearer " + token.toUtf8());
        if (fixture.contains("content_type"))
            QVERIFY2(call.contentType.startsWith(fixture.value("content_type").toString().toUtf8()),
                     call.contentType.constData());
        const QJsonObject query = fixture.value("query").toObject();
        for (auto it = query.begin(); it != query.end(); ++it)
            QCOMPARE(call.query.queryItemValue(it.key(), QUrl::FullyDecoded),
                     it.value().toString());
        if (fixture.contains("body")) {
            QStringList problems;
            graphcontract::compare(fixture.value("body"), call.body, name, &problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    QString conversationPath(const char *tail) const
    {
        return QStringLiteral("/api/v1/conversations/%1/").arg(m_conversation) +
               QLatin1String(tail);
    }

    // Sends `body` to the hub and waits for the Graph calls it causes: `count` calls since now.
    QList<Recorded> afterHubCall(const QString &path, const QJsonObject &body, int count,
                                 const QByteArray &key, const QString &as = QString())
    {
        const qsizetype from = m_calls.size();
        const HttpReply reply =
            m_hub.post(path, body, as.isEmpty() ? m_agent : as,
                       key.isEmpty() ? Headers{} : Headers{{"Idempotency-Key", key}});
        if (reply.status / 100 != 2)
            qWarning("%s answered %d: %s", qPrintable(path), reply.status, reply.body.constData());
        if (!QTest::qWaitFor([&] { return m_calls.size() >= from + count; }, 10000))
            qWarning("%s caused %d Graph call(s), not %d", qPrintable(path),
                     int(m_calls.size() - from), count);
        return m_calls.mid(from);
    }

    static QJsonObject file(const QString &name, const QByteArray &bytes,
                            const QString &caption = QString())
    {
        QJsonObject json{{"filename", name}, {"content", QString::fromLatin1(bytes.toBase64())}};
        if (!caption.isEmpty())
            json.insert("caption", caption);
        return json;
    }

    bool signedWebhook(const whatsapp::WebhookUpdate &update)
    {
        const QByteArray body = whatsapp::webhookBody(update);
        return httpCall(
                   "POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                   {{"X-Hub-Signature-256", whatsapp::webhookSignature(appSecret.toUtf8(), body)}})
                   .status == 200;
    }

    // Every call went to Graph's version and carried the token; `atLeast` calls were made.
    void verifyEveryCall(qsizetype atLeast)
    {
        QVERIFY(m_calls.size() >= atLeast);
        for (const Recorded &call : m_calls) {
            QVERIFY2(call.path.startsWith(QLatin1String("/v23.0/")) ||
                         call.path.startsWith(QLatin1String("/whatsapp_business/attachments")),
                     qPrintable(call.path));
            QCOMPARE(call.authorization, "Bearer " + token.toUtf8());
        }
    }

    http::HttpServer m_graph{10 * 1024 * 1024};
    HubProcess m_hub;
    QList<Recorded> m_calls;
    QString m_admin;
    QString m_agent;
    Id m_conversation = 0;
};

} // namespace parley::testing
