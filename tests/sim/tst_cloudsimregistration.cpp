// R1.10 on the simulated number: request_code, verify_code and register take Meta's shapes
// (JSON body or query string) and answer with Meta's errors; an unregistered number cannot
// send, and a replaced token answers Graph's "Session has expired".
#include "cloudsimfixture.h"

using namespace parley::testing;

class CloudSimRegistrationTest : public QObject, protected CloudSimFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        startSim();
        QVERIFY(m_sim->resetNumber());
        m_number = QLatin1Char('/') + m_sim->identity().phoneNumberId + QLatin1Char('/');
    }

    void aStrangeBodyIsRefusedAsGraphDoes_data()
    {
        QTest::addColumn<QString>("edge");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key")
            << "request_code"
            << QJsonObject{{"code_method", "SMS"}, {"language", "en_US"}, {"channel", "whatsapp"}}
            << "Unexpected key \"channel\" on param \"request_code\"";
        QTest::newRow("method") << "request_code"
                                << QJsonObject{{"code_method", "EMAIL"}, {"language", "en_US"}}
                                << "Param code_method must be one of {SMS, VOICE}";
        QTest::newRow("language") << "request_code"
                                  << QJsonObject{{"code_method", "SMS"}, {"language", "english"}}
                                  << "Param language must be a locale";
        QTest::newRow("no language") << "request_code" << QJsonObject{{"code_method", "VOICE"}}
                                     << "The parameter language is required";
        QTest::newRow("code as a number")
            << "verify_code" << QJsonObject{{"code", 123456}} << "Param code must be a string";
        QTest::newRow("short code") << "verify_code" << QJsonObject{{"code", "12345"}}
                                    << "Param code must be a 6-digit code";
        QTest::newRow("product") << "register"
                                 << QJsonObject{{"messaging_product", "sms"}, {"pin", "123456"}}
                                 << "Param messaging_product must be one of {WHATSAPP}";
        QTest::newRow("pin") << "register"
                             << QJsonObject{{"messaging_product", "whatsapp"}, {"pin", "12a456"}}
                             << "Param pin must be a 6-digit PIN";
    }
    void aStrangeBodyIsRefusedAsGraphDoes()
    {
        QFETCH(QString, edge);
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        const HttpReply reply = m_sim->graph("POST", m_number + edge, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 100);
        QVERIFY2(reply.json().value("error")["message"].toString().contains(message),
                 reply.body.constData());
    }

    void anUnregisteredNumberCannotSend()
    {
        const HttpReply reply = m_sim->graph("POST", m_messagesPath, textTo("+5511987650031", "x"));
        QCOMPARE(errorCode(reply), 133010);
        QCOMPARE(m_sim->graph("GET", m_number.chopped(1)).json().value("platform_type").toString(),
                 QStringLiteral("NOT_APPLICABLE"));
    }

    void theCodeTheNumberThePin()
    {
        // Registering first: the number must be verified (133006).
        QCOMPARE(errorCode(m_sim->graph("POST", m_number + QStringLiteral("register"),
                                        {{"messaging_product", "whatsapp"}, {"pin", "135790"}})),
                 133006);
        // verify_code with no code asked for: 136025.
        QCOMPARE(errorCode(m_sim->graph("POST", m_number + QStringLiteral("verify_code"),
                                        {{"code", "123456"}})),
                 136025);
        // Meta's own example puts the parameters in the query string.
        QCOMPARE(m_sim
                     ->graph("POST",
                             m_number + QStringLiteral("request_code?code_method=SMS&language=es"))
                     .status,
                 200);
        const QString code = m_sim->number().value("last_code")["code"].toString();
        QVERIFY(code.size() == 6);
        QCOMPARE(m_sim->number().value("last_code")["language"].toString(), QStringLiteral("es"));
        const HttpReply verified =
            m_sim->graph("POST", m_number + QStringLiteral("verify_code?code=") + code);
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json().value("success").toBool(), true);
        QCOMPARE(m_sim
                     ->graph("POST", m_number + QStringLiteral("register"),
                             {{"messaging_product", "whatsapp"}, {"pin", "135790"}})
                     .status,
                 200);
        // The PIN is two-step verification from now on: another one is a mismatch (133005).
        QCOMPARE(errorCode(m_sim->graph("POST", m_number + QStringLiteral("register"),
                                        {{"messaging_product", "whatsapp"}, {"pin", "000000"}})),
                 133005);
        // A registered number sends, and asks for no more codes (136024).
        QCOMPARE(m_sim->graph("POST", m_messagesPath, textTo("+5511987650031", "x")).status, 200);
        QCOMPARE(errorCode(m_sim->graph("POST", m_number + QStringLiteral("request_code"),
                                        {{"code_method", "SMS"}, {"language", "en_US"}})),
                 136024);
    }

    void tooManyRegisterCallsAreRefused()
    {
        int refusedWith = 0;
        for (int i = 0; i < 12 && refusedWith == 0; ++i) {
            const HttpReply reply =
                m_sim->graph("POST", m_number + QStringLiteral("register"),
                             {{"messaging_product", "whatsapp"}, {"pin", "135790"}});
            if (reply.status != 200)
                refusedWith = errorCode(reply);
        }
        QCOMPARE(refusedWith, 133016);
    }

    void aReplacedTokenHasExpired()
    {
        QVERIFY(m_sim->rotateToken(QStringLiteral("second-token")));
        const HttpReply expired =
            m_sim->graph("POST", m_messagesPath, textTo("+5511987650031", "x"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(errorCode(expired), 190);
        QCOMPARE(expired.json().value("error")["error_subcode"].toInt(), 463);
        QVERIFY(expired.json().value("error")["message"].toString().startsWith(
            QStringLiteral("Error validating access token: Session has expired")));
        QCOMPARE(m_sim
                     ->graph("POST", m_messagesPath, textTo("+5511987650031", "y"),
                             QStringLiteral("second-token"))
                     .status,
                 200);
    }

private:
    QString m_number;
};

QTEST_GUILESS_MAIN(CloudSimRegistrationTest)
#include "tst_cloudsimregistration.moc"
