// core/whatsapp/mediasafety: the one rule for media ids, download hosts, file names and the
// types the hub serves.
#include "core/whatsapp/mediasafety.h"

#include <QTest>

using namespace parley::whatsapp;

class MediaSafetyTest : public QObject {
    Q_OBJECT
private slots:
    void mediaIdsAreGraphIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("meta") << QStringLiteral("1689556908129835") << true;
        QTest::newRow("sim 15 digits") << QStringLiteral("512345678901234") << true;
        QTest::newRow("opaque") << QStringLiteral("AbC_12-x") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("url") << QStringLiteral("https://evil.example/x") << false;
        QTest::newRow("dot dot") << QStringLiteral("../x") << false;
        QTest::newRow("dot") << QStringLiteral("12.3") << false;
        QTest::newRow("slash") << QStringLiteral("12/messages") << false;
        QTest::newRow("percent") << QStringLiteral("%2e%2e") << false;
        QTest::newRow("colon") << QStringLiteral("a:b") << false;
        QTest::newRow("space") << QStringLiteral("12 3") << false;
        QTest::newRow("newline") << QStringLiteral("12\n3") << false;
        QTest::newRow("query") << QStringLiteral("12?x=1") << false;
        QTest::newRow("fragment") << QStringLiteral("12#x") << false;
        QTest::newRow("non-ascii digit") << QStringLiteral("١٢") << false;
        QTest::newRow("too long") << QString(129, QLatin1Char('1')) << false;
        QTest::newRow("longest") << QString(128, QLatin1Char('1')) << true;
    }

    void mediaIdsAreGraphIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(isValidMediaId(id), valid);
    }

    void downloadsGoOnlyToMetasCdnOrTheGraphOrigin_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("graph");
        QTest::addColumn<bool>("allowed");
        const QString meta = QStringLiteral("https://graph.facebook.com/v23.0");
        const QString sim = QStringLiteral("http://127.0.0.1:8090/v23.0");
        QTest::newRow("lookaside")
            << QStringLiteral("https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1")
            << meta << true;
        QTest::newRow("lookaside over http")
            << QStringLiteral("http://lookaside.fbsbx.com/x") << meta << false;
        QTest::newRow("look-alike host")
            << QStringLiteral("https://lookaside.fbsbx.com.evil.example/x") << meta << false;
        QTest::newRow("suffix without dot")
            << QStringLiteral("https://evilfbsbx.com/x") << meta << false;
        QTest::newRow("user info")
            << QStringLiteral("https://user:pw@lookaside.fbsbx.com/x") << meta << false;
        QTest::newRow("graph origin")
            << QStringLiteral("https://graph.facebook.com/x") << meta << true;
        QTest::newRow("sim origin")
            << QStringLiteral("http://127.0.0.1:8090/whatsapp_business/attachments/?mid=1") << sim
            << true;
        QTest::newRow("sim host, other port")
            << QStringLiteral("http://127.0.0.1:8091/x") << sim << false;
        QTest::newRow("other host") << QStringLiteral("https://evil.example/x") << meta << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << meta << false;
        QTest::newRow("relative") << QStringLiteral("/x") << meta << false;
    }

    void downloadsGoOnlyToMetasCdnOrTheGraphOrigin()
    {
        QFETCH(QString, url);
        QFETCH(QString, graph);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedMediaDownloadUrl(QUrl(url), QUrl(graph)), allowed);
    }

    void fileNamesLoseControlsAndSeparators()
    {
        QCOMPARE(cleanFileName(QStringLiteral(" a\r\nb\tc\x7f.pdf ")), QStringLiteral("abc.pdf"));
        QCOMPARE(cleanFileName(QStringLiteral("../../etc/passwd")),
                 QStringLiteral(".._.._etc_passwd"));
        QCOMPARE(cleanFileName(QStringLiteral("x\\y.pdf")), QStringLiteral("x_y.pdf"));
        // U+202E (right-to-left override) would show "invoice<RLO>fdp.exe" as "invoiceexe.pdf".
        QCOMPARE(cleanFileName(QStringLiteral("invoice\u202Efdp.exe")),
                 QStringLiteral("invoicefdp.exe"));
        QCOMPARE(cleanFileName(QStringLiteral("a\u2028b")), QStringLiteral("ab"));
        QCOMPARE(cleanFileName(QStringLiteral("orçamento.pdf")), QStringLiteral("orçamento.pdf"));
        QCOMPARE(cleanFileName(QStringLiteral("\r\n")), QString());
        QCOMPARE(cleanFileName(QString(300, QLatin1Char('a'))).size(), 255);
        // A pair cut at the limit is dropped whole.
        const QString emoji = QString(254, QLatin1Char('a')) + QStringLiteral("\U0001F600");
        QCOMPARE(cleanFileName(emoji), QString(254, QLatin1Char('a')));
    }

    void onlyWhatsappTypesAreServedAsThemselves()
    {
        QCOMPARE(servedMimeType(QStringLiteral("application/pdf")), QByteArray("application/pdf"));
        QCOMPARE(servedMimeType(QStringLiteral("audio/ogg; codecs=opus")), QByteArray("audio/ogg"));
        QCOMPARE(servedMimeType(QStringLiteral("IMAGE/JPEG")), QByteArray("image/jpeg"));
        QCOMPARE(servedMimeType(QStringLiteral("text/html")),
                 QByteArray("application/octet-stream"));
        QCOMPARE(servedMimeType(QStringLiteral("image/svg+xml")),
                 QByteArray("application/octet-stream"));
        QCOMPARE(servedMimeType(QStringLiteral("application/pdf\r\nSet-Cookie: a=1")),
                 QByteArray("application/octet-stream"));
        QCOMPARE(servedMimeType(QString()), QByteArray("application/octet-stream"));
    }

    void contentDispositionHasAnAsciiFallbackAndUtf8Name()
    {
        QCOMPARE(attachmentContentDisposition(QStringLiteral("quote.pdf")),
                 QByteArray("attachment; filename=\"quote.pdf\"; filename*=UTF-8''quote.pdf"));
        QCOMPARE(attachmentContentDisposition(QStringLiteral("a \"b\"\\c;d.pdf")),
                 QByteArray("attachment; filename=\"a _b__c;d.pdf\"; "
                            "filename*=UTF-8''a%20%22b%22_c%3Bd.pdf"));
        QCOMPARE(attachmentContentDisposition(QStringLiteral("日本.pdf")),
                 QByteArray("attachment; filename=\"__.pdf\"; "
                            "filename*=UTF-8''%E6%97%A5%E6%9C%AC.pdf"));
        QCOMPARE(attachmentContentDisposition(QStringLiteral("\r\n")),
                 QByteArray("attachment; filename=\"file\"; filename*=UTF-8''file"));
        QVERIFY(!attachmentContentDisposition(QStringLiteral("a\r\nSet-Cookie: x")).contains('\n'));
    }

    void formDataNamesHoldNoQuoteOrLineBreak()
    {
        QCOMPARE(formDataFileName(QStringLiteral("q\r\n\"x\".pdf")), QByteArray("q_x_.pdf"));
        QCOMPARE(formDataFileName(QStringLiteral("orçamento.pdf")),
                 QStringLiteral("orçamento.pdf").toUtf8());
        QCOMPARE(formDataFileName(QString()), QByteArray("file"));
    }
};

QTEST_MAIN(MediaSafetyTest)
#include "tst_mediasafety.moc"
