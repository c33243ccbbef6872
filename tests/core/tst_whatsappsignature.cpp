#include "core/whatsapp/signature.h"

#include <QJsonDocument>
#include <QTest>

using namespace parley::whatsapp;

namespace {

const QByteArray secret = QByteArrayLiteral("parley-app-secret");
const QByteArray body = QByteArrayLiteral(R"({"object":"whatsapp_business_account","entry":[]})");
// printf '%s' '{"object":"whatsapp_business_account","entry":[]}' |
//     openssl dgst -sha256 -hmac 'parley-app-secret'
const QByteArray bodyHex =
    QByteArrayLiteral("bc0a7f2be0e905f95ca9ac41b8a71615fa9f897c893907135599beda9dff7354");

} // namespace

class WhatsAppSignatureTest : public QObject {
    Q_OBJECT
private slots:
    void matchesIndependentlyComputedVectors_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("webhook body") << secret << body << bodyHex;
        // The RFC-style textbook vector, as openssl prints it.
        QTest::newRow("quick brown fox")
            << QByteArray("key") << QByteArray("The quick brown fox jumps over the lazy dog")
            << QByteArray("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
        // UTF-8 in both key and body: the bytes are signed, not characters.
        QTest::newRow("utf-8") << QStringLiteral("segredo-ção").toUtf8()
                               << QStringLiteral(R"({"text":{"body":"Olá 😮 见"}})").toUtf8()
                               << QByteArray("072fd2eaa9ee5367719d962f1878e53c9ff3517ef0c357f0e52d"
                                             "d66f5193a98a");
        QTest::newRow("empty body")
            << secret << QByteArray()
            << QByteArray("3048882841be442e8ed27ffa2698bd2b0a10b644287a99ef9b8305ce17cec8ad");
    }

    void matchesIndependentlyComputedVectors()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, hex);
        QCOMPARE(webhookSignature(key, message), QByteArray("sha256=") + hex);
        QVERIFY(verifyWebhookSignature(key, message, "sha256=" + hex));
    }

    void headerNameIsMetas() { QCOMPARE(QByteArray(signatureHeader), "X-Hub-Signature-256"); }

    void hexDigitsAreAcceptedInEitherCase()
    {
        QVERIFY(verifyWebhookSignature(secret, body, "sha256=" + bodyHex.toUpper()));
        QByteArray mixed = bodyHex;
        for (int i = 0; i < mixed.size(); i += 2)
            mixed[i] = QChar::toUpper(uchar(mixed.at(i)));
        QVERIFY(verifyWebhookSignature(secret, body, "sha256=" + mixed));
    }

    void malformedOrWrongHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QByteArray lastDigitChanged = "sha256=" + bodyHex;
        lastDigitChanged.back() = '5';
        QByteArray firstDigitChanged = "sha256=" + bodyHex;
        firstDigitChanged[7] = 'c';
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("bare hex, no prefix") << bodyHex;
        QTest::newRow("upper-case prefix") << "SHA256=" + bodyHex;
        QTest::newRow("sha1 prefix") << "sha1=" + bodyHex;
        QTest::newRow("prefix only") << QByteArray("sha256=");
        QTest::newRow("63 digits") << "sha256=" + bodyHex.left(63);
        QTest::newRow("65 digits") << "sha256=" + bodyHex + "0";
        QTest::newRow("twice as long") << "sha256=" + bodyHex + bodyHex;
        QTest::newRow("non-hex digit") << "sha256=" + bodyHex.left(63) + "g";
        QTest::newRow("space inside") << "sha256=" + bodyHex.left(31) + " " + bodyHex.mid(32);
        QTest::newRow("trailing space") << "sha256=" + bodyHex.left(63) + " ";
        QTest::newRow("leading space") << " sha256=" + bodyHex;
        QTest::newRow("last digit changed") << lastDigitChanged;
        QTest::newRow("first digit changed") << firstDigitChanged;
        QTest::newRow("raw digest bytes") << "sha256=" + QByteArray::fromHex(bodyHex);
    }

    void malformedOrWrongHeadersAreRefused()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!verifyWebhookSignature(secret, body, header));
    }

    void anotherSecretOrBodyIsRefused()
    {
        const QByteArray header = webhookSignature(secret, body);
        QVERIFY(!verifyWebhookSignature("parley-app-secret2", body, header));
        QVERIFY(!verifyWebhookSignature(secret, body + " ", header));
        QByteArray oneByteOff = body;
        oneByteOff[2] = 'O';
        QVERIFY(!verifyWebhookSignature(secret, oneByteOff, header));
    }

    void reserializedJsonDoesNotVerify()
    {
        // The signature covers the bytes as sent; parsing and writing the JSON again changes them.
        const QByteArray sent = R"({"entry": [], "object": "whatsapp_business_account"})";
        const QByteArray header = webhookSignature(secret, sent);
        const QByteArray reserialized =
            QJsonDocument::fromJson(sent).toJson(QJsonDocument::Compact);
        QVERIFY(reserialized != sent);
        QVERIFY(verifyWebhookSignature(secret, sent, header));
        QVERIFY(!verifyWebhookSignature(secret, reserialized, header));
    }

    void anEmptySecretVerifiesNothing()
    {
        const QByteArray header = webhookSignature(QByteArray(), body);
        QCOMPARE(header.size(), 7 + 64);
        QVERIFY(!verifyWebhookSignature(QByteArray(), body, header));
    }
};

QTEST_GUILESS_MAIN(WhatsAppSignatureTest)
#include "tst_whatsappsignature.moc"
