// Parsing the other webhook updates: message statuses, system errors, template verdicts,
// unmodelled changes and batches of several entries.
#include "whatsappwebhookfixtures.h"

using namespace parley;
using namespace parley::testing;
using namespace parley::whatsapp;

class WhatsAppWebhookStatusesTest : public QObject {
    Q_OBJECT
private slots:
    void sentStatusFromTheConversationPricingEra()
    {
        const auto s = only<StatusUpdate>(QStringLiteral("status_sent_cbp.json"));
        QCOMPARE(s.wamid, QStringLiteral("wamid.xyzxyz"));
        QCOMPARE(s.status, QStringLiteral("sent"));
        QCOMPARE(s.deliveryState(), std::optional<DeliveryState>(DeliveryState::Sent));
        QCOMPARE(s.timestamp, TimestampMs(1698266945000));
        QCOMPARE(s.recipientId, QStringLiteral("972987654321"));
        QCOMPARE(s.origin.phoneNumberId, phoneNumberId);
        QVERIFY(s.conversation.has_value());
        QCOMPARE(s.conversation->id, QStringLiteral("7270432eae37498234f4444b35ffc5"));
        QCOMPARE(s.conversation->originType, QStringLiteral("service"));
        QCOMPARE(s.conversation->expiresAt, TimestampMs(1698339900000));
        QVERIFY(s.pricing.has_value());
        QCOMPARE(s.pricing->billable, std::optional<bool>(true));
        QCOMPARE(s.pricing->pricingModel, QStringLiteral("CBP"));
        QCOMPARE(s.pricing->type, QString());
        QCOMPARE(s.pricing->category, QStringLiteral("service"));
        QVERIFY(s.errors.isEmpty());
    }

    void deliveredInVersion24HasNoConversation()
    {
        const auto s = only<StatusUpdate>(QStringLiteral("status_delivered_v24.json"));
        QCOMPARE(s.deliveryState(), std::optional<DeliveryState>(DeliveryState::Delivered));
        QCOMPARE(s.timestamp, TimestampMs(1750030073000));
        QVERIFY(!s.conversation.has_value());
        QVERIFY(s.pricing.has_value());
        QCOMPARE(s.pricing->pricingModel, QStringLiteral("PMP"));
        QCOMPARE(s.pricing->type, QStringLiteral("regular"));
        QCOMPARE(s.pricing->category, QStringLiteral("marketing"));
    }

    void readHasNeitherPricingNorConversation()
    {
        const auto s = only<StatusUpdate>(QStringLiteral("status_read.json"));
        QCOMPARE(s.deliveryState(), std::optional<DeliveryState>(DeliveryState::Read));
        QCOMPARE(s.recipientId, customer);
        QVERIFY(!s.pricing.has_value());
        QVERIFY(!s.conversation.has_value());
    }

    void failedStatuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("details");
        QTest::addColumn<QString>("href");
        QTest::newRow("131047") << "status_failed_131047.json" << 131047 << "Re-engagement message"
                                << "Message failed to send because more than 24 hours have passed "
                                   "since the customer last replied to this number."
                                << "/documentation/business-messaging/whatsapp/support/error-codes";
        QTest::newRow("130472") << "status_failed_130472.json" << 130472
                                << "User's number is part of an experiment"
                                << "Failed to send message because this user's phone number is "
                                   "part of an experiment"
                                << "https://developers.facebook.com/docs/whatsapp/cloud-api/"
                                   "support/error-codes/";
    }

    void failedStatuses()
    {
        QFETCH(QString, file);
        const auto s = only<StatusUpdate>(file);
        QCOMPARE(s.deliveryState(), std::optional<DeliveryState>(DeliveryState::Failed));
        QVERIFY(!s.pricing.has_value());
        QCOMPARE(s.errors.size(), 1);
        QTEST(s.errors.first().code, "code");
        QTEST(s.errors.first().title, "title");
        QTEST(s.errors.first().message, "title");
        QTEST(s.errors.first().details, "details");
        QTEST(s.errors.first().href, "href");
    }

    void playedAndFutureStatusesHaveNoDeliveryState()
    {
        StatusUpdate played;
        played.status = QStringLiteral("played");
        QVERIFY(!played.deliveryState().has_value());
        played.status = QStringLiteral("deleted");
        QVERIFY(!played.deliveryState().has_value());
    }

    void systemLevelError()
    {
        const auto e = only<SystemError>(QStringLiteral("system_error_130429.json"));
        QCOMPARE(e.origin.wabaId, wabaId);
        QCOMPARE(e.origin.phoneNumberId, phoneNumberId);
        QCOMPARE(e.error.code, 130429);
        QCOMPARE(e.error.title, QStringLiteral("Rate limit hit"));
        QCOMPARE(e.error.details,
                 QStringLiteral("Message failed to send because there were too many messages "
                                "sent from this phone number in a short period of time"));
    }

    void templateRejected()
    {
        const auto t = only<TemplateStatusUpdate>(QStringLiteral("template_status_rejected.json"));
        QCOMPARE(t.wabaId, wabaId);
        QCOMPARE(t.eventTime, TimestampMs(1751247548000));
        QCOMPARE(t.event, QStringLiteral("REJECTED"));
        QCOMPARE(t.templateId, QStringLiteral("1689556908129835"));
        QCOMPARE(t.name, QStringLiteral("abandoned_cart"));
        QCOMPARE(t.language, QStringLiteral("en"));
        QCOMPARE(t.reason, QStringLiteral("INVALID_FORMAT"));
        QCOMPARE(t.category, QStringLiteral("MARKETING"));
        QCOMPARE(t.rejectionReason,
                 QStringLiteral("Your template has parameters placed next to each other ..."));
        QCOMPARE(t.rejectionRecommendation,
                 QStringLiteral("Separate parameters with descriptive text ..."));
    }

    void templateApproved()
    {
        const auto t = only<TemplateStatusUpdate>(QStringLiteral("template_status_approved.json"));
        QCOMPARE(t.event, QStringLiteral("APPROVED"));
        QCOMPARE(t.templateId, QStringLiteral("1689556908129836"));
        QCOMPARE(t.name, QStringLiteral("order_confirmation"));
        QCOMPARE(t.language, QStringLiteral("en_US"));
        QCOMPARE(t.reason, QStringLiteral("NONE"));
        QCOMPARE(t.category, QStringLiteral("UTILITY"));
        QCOMPARE(t.rejectionReason, QString());
    }

    void templateReasonMayBeNull()
    {
        const QByteArray body =
            R"({"object":"whatsapp_business_account","entry":[{"id":"57438975935","time":1698268000,
                "changes":[{"field":"message_template_status_update","value":{"event":"APPROVED",
                "message_template_id":12345678,"message_template_name":"my_message_template",
                "message_template_language":"pt-BR","reason":null}}]}]})";
        const WebhookUpdates updates = parsed(body);
        QCOMPARE(updates.size(), 1);
        const auto &t = std::get<TemplateStatusUpdate>(updates.first());
        QCOMPARE(t.templateId, QStringLiteral("12345678"));
        QCOMPARE(t.reason, QString());
        QCOMPARE(t.language, QStringLiteral("pt-BR"));
    }

    void qualityUpdateIsReportedAsOther()
    {
        const auto o = only<OtherUpdate>(QStringLiteral("template_quality_update.json"));
        QCOMPARE(o.wabaId, wabaId);
        QCOMPARE(o.field, QStringLiteral("message_template_quality_update"));
        QCOMPARE(o.value.value(QLatin1String("new_quality_score")).toString(),
                 QStringLiteral("YELLOW"));
    }

    void messagesChangeWithoutUpdatesIsReportedAsOther()
    {
        const QByteArray body = R"({"object":"whatsapp_business_account","entry":[{"id":"1",
            "changes":[{"field":"messages","value":{"messaging_product":"whatsapp",
            "metadata":{"display_phone_number":"15550783881","phone_number_id":"1"}}}]}]})";
        const WebhookUpdates updates = parsed(body);
        QCOMPARE(updates.size(), 1);
        const auto &o = std::get<OtherUpdate>(updates.first());
        QCOMPARE(o.field, QStringLiteral("messages"));
        QVERIFY(o.value.contains(QLatin1String("metadata")));
    }

    void marketingPreferencesAreRead()
    {
        const auto stop = only<UserPreference>(QStringLiteral("user_preferences_stop.json"));
        QCOMPARE(stop.origin.phoneNumberId, phoneNumberId);
        QCOMPARE(stop.waId, customer);
        QCOMPARE(stop.category, QStringLiteral("marketing_messages"));
        QCOMPARE(stop.value, QStringLiteral("stop"));
        QCOMPARE(stop.timestamp, 1731705601000);
        const auto resume = only<UserPreference>(QStringLiteral("user_preferences_resume.json"));
        QCOMPARE(resume.value, QStringLiteral("resume"));
        QCOMPARE(resume.detail, QStringLiteral("User requested to resume marketing messages"));
        // The simulator writes the same shape back.
        const auto back = std::get<UserPreference>(parsed(webhookBody(stop)).first());
        QCOMPARE(back.waId, stop.waId);
        QCOMPARE(back.value, stop.value);
        QCOMPARE(back.timestamp, stop.timestamp);
    }

    void aStatusMayNameOnlyTheUserId()
    {
        const auto s = only<StatusUpdate>(QStringLiteral("status_read_user_id.json"));
        QCOMPARE(s.recipientId, QString());
        QCOMPARE(s.recipientUserId, QStringLiteral("IN.1410018717833190"));
        QCOMPARE(s.deliveryState(), DeliveryState::Read);
        QCOMPARE(s.raw.value(QLatin1String("recipient_user_id")).toString(), s.recipientUserId);
    }

    void batchIsFlattenedInPayloadOrder()
    {
        const WebhookUpdates updates = parsed(fixture(QStringLiteral("batch_two_entries.json")));
        QCOMPARE(updates.size(), 7);
        const auto &first = std::get<InboundMessage>(updates.at(0));
        QCOMPARE(first.profileName, QStringLiteral("Sheena Nelson"));
        const auto &second = std::get<InboundMessage>(updates.at(1));
        QCOMPARE(second.from, QStringLiteral("233241234567"));
        QCOMPARE(second.profileName, QStringLiteral("Kofi Mensah"));
        QCOMPARE(second.text, QStringLiteral("Akwaaba! Is the shop open today?"));
        QCOMPARE(std::get<InboundMessage>(updates.at(2)).kind(), MessageKind::Image);
        QCOMPARE(std::get<StatusUpdate>(updates.at(3)).status, QStringLiteral("delivered"));
        QCOMPARE(std::get<StatusUpdate>(updates.at(4)).status, QStringLiteral("read"));
        const auto &sent = std::get<StatusUpdate>(updates.at(5));
        QCOMPARE(sent.origin.wabaId, QStringLiteral("102290129340399"));
        QCOMPARE(sent.origin.phoneNumberId, QStringLiteral("106540352242933"));
        QCOMPARE(sent.recipientId, QStringLiteral("5511987654321"));
        const auto &failed = std::get<StatusUpdate>(updates.at(6));
        QCOMPARE(failed.errors.first().code, 131047);
        QCOMPARE(failed.origin.displayPhoneNumber, QStringLiteral("15550001111"));
    }

    void numbersAndStringsAreInterchangeableWhereMetaMixesThem()
    {
        const QByteArray body =
            R"({"object":"whatsapp_business_account","entry":[{"id":102290129340398,
            "changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"106540352242922"},
            "messages":[{"from":"16505551234","id":"wamid.A","timestamp":1749416383,"type":"text",
            "text":{"body":"hi"}}],
            "statuses":[{"id":"wamid.B","status":"sent","timestamp":"1750030073","recipient_id":16505551234,
            "conversation":{"id":"c1","expiration_timestamp":1750116480,"origin":{"type":"utility"}}}]}},
            {"field":"message_template_status_update","value":{"event":"PAUSED",
            "message_template_id":"806312974732579","reason":"NONE"}}]}]})";
        const WebhookUpdates updates = parsed(body);
        QCOMPARE(updates.size(), 3);
        const auto &m = std::get<InboundMessage>(updates.at(0));
        QCOMPARE(m.origin.wabaId, wabaId);
        QCOMPARE(m.timestamp, TimestampMs(1749416383000));
        const auto &s = std::get<StatusUpdate>(updates.at(1));
        QCOMPARE(s.recipientId, customer);
        QCOMPARE(s.conversation->expiresAt, TimestampMs(1750116480000));
        QCOMPARE(std::get<TemplateStatusUpdate>(updates.at(2)).templateId,
                 QStringLiteral("806312974732579"));
    }
};

QTEST_GUILESS_MAIN(WhatsAppWebhookStatusesTest)
#include "tst_whatsappwebhookstatuses.moc"
