// The hub's side of the Graph API contract (issue #17) for a conversation's calls: texts with and
// without a link preview, media uploaded then sent, a read receipt, a customer's file fetched; each
// held to Meta's documented request (graphcontractfixture.h). The admin's calls:
// tst_graphcontractadmin.
#include "graphcontractfixture.h"

#include <QTest>

using namespace parley;
using namespace parley::testing;

class GraphContractTest : public QObject, protected GraphContractFixture {
    Q_OBJECT

private slots:
    void initTestCase() { startGraphAndHub(); }

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

    void everyCallWasVersionedAndCarriedTheToken() { verifyEveryCall(12); }
};

QTEST_GUILESS_MAIN(GraphContractTest)
#include "tst_graphcontract.moc"
