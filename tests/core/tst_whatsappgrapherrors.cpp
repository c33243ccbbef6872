// Graph API error envelopes: parsing Meta's, building the simulator's, their HTTP statuses, and
// how each code is classified for retrying.
#include "whatsappgraphfixtures.h"

using namespace parley::testing;
using namespace parley::whatsapp;

Q_DECLARE_METATYPE(GraphErrorClass)

class WhatsAppGraphErrorsTest : public QObject {
    Q_OBJECT
private slots:
    void rateLimitErrorEnvelope()
    {
        GraphError error;
        QString problem;
        QVERIFY(
            parseGraphError(fixture(QStringLiteral("graph_error_130429.json")), &error, &problem));
        QCOMPARE(error.code, 130429);
        QCOMPARE(error.message, QStringLiteral("(#130429) Rate limit hit"));
        QCOMPARE(error.type, QStringLiteral("OAuthException"));
        QCOMPARE(error.details,
                 QStringLiteral("Message failed to send because there were too many messages sent "
                                "from this phone number in a short period of time"));
        QCOMPARE(error.subcode, 2494055);
        QCOMPARE(error.fbtraceId, QStringLiteral("Az8or2yhqkZfEZ-_4Qn_Bam"));
        QCOMPARE(graphErrorJson(error), fixture(QStringLiteral("graph_error_130429.json")));
        QCOMPARE(classifyGraphError(error.code, 429), GraphErrorClass::RetryWithBackoff);
    }

    void tokenExpiryErrorEnvelope()
    {
        GraphError error;
        QString problem;
        QVERIFY(parseGraphError(fixture(QStringLiteral("graph_error_190.json")), &error, &problem));
        QCOMPARE(error.code, 190);
        QCOMPARE(error.subcode, 463);
        QVERIFY(error.message.startsWith(
            QLatin1String("Error validating access token: Session has expired on")));
        QCOMPARE(error.details, QString());
        QCOMPARE(error.fbtraceId, QStringLiteral("ACEyrTehk6IAd0lm05Ixogh"));
        QCOMPARE(graphErrorJson(error), fixture(QStringLiteral("graph_error_190.json")));
        QCOMPARE(classifyGraphError(error.code, 401), GraphErrorClass::Auth);
    }

    void notAnErrorEnvelope()
    {
        GraphError error;
        QString problem;
        QVERIFY(
            !parseGraphError(fixture(QStringLiteral("graph_send_success.json")), &error, &problem));
        QCOMPARE(problem, QStringLiteral("error: missing"));
        QVERIFY(!parseGraphError(json(R"({"error":{"message":"x"}})"), &error, &problem));
        QCOMPARE(problem, QStringLiteral("error.code: missing"));

        // A proxy's HTML 502 page is not JSON at all.
        QJsonObject object;
        QVERIFY(!parseJsonObject("<html>Bad Gateway</html>", &object, &problem));
        QCOMPARE(problem, QStringLiteral("body is not JSON: illegal value at offset 1"));
    }

    void simulatorErrorsLookLikeGraphs()
    {
        const GraphError error = graphError(131047, QStringLiteral("24 hours have passed"));
        QJsonObject expected = json(R"({"error":{"type":"OAuthException","code":131047,
            "error_data":{"messaging_product":"whatsapp","details":"24 hours have passed"}}})");
        QJsonObject body = expected.value(QLatin1String("error")).toObject();
        body.insert(QStringLiteral("message"), QStringLiteral("(#131047) Re-engagement message"));
        expected.insert(QStringLiteral("error"), body);
        QCOMPARE(graphErrorJson(error), expected);
        QCOMPARE(graphErrorHttpStatus(130429), 429);
        QCOMPARE(graphErrorHttpStatus(131056), 429);
        QCOMPARE(graphErrorHttpStatus(190), 401);
        QCOMPARE(graphErrorHttpStatus(131000), 500);
        QCOMPARE(graphErrorHttpStatus(368), 403);
        QCOMPARE(graphErrorHttpStatus(100), 400);
        QCOMPARE(graphErrorHttpStatus(999999), 400);
        QCOMPARE(graphErrorTitle(999999), QStringLiteral("Unknown error"));
    }

    void errorDataAsAStringAndWordsForPeople()
    {
        // Graph's template management answers in its Graph layer's shape (Meta's "Graph API
        // error handling" page): a string error_data, error_user_title and error_user_msg.
        const QJsonObject body{
            {"error", QJsonObject{{"message", "Invalid parameter"},
                                  {"type", "OAuthException"},
                                  {"code", 100},
                                  {"error_subcode", 2388024},
                                  {"is_transient", false},
                                  {"error_data", "{\"blame_field_specs\":[[\"name\"]]}"},
                                  {"error_user_title", "Content in This Language Already Exists"},
                                  {"error_user_msg",
                                   "There is already English (US) content for this template."},
                                  {"fbtrace_id", "AOYbPiwtG5eLRbLCgMTWS4w"}}}};
        GraphError error;
        QString problem;
        QVERIFY2(parseGraphError(body, &error, &problem), qPrintable(problem));
        QCOMPARE(error.code, 100);
        QCOMPARE(error.subcode, 2388024);
        QCOMPARE(error.details, QStringLiteral("{\"blame_field_specs\":[[\"name\"]]}"));
        QVERIFY(error.detailsAsString);
        QCOMPARE(error.userTitle, QStringLiteral("Content in This Language Already Exists"));
        QCOMPARE(error.userMessage,
                 QStringLiteral("There is already English (US) content for this template."));
        QCOMPARE(graphErrorForPeople(error),
                 QStringLiteral("Content in This Language Already Exists: There is already "
                                "English (US) content for this template."));
        QJsonObject written = graphErrorJson(error);
        QJsonObject expected = body;
        QJsonObject inner = expected.value("error").toObject();
        inner.remove("is_transient"); // not kept
        expected.insert("error", inner);
        QCOMPARE(written, expected);

        // A 190 with a string error_data still parses, so it maps to the token, not "HTTP 401".
        QVERIFY(
            parseGraphError(QJsonObject{{"error", QJsonObject{{"message", "Error validating"},
                                                              {"type", "OAuthException"},
                                                              {"code", 190},
                                                              {"error_data", "token expired"}}}},
                            &error, &problem));
        QCOMPARE(error.code, 190);
        QCOMPARE(error.details, QStringLiteral("token expired"));
        QCOMPARE(error.userMessage, QString());
        QCOMPARE(graphErrorForPeople(error), QStringLiteral("token expired"));
        QCOMPARE(classifyGraphError(error.code, 401), GraphErrorClass::Auth);
        // A number is neither shape.
        QVERIFY(
            !parseGraphError(json(R"({"error":{"code":100,"error_data":7}})"), &error, &problem));
    }

    void classification_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<GraphErrorClass>("expected");
        const auto retry = GraphErrorClass::RetryWithBackoff;
        for (int code : {130429, 131056, 131048, 4, 80007, 131000})
            QTest::addRow("%d", code) << code << 400 << retry;
        QTest::newRow("HTTP 500, no code") << 0 << 500 << retry;
        QTest::newRow("HTTP 503, unknown code") << 2 << 503 << retry;
        QTest::newRow("HTTP 429, no code") << 0 << 429 << retry;
        QTest::newRow("131047") << 131047 << 400 << GraphErrorClass::WindowClosed;
        QTest::newRow("131047 in a webhook") << 131047 << 0 << GraphErrorClass::WindowClosed;
        QTest::newRow("131026") << 131026 << 0 << GraphErrorClass::Undeliverable;
        for (int code : {132000, 132001, 132015, 132016, 132018})
            QTest::addRow("%d", code) << code << 400 << GraphErrorClass::TemplateProblem;
        QTest::newRow("190") << 190 << 401 << GraphErrorClass::Auth;
        QTest::newRow("190 behind a 500") << 190 << 500 << GraphErrorClass::Auth;
        for (int code : {100, 131008, 131009})
            QTest::addRow("%d", code) << code << 400 << GraphErrorClass::InvalidParameter;
        QTest::newRow("368 policy block") << 368 << 403 << GraphErrorClass::Permanent;
        QTest::newRow("130472 experiment") << 130472 << 0 << GraphErrorClass::Permanent;
        QTest::newRow("HTTP 400, no code") << 0 << 400 << GraphErrorClass::Permanent;
    }

    void classification()
    {
        QFETCH(int, code);
        QFETCH(int, httpStatus);
        QTEST(classifyGraphError(code, httpStatus), "expected");
    }
};

QTEST_GUILESS_MAIN(WhatsAppGraphErrorsTest)
#include "tst_whatsappgrapherrors.moc"
