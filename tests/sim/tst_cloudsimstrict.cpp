// The simulator is as strict as Meta's documentation (issue #17): every send is held to the
// documented object of its type, `to` is read as Graph reads it, paths carry a version, template
// creations carry one example per variable, and refusals come in Graph's real error shapes.
#include "cloudsimfixture.h"

using namespace parley::testing;

class CloudSimStrictTest : public QObject, public CloudSimFixture {
    Q_OBJECT

    QJsonObject errorOf(const HttpReply &reply) { return reply.json().value("error").toObject(); }

    // Refused as Graph refuses a key its object does not document.
    void verifyUnexpectedKey(const QJsonObject &send, const QString &key, const QString &param)
    {
        const HttpReply reply = m_sim->graph("POST", m_messagesPath, send);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = errorOf(reply);
        QCOMPARE(error.value("code").toInt(), 100);
        QCOMPARE(error.value("type").toString(), QStringLiteral("OAuthException"));
        QCOMPARE(error.value("message").toString(),
                 QStringLiteral("(#100) Unexpected key \"%1\" on param \"%2\".").arg(key, param));
        QVERIFY(!error.value("fbtrace_id").toString().isEmpty());
    }

    QJsonObject mediaTo(const QString &type, const QJsonObject &media)
    {
        return {{"messaging_product", "whatsapp"},
                {"recipient_type", "individual"},
                {"to", "+5511987650031"},
                {"type", type},
                {type, media}};
    }

private slots:
    void initTestCase()
    {
        startSim();
        QVERIFY(!m_sim
                     ->inbound(QStringLiteral("5511987650031"), QStringLiteral("Rui"),
                               QStringLiteral("Oi"))
                     .isEmpty());
    }

    void audioTakesNoCaption()
    {
        verifyUnexpectedKey(mediaTo("audio", {{"id", "1234567890"}, {"caption", "listen"}}),
                            QStringLiteral("caption"), QStringLiteral("audio"));
        verifyUnexpectedKey(mediaTo("sticker", {{"id", "1234567890"}, {"caption", "hi"}}),
                            QStringLiteral("caption"), QStringLiteral("sticker"));
        // What Meta documents for audio goes through: id and the voice flag.
        QCOMPARE(m_sim
                     ->graph("POST", m_messagesPath,
                             mediaTo("audio", {{"id", "1234567890"}, {"voice", true}}))
                     .status,
                 200);
    }

    void unknownKeysAnywhereAreRefused()
    {
        verifyUnexpectedKey(mediaTo("image", {{"id", "1234567890"}, {"filename", "a.jpg"}}),
                            QStringLiteral("filename"), QStringLiteral("image"));
        QJsonObject send = textTo("+5511987650031", "hello");
        send.insert("foo", 1);
        verifyUnexpectedKey(send, QStringLiteral("foo"), QStringLiteral("message"));
        send = textTo("+5511987650031", "hello");
        send.insert("text", QJsonObject{{"body", "hello"}, {"caption", "x"}});
        verifyUnexpectedKey(send, QStringLiteral("caption"), QStringLiteral("text"));
        send = textTo("+5511987650031", "hello");
        send.insert("image", QJsonObject{{"id", "1"}}); // another type's object
        verifyUnexpectedKey(send, QStringLiteral("image"), QStringLiteral("message"));
        send = textTo("+5511987650031", "hello");
        send.insert("context", QJsonObject{{"message_id", "wamid.x"}, {"from", "me"}});
        verifyUnexpectedKey(send, QStringLiteral("from"), QStringLiteral("context"));
        send = templateTo("+5511987650031", "order_shipped", {"Ana"});
        QJsonObject body = send["template"].toObject();
        body.insert("components",
                    QJsonArray{QJsonObject{
                        {"type", "body"}, {"parameters", QJsonArray()}, {"text", "inline"}}});
        send.insert("template", body);
        verifyUnexpectedKey(send, QStringLiteral("text"), QStringLiteral("components[0]"));
        QJsonObject read{{"messaging_product", "whatsapp"},
                         {"status", "read"},
                         {"message_id", "wamid.x"},
                         {"typing", true}};
        verifyUnexpectedKey(read, QStringLiteral("typing"), QStringLiteral("message"));
    }

    void lengthsAreMetas()
    {
        HttpReply reply = m_sim->graph("POST", m_messagesPath,
                                       textTo("+5511987650031", QString(4097, QLatin1Char('a'))));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 100);
        QVERIFY(errorOf(reply).value("error_data")["details"].toString().contains("4096"));
        QCOMPARE(m_sim
                     ->graph("POST", m_messagesPath,
                             textTo("+5511987650031", QString(4096, QLatin1Char('a'))))
                     .status,
                 200);
        reply = m_sim->graph(
            "POST", m_messagesPath,
            mediaTo("image", {{"id", "1234567890"}, {"caption", QString(1025, QLatin1Char('c'))}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 100);
        QVERIFY(errorOf(reply).value("error_data")["details"].toString().contains("1024"));
    }

    void requiredKeysOfOtherDocumentedTypes()
    {
        HttpReply reply = m_sim->graph(
            "POST", m_messagesPath, mediaTo("location", {{"longitude", -46.6}, {"name", "Loja"}}));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 131008);
        reply = m_sim->graph("POST", m_messagesPath,
                             mediaTo("location", {{"latitude", -23.5}, {"longitude", -46.6}}));
        QCOMPARE(reply.status, 200);
        reply = m_sim->graph("POST", m_messagesPath,
                             mediaTo("reaction", {{"message_id", "wamid.x"}, {"emoji", "👍"}}));
        QCOMPARE(reply.status, 200);
        reply = m_sim->graph("POST", m_messagesPath, mediaTo("reaction", {{"emoji", "👍"}}));
        QCOMPARE(errorCode(reply), 131008);
        QJsonObject contacts = mediaTo("contacts", {});
        contacts.insert("contacts", QJsonArray{QJsonObject{{"phones", QJsonArray()}}});
        QCOMPARE(errorCode(m_sim->graph("POST", m_messagesPath, contacts)), 131008);
    }

    void toIsReadAsGraphReadsIt()
    {
        // With the plus sign the digits are the customer's, whatever the separators.
        HttpReply reply =
            m_sim->graph("POST", m_messagesPath, textTo("+55 (11) 98765-0031", "with plus"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("contacts")[0]["wa_id"].toString(),
                 QStringLiteral("5511987650031"));
        // Without it the business number's calling code (+1) goes in front ("Service
        // messages", "WhatsApp user phone number formats"): someone else, whose window is shut.
        reply = m_sim->graph("POST", m_messagesPath, textTo("5511987650031", "no plus"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("contacts")[0]["wa_id"].toString(),
                 QStringLiteral("15511987650031"));
        QCOMPARE(reply.json().value("contacts")[0]["input"].toString(),
                 QStringLiteral("5511987650031"));
        const QString wamid = wamidOf(reply);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver.statusesOf(wamid).size(), 1, 5000);
        QCOMPARE(m_receiver.statusesOf(wamid).first().errors.value(0).code, 131047);
        // Letters are no phone number at all.
        reply = m_sim->graph("POST", m_messagesPath, textTo("+55 11 CALL-ME", "x"));
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 131009);
    }

    void pathsCarryAVersion()
    {
        const QByteArray bearer = "Bearer " + m_sim->identity().accessToken.toUtf8();
        HttpReply reply = httpCall("POST", m_sim->url(m_messagesPath),
                                   QJsonDocument(textTo("+5511987650031", "x")).toJson(),
                                   {{"Authorization", bearer}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 2500);
        QCOMPARE(errorOf(reply).value("message").toString(),
                 QStringLiteral("Unknown path components: ") + m_messagesPath);
        reply = httpCall("GET",
                         m_sim->url(QLatin1Char('/') + m_sim->identity().phoneNumberId +
                                    QStringLiteral("/whatsapp_business_profile")),
                         {}, {{"Authorization", bearer}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorCode(reply), 2500);
    }

    void templateCreationsNeedOneExamplePerVariable()
    {
        const QString path = QStringLiteral("/%1/message_templates").arg(m_sim->identity().wabaId);
        QJsonObject bare{
            {"name", "no_examples"},
            {"language", "en_US"},
            {"category", "UTILITY"},
            {"components",
             QJsonArray{QJsonObject{{"type", "BODY"}, {"text", "Hi {{1}}, order {{2}}."}}}}};
        HttpReply reply = m_sim->graph("POST", path, bare);
        QCOMPARE(reply.status, 400);
        QJsonObject error = errorOf(reply);
        QCOMPARE(error.value("code").toInt(), 100);
        QCOMPARE(error.value("message").toString(), QStringLiteral("Invalid parameter"));
        QCOMPARE(error.value("error_subcode").toInt(), 2388043);
        QVERIFY(!error.value("error_user_title").toString().isEmpty());
        QVERIFY(error.value("error_user_msg").toString().contains("example"));
        QVERIFY(error.value("error_data").isString()); // Graph's string shape
        QVERIFY(!error.value("fbtrace_id").toString().isEmpty());

        QJsonObject one = bare;
        one["components"] = QJsonArray{
            QJsonObject{{"type", "BODY"},
                        {"text", "Hi {{1}}, order {{2}}."},
                        {"example", QJsonObject{{"body_text", QJsonArray{QJsonArray{"Ana"}}}}}}};
        reply = m_sim->graph("POST", path, one);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorOf(reply).value("error_subcode").toInt(), 2388043);
        QVERIFY(errorOf(reply).value("error_user_msg").toString().contains("2 variable"));

        reply = m_sim->graph(
            "POST", path, templateDefinition("no_examples", "UTILITY", "Hi {{1}}, order {{2}}."));
        QCOMPARE(reply.status, 200);
        // The same name and language again: Meta's words for people say what is wrong.
        reply = m_sim->graph("POST", path,
                             templateDefinition("no_examples", "UTILITY", "Hello {{1}} there."));
        QCOMPARE(reply.status, 400);
        error = errorOf(reply);
        QCOMPARE(error.value("error_subcode").toInt(), 2388024);
        QCOMPARE(error.value("error_user_title").toString(),
                 QStringLiteral("Content in This Language Already Exists"));
        QVERIFY(error.value("error_user_msg").toString().contains("en_US"));
    }

    void injectedFailuresComeInEveryShape()
    {
        QVERIFY(m_sim->failNext(QJsonObject{{"code", 100},
                                            {"count", 1},
                                            {"details", "{\"blame_field_specs\":[[\"body\"]]}"},
                                            {"error_data_string", true},
                                            {"user_title", "Wrong body"},
                                            {"user_msg", "The body is wrong."},
                                            {"subcode", 2494010}}));
        const HttpReply reply = m_sim->graph("POST", m_messagesPath, textTo("+5511987650031", "x"));
        QCOMPARE(reply.status, 400);
        const QJsonObject error = errorOf(reply);
        QCOMPARE(error.value("error_data").toString(),
                 QStringLiteral("{\"blame_field_specs\":[[\"body\"]]}"));
        QCOMPARE(error.value("error_user_title").toString(), QStringLiteral("Wrong body"));
        QCOMPARE(error.value("error_user_msg").toString(), QStringLiteral("The body is wrong."));
        QCOMPARE(error.value("error_subcode").toInt(), 2494010);
        // Armed for the profile endpoint, a send is not touched.
        QVERIFY(m_sim->failNext(
            QJsonObject{{"code", 190}, {"count", 1}, {"endpoint", "whatsapp_business_profile"}}));
        QCOMPARE(m_sim->graph("POST", m_messagesPath, textTo("+5511987650031", "y")).status, 200);
        const HttpReply profile =
            m_sim->graph("GET", QLatin1Char('/') + m_sim->identity().phoneNumberId +
                                    QStringLiteral("/whatsapp_business_profile"));
        QCOMPARE(profile.status, 401);
        QCOMPARE(errorCode(profile), 190);
    }
};

QTEST_GUILESS_MAIN(CloudSimStrictTest)
#include "tst_cloudsimstrict.moc"
