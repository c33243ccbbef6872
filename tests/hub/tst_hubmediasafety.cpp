// Media values from outside (a webhook's media id, file name and MIME type, an agent's upload
// name, the download URL Graph answers) never steer the channel's token to another host, never
// leave the Graph version and never add a header line. The real parley-hub talks to a small
// Graph stand-in in this test, which records every request it gets, and a second server stands
// for a foreign host.
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"
#include "hubprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace parley;
using namespace parley::testing;

namespace {

const QString appSecret = QStringLiteral("media-test-secret");
const QString accessToken = QStringLiteral("channel-secret-token");
const QString phoneNumberId = QStringLiteral("106540352242922");
const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(300, 'p');

struct Recorded {
    QByteArray method;
    QByteArray target; // path and query as sent
    QByteArray authorization;
    QByteArray body;
};

// One HTTP/1.1 request per connection, answered and closed; every request is recorded.
class RecordingServer : public QObject {
public:
    using Answer = std::function<QByteArray(const Recorded &)>;

    explicit RecordingServer(Answer answer) : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString origin() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

    QList<Recorded> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Recorded request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        qsizetype length = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization")
                request.authorization = value;
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        m_buffers.remove(socket);
        requests.append(request);
        socket->write(m_answer(request));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    Answer m_answer;
};

QByteArray httpAnswer(int status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray jsonAnswer(const QJsonObject &json)
{
    return httpAnswer(200, "application/json", QJsonDocument(json).toJson(QJsonDocument::Compact));
}

// The raw head of a GET answer (status line and header lines), read byte for byte so that a
// header line a client library would merge or drop is seen as the hub wrote it.
QList<QByteArray> rawHeaderLines(const QUrl &url, const QString &token)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + url.path(QUrl::FullyEncoded).toLatin1() +
                 " HTTP/1.1\r\nHost: " + url.authority().toLatin1() + "\r\nAuthorization: Bearer " +
                 token.toLatin1() + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(5000))
        answer += socket.readAll();
    const qsizetype end = answer.indexOf("\r\n\r\n");
    return end < 0 ? QList<QByteArray>() : answer.left(end).split('\n');
}

QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &name)
{
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class HubMediaSafetyTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_graph.listen());
        QVERIFY(m_foreign.listen());
        QVERIFY(m_hub.addAgent(QStringLiteral("ana"), QStringLiteral("admin"),
                               QStringLiteral("ana-password")));
        QVERIFY(m_hub.addAgent(QStringLiteral("bo"), QStringLiteral("agent"),
                               QStringLiteral("bo-password")));
        QVERIFY(m_hub.addChannel(phoneNumberId, QStringLiteral("15550783881"),
                                 m_graph.origin() + QStringLiteral("/v23.0"), accessToken,
                                 appSecret, QStringLiteral("vt")));
        QVERIFY2(m_hub.start(), m_hub.log().constData());
        m_token = m_hub.login(QStringLiteral("bo"), QStringLiteral("bo-password"));
        QVERIFY(!m_token.isEmpty());
        // Credits for the agent's upload to be sent.
        const QString admin = m_hub.login(QStringLiteral("ana"), QStringLiteral("ana-password"));
        QCOMPARE(
            m_hub.post(QStringLiteral("/api/v1/credits/purchases"), {{"packs", 1}}, admin).status,
            200);
    }

    void mediaIdsThatAreNoGraphIdsAreNeverFetched_data()
    {
        QTest::addColumn<QString>("mediaId");
        QTest::newRow("foreign url") << m_foreign.origin() + QStringLiteral("/steal");
        QTest::newRow("graph host url") << m_graph.origin() + QStringLiteral("/steal");
        QTest::newRow("dot dot") << QStringLiteral("../../steal");
        QTest::newRow("encoded dot dot") << QStringLiteral("%2e%2e%2f%2e%2e%2fsteal");
        QTest::newRow("scheme relative") << QStringLiteral("//127.0.0.1:9/steal");
        QTest::newRow("query") << QStringLiteral("1001?steal=1");
    }

    void mediaIdsThatAreNoGraphIdsAreNeverFetched()
    {
        QFETCH(QString, mediaId);
        const Id hostile = customerSendsDocument(mediaId, QStringLiteral("a.pdf"),
                                                 QStringLiteral("application/pdf"));
        QVERIFY(hostile > 0);
        // A good file sent after it is fetched: by then the hostile one's turn has passed.
        const Id good = customerSendsDocument(QStringLiteral("1001"), QStringLiteral("b.pdf"),
                                              QStringLiteral("application/pdf"));
        QTRY_COMPARE_WITH_TIMEOUT(mediaStatus(good), 200, 15000);
        QCOMPARE(mediaStatus(hostile), 409);
        QCOMPARE(m_foreign.requests.size(), 0);
        for (const Recorded &request : m_graph.requests) {
            QVERIFY2(!request.target.contains("steal"), request.target.constData());
            QVERIFY2(request.target.startsWith("/v23.0/") || request.target.startsWith("/dl/"),
                     request.target.constData());
        }
    }

    void theDownloadUrlGraphNamesGetsTheTokenOnlyOnAllowedHosts()
    {
        // Graph answers media 2222 with a URL on the foreign host.
        const Id redirected = customerSendsDocument(QStringLiteral("2222"), QStringLiteral("c.pdf"),
                                                    QStringLiteral("application/pdf"));
        QVERIFY(redirected > 0);
        QTRY_VERIFY_WITH_TIMEOUT(graphGot("/v23.0/2222"), 15000);
        const Id good = customerSendsDocument(QStringLiteral("1002"), QStringLiteral("d.pdf"),
                                              QStringLiteral("application/pdf"));
        QTRY_COMPARE_WITH_TIMEOUT(mediaStatus(good), 200, 15000);
        QCOMPARE(m_foreign.requests.size(), 0);
        QCOMPARE(mediaStatus(redirected), 409);
        // The legitimate second hop, to the URL Graph answered on Graph's own origin, had the
        // token, as Meta requires.
        bool downloaded = false;
        for (const Recorded &request : m_graph.requests) {
            QCOMPARE(request.authorization, "Bearer " + accessToken.toLatin1());
            downloaded = downloaded || request.target == "/dl/1002";
        }
        QVERIFY(downloaded);
    }

    void aCustomersFileNameAndTypeAddNoHeaderLines()
    {
        const Id id =
            customerSendsDocument(QStringLiteral("1003"),
                                  QStringLiteral("report\r\nSet-Cookie: stolen=1\r\nX-Evil: 1.pdf"),
                                  QStringLiteral("text/html\r\nSet-Cookie: evil=2"));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(mediaStatus(id), 200, 15000);
        const QList<QByteArray> head =
            rawHeaderLines(m_hub.url(QStringLiteral("/api/v1/messages/%1/media").arg(id)), m_token);
        QVERIFY(!head.isEmpty());
        for (const QByteArray &line : head) {
            QVERIFY2(!line.toLower().startsWith("set-cookie"), line.constData());
            QVERIFY2(!line.toLower().startsWith("x-evil"), line.constData());
        }
        // text/html is not a type WhatsApp carries: served as bytes, and never sniffed.
        QCOMPARE(headerValue(head, "Content-Type"), QByteArray("application/octet-stream"));
        QCOMPARE(headerValue(head, "X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(headerValue(head, "Content-Disposition"),
                 QByteArray("attachment; filename=\"reportSet-Cookie: stolen=1X-Evil: 1.pdf\"; "
                            "filename*=UTF-8''reportSet-Cookie%3A%20stolen%3D1X-Evil%3A%201.pdf"));
        // What the hub stored (and syncs to the desktops) holds no line break either.
        const QJsonObject media = messageJson(id)["media"].toObject();
        QCOMPARE(media["filename"].toString(),
                 QStringLiteral("reportSet-Cookie: stolen=1X-Evil: 1.pdf"));
        QVERIFY(!media["mime_type"].toString().contains(QLatin1Char('\n')));
    }

    void aNonAsciiNameIsEncodedWithAnAsciiFallback()
    {
        const Id id =
            customerSendsDocument(QStringLiteral("1004"), QStringLiteral("Relatório \"final\".pdf"),
                                  QStringLiteral("application/pdf"));
        QTRY_COMPARE_WITH_TIMEOUT(mediaStatus(id), 200, 15000);
        const QList<QByteArray> head =
            rawHeaderLines(m_hub.url(QStringLiteral("/api/v1/messages/%1/media").arg(id)), m_token);
        QCOMPARE(headerValue(head, "Content-Type"), QByteArray("application/pdf"));
        QCOMPARE(headerValue(head, "Content-Disposition"),
                 QByteArray("attachment; filename=\"Relat_rio _final_.pdf\"; "
                            "filename*=UTF-8''Relat%C3%B3rio%20%22final%22.pdf"));
    }

    void anAgentsUploadNameIsCleanedBeforeItIsStoredOrSent()
    {
        const Id conversation = conversationOf(customerSendsDocument(
            QStringLiteral("1005"), QStringLiteral("e.pdf"), QStringLiteral("application/pdf")));
        QVERIFY(conversation > 0);
        const QJsonObject file{{"filename", "quote\r\nSet-Cookie: a=1\r\n\".pdf"},
                               {"content", QString::fromLatin1(pdf.toBase64())}};
        const HttpReply sent =
            m_hub.post(QStringLiteral("/api/v1/conversations/%1/attachments").arg(conversation),
                       {{"files", QJsonArray{file}}}, m_token, {{"Idempotency-Key", "up-1"}});
        QVERIFY2(sent.status == 202, sent.body.constData());
        const QJsonObject message = sent.json()["messages"].toArray().first().toObject();
        QCOMPARE(message["media"]["filename"].toString(),
                 QStringLiteral("quoteSet-Cookie: a=1\".pdf"));

        // The upload to Graph /media: its part headers are the hub's alone.
        QTRY_VERIFY_WITH_TIMEOUT(graphGot("/v23.0/" + phoneNumberId.toLatin1() + "/media"), 15000);
        QByteArray upload;
        for (const Recorded &request : m_graph.requests) {
            if (request.method == "POST" && request.target.endsWith("/media"))
                upload = request.body;
        }
        const QList<QByteArray> lines = upload.split('\n');
        bool sawFilePart = false;
        for (const QByteArray &line : lines) {
            QVERIFY2(!line.toLower().startsWith("set-cookie"), line.constData());
            if (line.contains("name=\"file\"")) {
                sawFilePart = true;
                QCOMPARE(line.trimmed(),
                         QByteArray("Content-Disposition: form-data; name=\"file\"; "
                                    "filename=\"quoteSet-Cookie: a=1_.pdf\""));
            }
        }
        QVERIFY2(sawFilePart, upload.left(600).constData());

        const QList<QByteArray> head = rawHeaderLines(
            m_hub.url(QStringLiteral("/api/v1/messages/%1/media").arg(message["id"].toInteger())),
            m_token);
        for (const QByteArray &line : head)
            QVERIFY2(!line.toLower().startsWith("set-cookie"), line.constData());
        QCOMPARE(headerValue(head, "Content-Type"), QByteArray("application/pdf"));
    }

private:
    QByteArray graphAnswer(const Recorded &request)
    {
        static const QRegularExpression object(QStringLiteral("^/v23\\.0/(\\d+)$"));
        const QRegularExpressionMatch match = object.match(QString::fromLatin1(request.target));
        if (request.method == "GET" && match.hasMatch()) {
            const QString id = match.captured(1);
            const QString host =
                id == QLatin1String("2222") ? m_foreign.origin() : m_graph.origin();
            return jsonAnswer({{"messaging_product", "whatsapp"},
                               {"url", host + QStringLiteral("/dl/") + id},
                               {"mime_type", "application/pdf"},
                               {"sha256", "abc"},
                               {"file_size", QString::number(pdf.size())},
                               {"id", id}});
        }
        if (request.method == "GET" && request.target.startsWith("/dl/"))
            return httpAnswer(200, "application/pdf", pdf);
        if (request.method == "POST" && request.target.endsWith("/media"))
            return jsonAnswer({{"id", "5555"}});
        if (request.method == "POST" && request.target.endsWith("/messages"))
            return jsonAnswer(
                {{"messaging_product", "whatsapp"},
                 {"messages", QJsonArray{QJsonObject{
                                  {"id", QStringLiteral("wamid.out.%1").arg(requests())}}}}});
        return httpAnswer(404, "text/plain", "not found");
    }

    int requests() const { return int(m_graph.requests.size()); }

    bool graphGot(const QByteArray &target) const
    {
        for (const Recorded &request : m_graph.requests) {
            if (request.target == target)
                return true;
        }
        return false;
    }

    // A signed webhook with one document from a customer; the id of the message it became.
    Id customerSendsDocument(const QString &mediaId, const QString &fileName,
                             const QString &mimeType)
    {
        whatsapp::InboundMessage message;
        message.origin = {QStringLiteral("102290129340398"), phoneNumberId,
                          QStringLiteral("15550783881")};
        message.from = QStringLiteral("5511987650001");
        message.profileName = QStringLiteral("Cliente");
        message.wamid = QStringLiteral("wamid.media.%1").arg(++m_sequence);
        message.timestamp = QDateTime::currentMSecsSinceEpoch();
        message.type = QStringLiteral("document");
        message.media.id = mediaId;
        message.media.filename = fileName;
        message.media.mimeType = mimeType;
        message.media.sha256 = QStringLiteral("abc");
        const QByteArray body = whatsapp::webhookBody(whatsapp::WebhookUpdate(message));
        if (httpCall(
                "POST", m_hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                {{"X-Hub-Signature-256", whatsapp::webhookSignature(appSecret.toUtf8(), body)}})
                .status != 200)
            return 0;
        for (const QJsonValue &event : m_hub.events(m_token)) {
            if (event["type"] == QStringLiteral("message.created") &&
                event["data"]["wamid"].toString() == message.wamid)
                return event["data"]["id"].toInteger();
        }
        return 0;
    }

    QJsonObject messageJson(Id id)
    {
        QJsonObject last;
        for (const QJsonValue &event : m_hub.events(m_token)) {
            if (event["type"].toString().startsWith(QLatin1String("message.")) &&
                event["data"]["id"].toInteger() == id)
                last = event["data"].toObject();
        }
        return last;
    }

    Id conversationOf(Id message) { return messageJson(message)["conversation_id"].toInteger(); }

    int mediaStatus(Id id)
    {
        return m_hub.get(QStringLiteral("/api/v1/messages/%1/media").arg(id), m_token).status;
    }

    RecordingServer m_graph{[this](const Recorded &request) {
        return graphAnswer(request);
    }};
    RecordingServer m_foreign{[](const Recorded &) {
        return httpAnswer(200, "application/pdf", pdf);
    }};
    HubProcess m_hub;
    QString m_token;
    int m_sequence = 0;
};

QTEST_MAIN(HubMediaSafetyTest)
#include "tst_hubmediasafety.moc"
