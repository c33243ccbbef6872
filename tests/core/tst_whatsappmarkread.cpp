// Mark as read (whatsapp-cloud-api.md §5): the body the hub sends when an agent reads a
// conversation, as the simulator checks it, and Graph's {"success": true} reply. The fixtures
// are Meta's own example request and response from "Mark messages as read".
#include "core/whatsapp/grapherrors.h"
#include "core/whatsapp/graphmessages.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace parley::whatsapp;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const QString metaWamid =
    QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJDQjZCMzlEQUE4OTJBMTE4RTUA");

} // namespace

class WhatsAppMarkReadTest : public QObject {
    Q_OBJECT
private slots:
    void theBodyIsMetasExample()
    {
        const QJsonObject body = markReadRequestJson({metaWamid, false});
        QCOMPARE(body, fixture(QStringLiteral("graph_mark_read_request.json")));
        // Exactly Meta's three fields: no "to", "type" or "recipient_type" of a send.
        QCOMPARE(body.size(), 3);
        QVERIFY(isMarkReadRequest(body));
    }

    void metasExampleParses()
    {
        MarkReadRequest request;
        GraphError error;
        QVERIFY(parseMarkReadRequest(fixture(QStringLiteral("graph_mark_read_request.json")),
                                     &request, &error));
        QCOMPARE(request.messageId, metaWamid);
        QVERIFY(!request.typingIndicator);
    }

    void badBodiesGetGraphsError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::newRow("no message_id")
            << QByteArray(R"({"messaging_product":"whatsapp","status":"read"})") << 131008;
        QTest::newRow("empty message_id")
            << QByteArray(R"({"messaging_product":"whatsapp","status":"read","message_id":""})")
            << 131008;
        QTest::newRow("not read")
            << QByteArray(
                   R"({"messaging_product":"whatsapp","status":"delivered","message_id":"wamid.x"})")
            << 131009;
        QTest::newRow("other product")
            << QByteArray(R"({"messaging_product":"sms","status":"read","message_id":"wamid.x"})")
            << 100;
        QTest::newRow("message_id not a string")
            << QByteArray(
                   R"({"messaging_product":"whatsapp","status":"read","message_id":["wamid.x"]})")
            << 100;
    }

    void badBodiesGetGraphsError()
    {
        QFETCH(QByteArray, body);
        MarkReadRequest request;
        GraphError error;
        QVERIFY(!parseMarkReadRequest(QJsonDocument::fromJson(body).object(), &request, &error));
        QTEST(error.code, "code");
        QCOMPARE(graphErrorHttpStatus(error.code), 400);
    }

    void theReplyIsSuccessTrue()
    {
        QString problem;
        QVERIFY2(parseSuccessResponse(fixture(QStringLiteral("graph_mark_read_response.json")),
                                      &problem),
                 qPrintable(problem));
        QCOMPARE(successResponseJson(), fixture(QStringLiteral("graph_mark_read_response.json")));
        QVERIFY(!parseSuccessResponse(json(R"({"success":false})"), &problem));
        QVERIFY(!parseSuccessResponse(json(R"({})"), &problem));
        // A send's reply is not a mark-read's.
        QVERIFY(!parseSuccessResponse(json(R"({"messaging_product":"whatsapp","messages":[]})"),
                                      &problem));
    }

    void anUnknownWamidIsInvalidParameterNotRetried()
    {
        // Meta: marking an invalid message id read answers 131009 "Parameter value is not
        // valid"; the hub logs it and does not try again.
        const GraphError error = graphError(131009, QStringLiteral("x"));
        QCOMPARE(error.message, QStringLiteral("(#131009) Parameter value is not valid"));
        QCOMPARE(graphErrorHttpStatus(131009), 400);
        QCOMPARE(classifyGraphError(131009, 400), GraphErrorClass::InvalidParameter);
    }
};

QTEST_GUILESS_MAIN(WhatsAppMarkReadTest)
#include "tst_whatsappmarkread.moc"
