// The real parley-cloudsim process on its own: media uploaded through the Graph API, sent and
// downloaded byte for byte, and customers' photos the hub can download.
#include "cloudsimfixture.h"

using namespace parley;
using namespace parley::testing;

class CloudSimMediaTest : public QObject, protected CloudSimFixture {
    Q_OBJECT
private slots:
    void initTestCase() { startSim(); }

    void uploadedMediaDownloadsByteForByte()
    {
        QByteArray file("%PDF-1.4 a tiny test document\n");
        file.append(QByteArray(1000, '\x7f'));
        const QByteArray boundary = "sim-test-boundary";
        QByteArray body;
        const auto field = [&](const QByteArray &name, const QByteArray &value) {
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                    "\"\r\n\r\n" + value + "\r\n";
        };
        field("messaging_product", "whatsapp");
        field("type", "application/pdf");
        body += "--" + boundary +
                "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"order.pdf\"\r\n"
                "Content-Type: application/pdf\r\n\r\n" +
                file + "\r\n--" + boundary + "--\r\n";
        const QByteArray bearer = "Bearer " + m_sim->identity().accessToken.toUtf8();
        const QString mediaPath =
            QStringLiteral("/v23.0/%1/media").arg(m_sim->identity().phoneNumberId);
        HttpReply reply =
            httpCall("POST", m_sim->url(mediaPath), body,
                     {{"Authorization", bearer},
                      {"Content-Type", "multipart/form-data; boundary=\"" + boundary + "\""}});
        QCOMPARE(reply.status, 200);
        const QString mediaId = reply.json().value("id").toString();
        QVERIFY(!mediaId.isEmpty());

        reply = m_sim->graph("GET", QStringLiteral("/") + mediaId);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("mime_type").toString(), QStringLiteral("application/pdf"));
        QCOMPARE(reply.json().value("file_size").toString(), QString::number(file.size()));
        QCOMPARE(reply.json().value("sha256").toString().toLatin1(),
                 QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());
        const QUrl download(reply.json().value("url").toString());
        reply = httpCall("GET", download, {}, {{"Authorization", bearer}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, file);
        QCOMPARE(httpCall("GET", download).status, 401);
        QUrl tampered = download;
        tampered.setQuery(
            download.query().replace(QLatin1String("hash="), QLatin1String("hash=0")));
        QCOMPARE(httpCall("GET", tampered, {}, {{"Authorization", bearer}}).status, 404);

        QVERIFY(!m_sim
                     ->inbound(QStringLiteral("5511987650005"), QStringLiteral("Dani"),
                               QStringLiteral("Manda o boleto?"))
                     .isEmpty());
        QJsonObject document{{"messaging_product", "whatsapp"},
                             {"to", "+5511987650005"},
                             {"type", "document"},
                             {"document", QJsonObject{{"id", mediaId}, {"filename", "order.pdf"}}}};
        reply = m_sim->graph("POST", m_messagesPath, document);
        QCOMPARE(reply.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.statusesOf(wamidOf(reply)).size(), 3, 5000);
        document["document"] = QJsonObject{{"id", "404404404404404"}};
        reply = m_sim->graph("POST", m_messagesPath, document);
        const QString unknownMedia = wamidOf(reply);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.statusesOf(unknownMedia).size(), 1, 5000);
        QCOMPARE(m_receiver.statusesOf(unknownMedia).first().errors.value(0).code, 131053);
    }

    void customersSendPhotosTheHubCanDownload()
    {
        const HttpReply reply = m_sim->inbound(QJsonObject{
            {"from", "14155550123"},
            {"name", "Emily Carter"},
            {"media", QJsonObject{{"type", "image"}, {"caption", "The box arrived like this"}}}});
        QCOMPARE(reply.status, 200);
        const QString wamid = reply.json().value("wamid").toString();
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver.message(wamid).has_value(), 5000);
        const whatsapp::InboundMessage message = *m_receiver.message(wamid);
        QCOMPARE(message.type, QStringLiteral("image"));
        QCOMPARE(message.media.caption, QStringLiteral("The box arrived like this"));
        QCOMPARE(message.media.id, reply.json().value("media_id").toString());
        const HttpReply info = m_sim->graph("GET", QStringLiteral("/") + message.media.id);
        QCOMPARE(info.status, 200);
        const HttpReply file =
            httpCall("GET", QUrl(info.json().value("url").toString()), {},
                     {{"Authorization", "Bearer " + m_sim->identity().accessToken.toUtf8()}});
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.startsWith("\x89PNG"));
        QCOMPARE(QByteArray::fromBase64(message.media.sha256.toLatin1()),
                 QCryptographicHash::hash(file.body, QCryptographicHash::Sha256));
    }

    // The inbound media above came as webhooks too: signed and in Meta's shape.
    void everyWebhookWasSignedAndParseable() { m_receiver.verifyEverySignedAndParseable(1); }
};

QTEST_GUILESS_MAIN(CloudSimMediaTest)
#include "tst_cloudsimmedia.moc"
