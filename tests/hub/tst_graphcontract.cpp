// The hub's side of the Graph API contract (issue #17): the real hub talks to a recording Graph
// stand-in on loopback, and every outbound call type is compared key by key with a fixture of
// Meta's documented request (tests/fixtures/whatsapp/contract/*.json, each citing its page).
// A fixture value "<KIND>" stands for any value of that kind; every other value must be equal,
// and every object must have exactly the fixture's keys, so an undocumented key (a caption on
// audio) or a missing one fails.
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

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("contract-secret");
const QString token = QStringLiteral("contract-token");
const QString phoneNumberId = QStringLiteral("106540352242922");
const QString templateMetaId = QStringLiteral("594425479261596");

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
QJsonObject readMultipart(const QByteArray &contentType, const QByteArray &body)
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
void compare(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
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

QJsonObject contractFixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/contract/") + name +
               QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class GraphContractTest : public QObject {
    Q_OBJECT

    // Graph as the hub needs it to answer, recording every request.
    void addRoutes()
    {
        const auto record = [this](const http::HttpRequest &r) {
            Recorded call{
                r.method, r.path, r.query, r.header("Content-Type"), r.header("Authorization"), {}};
            if (call.contentType.startsWith("multipart/form-data"))
                call.body = readMultipart(call.contentType, r.body);
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

    // The calls recorded since `from` that `match`es.
    QList<Recorded> callsSince(qsizetype from, const std::function<bool(const Recorded &)> &match)
    {
        QList<Recorded> found;
        for (qsizetype i = from; i < m_calls.size(); ++i) {
            if (match(m_calls.at(i)))
                found.append(m_calls.at(i));
        }
        return found;
    }

    // The call held to fixture `name`: method, path shape, content type, query and body.
    void verifyContract(const Recorded &call, const QString &name)
    {
        const QJsonObject fixture = contractFixture(name);
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
            compare(fixture.value("body"), call.body, name, &problems);
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

private slots:
    void initTestCase()
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

    void textWithoutALink()
    {
        const QList<Recorded> calls =
            afterHubCall(conversationPath("messages"), {{"text", "Temos sim!"}}, 1, "t-1");
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("send_text"));
        QCOMPARE(calls.first().body["to"].toString(), QStringLiteral("+5511987650001"));
    }

    void textWithALinkAsksForAPreviewUnlessTurnedOff()
    {
        QList<Recorded> calls = afterHubCall(
            conversationPath("messages"), {{"text", "Veja https://loja.example/azul"}}, 1, "t-2");
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("send_text_with_url"));
        calls = afterHubCall(conversationPath("messages"),
                             {{"text", "Veja https://loja.example/azul"}, {"preview_url", false}},
                             1, "t-3");
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("send_text"));
    }

    void mediaIsUploadedThenSentInItsDocumentedShape()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(800, 'p');
        QList<Recorded> calls = afterHubCall(
            conversationPath("attachments"),
            {{"files", QJsonArray{file("foto.png", png, QStringLiteral("A cor azul"))}}}, 2, "m-1");
        QCOMPARE(calls.size(), 2);
        verifyContract(calls.at(0), QStringLiteral("upload_media"));
        QCOMPARE(calls.at(0).body["type"].toString(), QStringLiteral("image/png"));
        verifyContract(calls.at(1), QStringLiteral("send_image"));

        const QByteArray pdf = QByteArray("%PDF-1.7\n") + QByteArray(900, 'x');
        calls = afterHubCall(conversationPath("attachments"),
                             {{"files", QJsonArray{file(QStringLiteral("orça\r\nmento\".pdf"), pdf,
                                                        QStringLiteral("Segue"))}}},
                             2, "m-2");
        QCOMPARE(calls.size(), 2);
        verifyContract(calls.at(0), QStringLiteral("upload_media")); // no CR, LF or quote
        verifyContract(calls.at(1), QStringLiteral("send_document"));

        const QByteArray mp3 =
            QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00", 10) + QByteArray(900, '\x55');
        calls = afterHubCall(conversationPath("attachments"),
                             {{"files", QJsonArray{file("recado.mp3", mp3)}}}, 2, "m-3");
        QCOMPARE(calls.size(), 2);
        verifyContract(calls.at(0), QStringLiteral("upload_media"));
        verifyContract(calls.at(1), QStringLiteral("send_audio"));
    }

    void markingAsRead()
    {
        CustomerMessage again(QStringLiteral("5511987650001"), QStringLiteral("E verde?"),
                              QStringLiteral("Marina Souza"));
        QCOMPARE(customerWrites(m_hub, appSecret, m_admin, again), m_conversation);
        // The receipt goes when the owner reads (issue #12): routing gave this one to the admin.
        const QList<Recorded> calls = afterHubCall(conversationPath("read"), {}, 1, {}, m_admin);
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("mark_read"));
    }

    void customerMediaIsFetchedWithTheToken()
    {
        const qsizetype from = m_calls.size();
        whatsapp::InboundMessage photo;
        photo.origin = {QStringLiteral("102290129340398"), phoneNumberId,
                        QStringLiteral("15550783881")};
        photo.from = QStringLiteral("5511987650001");
        photo.profileName = QStringLiteral("Marina Souza");
        photo.wamid = QStringLiteral("wamid.contract.photo");
        photo.timestamp = QDateTime::currentMSecsSinceEpoch();
        photo.type = QStringLiteral("image");
        photo.media.id = QStringLiteral("1013859600285441");
        photo.media.mimeType = QStringLiteral("image/jpeg");
        QVERIFY(signedWebhook(whatsapp::WebhookUpdate(photo)));
        QTRY_VERIFY_WITH_TIMEOUT(m_calls.size() >= from + 2, 10000);
        verifyContract(m_calls.at(from), QStringLiteral("media_url"));
        verifyContract(m_calls.at(from + 1), QStringLiteral("media_download"));
    }

    void templatesAreCreatedWithRealExamplesEditedAndSent()
    {
        const QJsonObject draft{{"name", "pedido_pronto"},
                                {"language", "pt_BR"},
                                {"category", "UTILITY"},
                                {"module", "Leads"},
                                {"body", "Olá $[Leads.First Name], seu pedido está pronto."}};
        QList<Recorded> calls =
            afterHubCall(QStringLiteral("/api/v1/templates"), draft, 1, {}, m_admin);
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("template_create"));
        // A realistic sample, never the field's name.
        QCOMPARE(calls.first().body["components"][0]["example"]["body_text"][0][0].toString(),
                 QStringLiteral("Ana"));
        const qint64 id =
            m_hub.getList(QStringLiteral("/api/v1/templates"), QStringLiteral("templates"), m_admin)
                .first()["id"]
                .toInteger();

        whatsapp::TemplateStatusUpdate verdict;
        verdict.wabaId = QStringLiteral("102290129340398");
        verdict.eventTime = QDateTime::currentMSecsSinceEpoch();
        verdict.event = QStringLiteral("REJECTED");
        verdict.templateId = templateMetaId;
        verdict.name = QStringLiteral("pedido_pronto");
        verdict.language = QStringLiteral("pt_BR");
        verdict.reason = QStringLiteral("INVALID_FORMAT");
        QVERIFY(signedWebhook(whatsapp::WebhookUpdate(verdict)));
        QTRY_COMPARE_WITH_TIMEOUT(withId(m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                       QStringLiteral("templates"), m_admin),
                                         id)["status"]
                                      .toString(),
                                  QStringLiteral("REJECTED"), 10000);
        // Submitted again with the editor's examples: Meta edits it in place.
        QJsonObject edited = draft;
        edited["body"] = QStringLiteral("Oi $[Leads.First Name], o pedido ficou pronto.");
        // Not one sample per field: refused before Meta sees it.
        edited["examples"] = QJsonArray{QStringLiteral("Joana"), QStringLiteral("extra")};
        QCOMPARE(m_hub.post(QStringLiteral("/api/v1/templates/%1").arg(id), edited, m_admin)
                     .json()
                     .value("error")["code"]
                     .toString(),
                 QStringLiteral("template_examples_invalid"));
        edited["examples"] = QJsonArray{QStringLiteral("Joana")};
        calls =
            afterHubCall(QStringLiteral("/api/v1/templates/%1").arg(id), edited, 1, {}, m_admin);
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("template_edit"));
        QCOMPARE(calls.first().body["components"][0]["example"]["body_text"][0][0].toString(),
                 QStringLiteral("Joana"));

        verdict.event = QStringLiteral("APPROVED");
        verdict.reason = QStringLiteral("NONE");
        QVERIFY(signedWebhook(whatsapp::WebhookUpdate(verdict)));
        QTRY_COMPARE_WITH_TIMEOUT(withId(m_hub.getList(QStringLiteral("/api/v1/templates"),
                                                       QStringLiteral("templates"), m_admin),
                                         id)["status"]
                                      .toString(),
                                  QStringLiteral("APPROVED"), 10000);
        calls = afterHubCall(conversationPath("template"), {{"template_id", id}}, 1, "tpl-1");
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("send_template"));
    }

    void businessProfileReadAndWritten()
    {
        const qsizetype from = m_calls.size();
        QCOMPARE(m_hub.get(QStringLiteral("/api/v1/channels/1/profile"), m_admin).status, 200);
        QVERIFY(m_calls.size() > from);
        verifyContract(m_calls.at(from), QStringLiteral("profile_get"));
        const QList<Recorded> calls =
            afterHubCall(QStringLiteral("/api/v1/channels/1/profile"),
                         {{"about", "Pães frescos"},
                          {"address", "Rua Augusta 1500"},
                          {"description", "Padaria"},
                          {"email", "oi@padaria.example"},
                          {"vertical", "RESTAURANT"},
                          {"websites", QJsonArray{"https://padaria.example"}}},
                         1, {}, m_admin);
        QCOMPARE(calls.size(), 1);
        verifyContract(calls.first(), QStringLiteral("profile_update"));
    }

    void everyCallWasVersionedAndCarriedTheToken()
    {
        QVERIFY(m_calls.size() >= 14);
        for (const Recorded &call : m_calls) {
            QVERIFY2(call.path.startsWith(QLatin1String("/v23.0/")) ||
                         call.path.startsWith(QLatin1String("/whatsapp_business/attachments")),
                     qPrintable(call.path));
            QCOMPARE(call.authorization, "Bearer " + token.toUtf8());
        }
    }

private:
    http::HttpServer m_graph{10 * 1024 * 1024};
    HubProcess m_hub;
    QList<Recorded> m_calls;
    QString m_admin;
    QString m_agent;
    Id m_conversation = 0;
};

QTEST_GUILESS_MAIN(GraphContractTest)
#include "tst_graphcontract.moc"
