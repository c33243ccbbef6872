#include "core/whatsapp/limits.h"
#include "core/whatsapp/webhookbuilder.h"
#include "core/whatsapp/webhookparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace parley;
using namespace parley::whatsapp;

namespace {

const QString wabaId = QStringLiteral("102290129340398");
const QString phoneNumberId = QStringLiteral("106540352242922");
const QString displayNumber = QStringLiteral("15550783881");
const QString customer = QStringLiteral("16505551234");

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(PARLEY_FIXTURES_DIR "/whatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

WebhookUpdates parsed(const QByteArray &body)
{
    WebhookUpdates updates;
    QString error;
    if (!parseWebhook(body, &updates, &error))
        qWarning("parse failed: %s", qPrintable(error));
    return updates;
}

// The single update of a one-update fixture, of the expected kind (a default one otherwise, so
// the caller's comparisons fail visibly instead of crashing).
template <typename Update> Update only(const QString &fixtureName)
{
    const WebhookUpdates updates = parsed(fixture(fixtureName));
    if (updates.size() != 1 || !std::holds_alternative<Update>(updates.first())) {
        qWarning("%s: expected one update of the expected kind, got %d", qPrintable(fixtureName),
                 int(updates.size()));
        return {};
    }
    return std::get<Update>(updates.first());
}

QString parseError(const QByteArray &body)
{
    WebhookUpdates updates{OtherUpdate{}};
    QString error;
    const bool ok = parseWebhook(body, &updates, &error);
    if (ok || !updates.isEmpty())
        return QStringLiteral("<accepted or left updates behind>");
    return error;
}

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

WebhookOrigin origin()
{
    return {wabaId, phoneNumberId, displayNumber};
}

} // namespace

class WhatsAppWebhookTest : public QObject {
    Q_OBJECT
private slots:
    void textEnvelopeFromMetaOverview()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_text.json"));
        QCOMPARE(m.origin.wabaId, wabaId);
        QCOMPARE(m.origin.phoneNumberId, phoneNumberId);
        QCOMPARE(m.origin.displayPhoneNumber, displayNumber);
        QCOMPARE(m.from, customer);
        QCOMPARE(m.profileName, QStringLiteral("Sheena Nelson"));
        QCOMPARE(m.wamid,
                 QStringLiteral("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA="));
        QCOMPARE(m.timestamp, TimestampMs(1749416383000));
        QCOMPARE(m.type, QStringLiteral("text"));
        QCOMPARE(m.kind(), MessageKind::Text);
        QCOMPARE(m.text, QStringLiteral("Does it come in another color?"));
        QVERIFY(m.context.messageId.isEmpty());
        QVERIFY(m.errors.isEmpty());
    }

    void mediaMessages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<MessageKind>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("filename");
        QTest::addColumn<bool>("voice");
        QTest::addColumn<bool>("animated");
        QTest::newRow("image") << "message_image.json" << MessageKind::Image << "65463453"
                               << "image/jpeg"
                               << "4654+8g="
                               << "This one, in blue?" << QString() << false << false;
        QTest::newRow("video") << "message_video.json" << MessageKind::Video << "765756756"
                               << "video/mp4"
                               << "Jh+2ij6PzUv/J2y+grrtegr/ZMzRxkEPwc24Oyib4s03w9Jc="
                               << "caption" << QString() << false << false;
        QTest::newRow("document") << "message_document.json" << MessageKind::Document
                                  << "1234567890987654321"
                                  << "application/pdf"
                                  << "grwfwe/ZPx0wAbdfbdeFUNItPZ0RylL8gGUvdt3YFqc18SY="
                                  << "caption"
                                  << "filename.pdf" << false << false;
        QTest::newRow("voice") << "message_audio_voice.json" << MessageKind::Audio
                               << "1234567890987654322"
                               << "audio/ogg; codecs=opus"
                               << "m04pFf2ERdaopTyFkGPA0+bX3i+YY2dYgVFwOgDLSDI=" << QString()
                               << QString() << true << false;
        QTest::newRow("sticker") << "message_sticker.json" << MessageKind::Sticker
                                 << "1234567890987654323"
                                 << "image/webp"
                                 << "OmT4nhjUhCMIPNmj7eeOZeCYjTXkLxoOv85OMCFwSuc=" << QString()
                                 << QString() << false << false;
    }

    void mediaMessages()
    {
        QFETCH(QString, file);
        const auto m = only<InboundMessage>(file);
        QTEST(m.kind(), "kind");
        QTEST(m.media.id, "id");
        QTEST(m.media.mimeType, "mimeType");
        QTEST(m.media.sha256, "sha256");
        QTEST(m.media.caption, "caption");
        QTEST(m.text, "caption");
        QTEST(m.media.filename, "filename");
        QTEST(m.media.voice, "voice");
        QTEST(m.media.animated, "animated");
        QCOMPARE(m.profileName, QStringLiteral("Sheena Nelson"));
    }

    void imageCarriesTheNewerDownloadUrl()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_image.json"));
        QCOMPARE(m.media.url, QStringLiteral("https://lookaside.fbsbx.com/whatsapp_business/"
                                             "attachments/?mid=65463453&source=webhook&ext="
                                             "1749416720&hash=ARmrVtS3yKIyE0bD2T5Q1vQZ"));
        QCOMPARE(m.timestamp, TimestampMs(1749416420000));
    }

    void forwardedVideoHasContextWithoutReplyTarget()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_video.json"));
        QVERIFY(m.context.forwarded);
        QVERIFY(!m.context.frequentlyForwarded);
        QVERIFY(m.context.messageId.isEmpty());
    }

    void location()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_location.json"));
        QCOMPARE(m.kind(), MessageKind::Location);
        QCOMPARE(m.location.latitude, 37.4611978);
        QCOMPARE(m.location.longitude, -122.2164385);
        QCOMPARE(m.location.name, QStringLiteral("Facebook HQ"));
        QCOMPARE(m.location.address, QStringLiteral("1 Hacker Way, Menlo Park, CA 94025"));
        QCOMPARE(m.location.url,
                 QStringLiteral("https://maps.google.com/?cid=2000000000000000000"));
        QCOMPARE(m.text, QStringLiteral("Facebook HQ\n1 Hacker Way, Menlo Park, CA 94025"));
    }

    void contacts()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_contacts.json"));
        QCOMPARE(m.kind(), MessageKind::Contacts);
        QCOMPARE(m.contactNames, QStringList{QStringLiteral("Chandler Bing")});
        QCOMPARE(m.text, QStringLiteral("Chandler Bing"));
        // The shared contact's own wa_id must not be mistaken for the sender's profile.
        QCOMPARE(m.profileName, QStringLiteral("Sheena Nelson"));
    }

    void reaction()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_reaction.json"));
        QCOMPARE(m.kind(), MessageKind::Reaction);
        QCOMPARE(m.reaction.messageId, QStringLiteral("wamid.yzxyzx="));
        QCOMPARE(m.reaction.emoji, QStringLiteral("😮"));
        QCOMPARE(m.text, QStringLiteral("😮"));
    }

    void reactionRemoval()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_reaction_removed.json"));
        QCOMPARE(m.reaction.messageId, QStringLiteral("wamid.yzxyzx="));
        QVERIFY(m.reaction.emoji.isEmpty());

        // pywa's unreaction_no_emoji: the emoji key is absent altogether.
        QJsonObject body = jsonOf(fixture(QStringLiteral("message_reaction_removed.json")));
        const QByteArray withoutEmoji =
            QJsonDocument(body).toJson().replace("\"emoji\": \"\"", "\"x\": 0");
        WebhookUpdates updates = parsed(withoutEmoji);
        QCOMPARE(updates.size(), 1);
        QVERIFY(std::get<InboundMessage>(updates.first()).reaction.emoji.isEmpty());
    }

    void interactiveReplies_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("replyType");
        QTest::addColumn<QString>("replyId");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("contextId");
        QTest::newRow("button_reply")
            << "message_interactive_button_reply.json"
            << "button_reply"
            << "callback_data"
            << "title" << QString() << "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJCMUMzRDRFNUY2QTdCOEM5RDAA";
        QTest::newRow("list_reply") << "message_interactive_list_reply.json"
                                    << "list_reply"
                                    << "size_m"
                                    << "Medium"
                                    << "Chest 96-101 cm"
                                    << "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJCMUMzRDRFNUY2QTdCOEM5RDEA";
    }

    void interactiveReplies()
    {
        QFETCH(QString, file);
        const auto m = only<InboundMessage>(file);
        QCOMPARE(m.kind(), MessageKind::Interactive);
        QTEST(m.reply.type, "replyType");
        QTEST(m.reply.id, "replyId");
        QTEST(m.reply.title, "title");
        QTEST(m.text, "title");
        QTEST(m.reply.description, "description");
        QTEST(m.context.messageId, "contextId");
        QCOMPARE(m.context.from, displayNumber);
    }

    void templateQuickReplyButton()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_button.json"));
        QCOMPARE(m.kind(), MessageKind::Button);
        QCOMPARE(m.reply.type, QStringLiteral("button"));
        QCOMPARE(m.reply.id, QStringLiteral("callback_data"));
        QCOMPARE(m.text, QStringLiteral("title"));
        QCOMPARE(m.context.messageId,
                 QStringLiteral("wamid.HBgLMTY0NjcwNDM1OTUVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA"));
    }

    void orderKeepsItsItemsInRaw()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_order.json"));
        QCOMPARE(m.type, QStringLiteral("order"));
        QCOMPARE(m.kind(), MessageKind::Unsupported);
        QCOMPARE(m.text, QString());
        const QJsonObject item = m.raw.value(QLatin1String("order"))
                                     .toObject()
                                     .value(QLatin1String("product_items"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(item.value(QLatin1String("product_retailer_id")).toString(),
                 QStringLiteral("SODA"));
        QCOMPARE(item.value(QLatin1String("quantity")).toInt(), 2);
    }

    void systemMessageWithoutContacts()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_system.json"));
        QCOMPARE(m.type, QStringLiteral("system"));
        QCOMPARE(m.kind(), MessageKind::Unsupported);
        QCOMPARE(m.text, QStringLiteral("User A changed from X to Y"));
        QCOMPARE(m.profileName, QString());
    }

    void unsupportedCarriesItsError()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_unsupported.json"));
        QCOMPARE(m.kind(), MessageKind::Unsupported);
        QCOMPARE(m.errors.size(), 1);
        QCOMPARE(m.errors.first().code, 131051);
        QCOMPARE(m.errors.first().title, QStringLiteral("Message type unknown"));
        QCOMPARE(m.errors.first().message, QStringLiteral("Message type unknown"));
        QCOMPARE(m.errors.first().details,
                 QStringLiteral("Message type is currently not supported."));
    }

    void replyContext()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_reply.json"));
        QCOMPARE(m.text, QStringLiteral("Yes, the blue one please"));
        QCOMPARE(m.context.from, QStringLiteral("972123456789"));
        QCOMPARE(m.context.messageId, QStringLiteral("wamid.xyzxyz=="));
        QVERIFY(!m.context.forwarded);
    }

    void messageWithoutItsObjectIsKeptNextToValueErrors()
    {
        const WebhookUpdates updates =
            parsed(fixture(QStringLiteral("message_interactive_with_error.json")));
        QCOMPARE(updates.size(), 2);
        const auto &m = std::get<InboundMessage>(updates.at(0));
        QCOMPARE(m.kind(), MessageKind::Interactive);
        QCOMPARE(m.reply.type, QString());
        const auto &e = std::get<SystemError>(updates.at(1));
        QCOMPARE(e.error.code, 131000);
        QCOMPARE(e.error.details, QStringLiteral("Unsupported webhook payload"));
    }

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
            "user_preferences":[{"wa_id":"16505551234","category":"marketing_messages",
            "value":"stop"}]}}]}]})";
        const WebhookUpdates updates = parsed(body);
        QCOMPARE(updates.size(), 1);
        const auto &o = std::get<OtherUpdate>(updates.first());
        QCOMPARE(o.field, QStringLiteral("messages"));
        QVERIFY(o.value.contains(QLatin1String("user_preferences")));
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

    void malformedBodiesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QByteArray head =
            R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[)";
        const QByteArray tail = "]}]}";
        auto messagesChange = [&](const QByteArray &value) {
            return head + R"({"field":"messages","value":)" + value + "}" + tail;
        };
        const QString messagePath = QStringLiteral("entry[0].changes[0].value.messages[0].");

        QTest::newRow("not JSON") << QByteArray("hello")
                                  << "body is not JSON: illegal value at offset 1";
        QTest::newRow("empty") << QByteArray() << "body is not JSON: illegal value at offset 0";
        QTest::newRow("truncated")
            << QByteArray(R"({"object":)") << "body is not JSON: unterminated object at offset 10";
        QTest::newRow("array") << QByteArray("[1,2]") << "body is a JSON array, expected an object";
        QTest::newRow("wrong object") << QByteArray(R"({"object":"page","entry":[]})")
                                      << R"(object: "page" is not "whatsapp_business_account")";
        QTest::newRow("no object") << QByteArray(R"({"entry":[]})") << "object: missing";
        QTest::newRow("object not a string") << QByteArray(R"({"object":{},"entry":[]})")
                                             << "object: expected a string, found an object";
        QTest::newRow("no entry") << QByteArray(R"({"object":"whatsapp_business_account"})")
                                  << "entry: missing";
        QTest::newRow("entry not array")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":{}})")
            << "entry: expected an array, found an object";
        QTest::newRow("entry item not object")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":[7]})")
            << "entry[0]: expected an object, found a number";
        QTest::newRow("no changes")
            << QByteArray(R"({"object":"whatsapp_business_account","entry":[{"id":"1"}]})")
            << "entry[0].changes: missing";
        QTest::newRow("no field") << head + R"({"value":{}})" + tail
                                  << "entry[0].changes[0].field: missing";
        QTest::newRow("no value") << head + R"({"field":"messages"})" + tail
                                  << "entry[0].changes[0].value: missing";
        QTest::newRow("messages not array")
            << messagesChange(R"({"messages":{"id":"x"}})")
            << "entry[0].changes[0].value.messages: expected an array, found an object";
        QTest::newRow("message missing id")
            << messagesChange(R"({"messages":[{"from":"1","timestamp":"1","type":"text"}]})")
            << messagePath + "id: missing";
        QTest::newRow("message empty id")
            << messagesChange(
                   R"({"messages":[{"id":"","from":"1","timestamp":"1","type":"text"}]})")
            << messagePath + "id: empty";
        QTest::newRow("message missing from")
            << messagesChange(R"({"messages":[{"id":"w","timestamp":"1","type":"text"}]})")
            << messagePath + "from: missing";
        QTest::newRow("timestamp not numeric")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":"yesterday","type":"text"}]})")
            << messagePath + "timestamp: expected an integer, found a string";
        QTest::newRow("timestamp negative")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":-5,"type":"text"}]})")
            << messagePath + "timestamp: not a unix time in seconds";
        QTest::newRow("text body is an object")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":"1","type":"text","text":{"body":{}}}]})")
            << messagePath + "text.body: expected a string, found an object";
        QTest::newRow("location without latitude")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":"1","type":"location","location":{"longitude":1}}]})")
            << messagePath + "location.latitude: missing";
        QTest::newRow("reaction without target")
            << messagesChange(
                   R"({"messages":[{"id":"w","from":"1","timestamp":"1","type":"reaction","reaction":{"emoji":"x"}}]})")
            << messagePath + "reaction.message_id: missing";
        QTest::newRow("status missing status")
            << messagesChange(R"({"statuses":[{"id":"w","timestamp":"1","recipient_id":"1"}]})")
            << "entry[0].changes[0].value.statuses[0].status: missing";
        QTest::newRow("error without code") << messagesChange(R"({"errors":[{"title":"x"}]})")
                                            << "entry[0].changes[0].value.errors[0].code: missing";
        QTest::newRow("template without id")
            << head + R"({"field":"message_template_status_update","value":{"event":"APPROVED"}})" +
                   tail
            << "entry[0].changes[0].value.message_template_id: missing";
    }

    void malformedBodiesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, body);
        QTEST(parseError(body), "error");
    }

    void aValidChangeBeforeABrokenOneIsNotHalfAccepted()
    {
        QJsonObject body = jsonOf(fixture(QStringLiteral("batch_two_entries.json")));
        QJsonArray entries = body.value(QLatin1String("entry")).toArray();
        entries.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("9")}});
        body.insert(QStringLiteral("entry"), entries);
        QCOMPARE(parseError(QJsonDocument(body).toJson()),
                 QStringLiteral("entry[2].changes: missing"));
    }

    void aThousandMessageBatchParses()
    {
        WebhookUpdates updates;
        for (int i = 0; i < 1000; ++i) {
            InboundMessage m;
            m.origin = origin();
            m.from = QString::number(5511900000000LL + i);
            m.profileName = QStringLiteral("Cliente %1").arg(i);
            m.wamid = QStringLiteral("wamid.batch%1").arg(i);
            m.timestamp = 1749416383000;
            m.type = QStringLiteral("text");
            m.text = QString(500, QLatin1Char('x'));
            updates.append(m);
        }
        const QByteArray body = webhookBody(updates);
        QVERIFY(body.size() < maxWebhookPayloadBytes);
        const WebhookUpdates back = parsed(body);
        QCOMPARE(back.size(), 1000);
        const auto &last = std::get<InboundMessage>(back.last());
        QCOMPARE(last.wamid, QStringLiteral("wamid.batch999"));
        QCOMPARE(last.profileName, QStringLiteral("Cliente 999"));
    }

    void bodiesOverThreeMegabytesAreRefused()
    {
        const QByteArray body =
            QByteArray(R"({"object":"whatsapp_business_account","entry":[],"pad":")") +
            QByteArray(maxWebhookPayloadBytes, 'x') + "\"}";
        QCOMPARE(parseError(body),
                 QStringLiteral("body is %1 bytes, over the 3 MB webhook limit").arg(body.size()));
    }

    void deepNestingIsAnErrorNotACrash()
    {
        QCOMPARE(parseError(QByteArray(200000, '[')),
                 QStringLiteral("body is not JSON: too deeply nested document at offset 1025"));

        // Nesting Qt accepts inside an unmodelled change is passed on untouched.
        QByteArray nested = "1";
        for (int i = 0; i < 500; ++i)
            nested = "{\"a\":" + nested + "}";
        const QByteArray body =
            R"({"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"account_update","value":)" +
            nested + "}]}]}";
        const WebhookUpdates updates = parsed(body);
        QCOMPARE(updates.size(), 1);
        QCOMPARE(std::get<OtherUpdate>(updates.first()).field, QStringLiteral("account_update"));
    }

    // The simulator must send Meta's payloads exactly: each fixture read and rebuilt is the same
    // JSON document.
    void builderReproducesMetaFixtures_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"message_text.json",
                                 "message_image.json",
                                 "message_video.json",
                                 "message_document.json",
                                 "message_audio_voice.json",
                                 "message_sticker.json",
                                 "message_location.json",
                                 "message_reaction.json",
                                 "message_reaction_removed.json",
                                 "message_interactive_button_reply.json",
                                 "message_interactive_list_reply.json",
                                 "message_button.json",
                                 "message_reply.json",
                                 "status_sent_cbp.json",
                                 "status_delivered_v24.json",
                                 "status_read.json",
                                 "status_failed_131047.json",
                                 "status_failed_130472.json",
                                 "system_error_130429.json",
                                 "template_status_rejected.json",
                                 "template_status_approved.json"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void builderReproducesMetaFixtures()
    {
        QFETCH(QString, file);
        const QByteArray original = fixture(file);
        const QByteArray rebuilt = webhookBody(parsed(original));
        QCOMPARE(QJsonDocument::fromJson(rebuilt), QJsonDocument::fromJson(original));
    }

    void builtMessagesRoundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("text") << "text";
        QTest::newRow("image") << "image";
        QTest::newRow("document") << "document";
        QTest::newRow("audio") << "audio";
        QTest::newRow("video") << "video";
        QTest::newRow("location") << "location";
        QTest::newRow("reaction") << "reaction";
        QTest::newRow("button") << "button";
        QTest::newRow("interactive") << "interactive";
    }

    void builtMessagesRoundTrip()
    {
        QFETCH(QString, type);
        InboundMessage m;
        m.origin = origin();
        m.from = QStringLiteral("5511987654321");
        m.profileName = QStringLiteral("João Araújo 🙂");
        m.wamid = QStringLiteral("wamid.sim.") + type;
        m.timestamp = 1749416383000;
        m.type = type;
        m.context.from = displayNumber;
        m.context.messageId = QStringLiteral("wamid.original");
        if (type == QLatin1String("text")) {
            m.text = QStringLiteral("Olá, 见附件 — \"quoted\"\nsecond line");
        } else if (type == QLatin1String("location")) {
            m.location = {-23.5613, -46.6565, QStringLiteral("MASP"),
                          QStringLiteral("Av. Paulista, 1578"), QString()};
        } else if (type == QLatin1String("reaction")) {
            m.reaction = {QStringLiteral("wamid.target"), QStringLiteral("👍🏽")};
        } else if (type == QLatin1String("button")) {
            m.reply = {type, QStringLiteral("STOP_PROMOS"), QStringLiteral("Stop promotions"),
                       QString(), QString()};
        } else if (type == QLatin1String("interactive")) {
            m.reply = {QStringLiteral("list_reply"), QStringLiteral("row_2"),
                       QStringLiteral("Tuesday"), QStringLiteral("10:00–12:00"), QString()};
        } else {
            m.media = {QStringLiteral("1037543291543636"),
                       QStringLiteral("application/pdf"),
                       QStringLiteral("Kf9s+Q=="),
                       type == QLatin1String("document") ? QStringLiteral("orçamento.pdf")
                                                         : QString(),
                       type == QLatin1String("audio") ? QString() : QStringLiteral("Segue"),
                       QStringLiteral("https://lookaside.fbsbx.com/x"),
                       type == QLatin1String("audio"),
                       false};
        }

        const WebhookUpdates back = parsed(webhookBody(m));
        QCOMPARE(back.size(), 1);
        const auto &r = std::get<InboundMessage>(back.first());
        QCOMPARE(r.origin.wabaId, m.origin.wabaId);
        QCOMPARE(r.origin.phoneNumberId, m.origin.phoneNumberId);
        QCOMPARE(r.origin.displayPhoneNumber, m.origin.displayPhoneNumber);
        QCOMPARE(r.from, m.from);
        QCOMPARE(r.profileName, m.profileName);
        QCOMPARE(r.wamid, m.wamid);
        QCOMPARE(r.timestamp, m.timestamp);
        QCOMPARE(r.type, m.type);
        QCOMPARE(r.context.from, m.context.from);
        QCOMPARE(r.context.messageId, m.context.messageId);
        QCOMPARE(r.media.id, m.media.id);
        QCOMPARE(r.media.mimeType, m.media.mimeType);
        QCOMPARE(r.media.sha256, m.media.sha256);
        QCOMPARE(r.media.filename, m.media.filename);
        QCOMPARE(r.media.caption, m.media.caption);
        QCOMPARE(r.media.url, m.media.url);
        QCOMPARE(r.media.voice, m.media.voice);
        QCOMPARE(r.location.latitude, m.location.latitude);
        QCOMPARE(r.location.longitude, m.location.longitude);
        QCOMPARE(r.location.name, m.location.name);
        QCOMPARE(r.location.address, m.location.address);
        QCOMPARE(r.reaction.messageId, m.reaction.messageId);
        QCOMPARE(r.reaction.emoji, m.reaction.emoji);
        QCOMPARE(r.reply.type, m.reply.type);
        QCOMPARE(r.reply.id, m.reply.id);
        QCOMPARE(r.reply.title, m.reply.title);
        QCOMPARE(r.reply.description, m.reply.description);
        if (type == QLatin1String("text"))
            QCOMPARE(r.text, m.text);
    }

    void builtStatusesRoundTrip_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("withPricing");
        QTest::addColumn<bool>("withConversation");
        QTest::newRow("sent, billable, v24") << "sent" << true << false;
        QTest::newRow("sent, free entry point") << "sent" << true << true;
        QTest::newRow("delivered") << "delivered" << false << false;
        QTest::newRow("read") << "read" << false << false;
        QTest::newRow("failed") << "failed" << false << false;
    }

    void builtStatusesRoundTrip()
    {
        QFETCH(QString, status);
        QFETCH(bool, withPricing);
        QFETCH(bool, withConversation);
        StatusUpdate s;
        s.origin = origin();
        s.wamid = QStringLiteral("wamid.out.1");
        s.status = status;
        s.timestamp = 1750030073000;
        s.recipientId = customer;
        s.bizOpaqueCallbackData = QStringLiteral("outbox:42");
        if (withPricing)
            s.pricing = perMessagePricing(QStringLiteral("utility"), !withConversation);
        if (withConversation)
            s.conversation =
                StatusConversation{QStringLiteral("72b14d6bd5407799e66f64d1b338e567"),
                                   QStringLiteral("referral_conversion"), 1750116480000};
        if (status == QLatin1String("failed"))
            s.errors = {{131047, QStringLiteral("Re-engagement message"),
                         QStringLiteral("Re-engagement message"), QStringLiteral("24 hours"),
                         QString()}};

        const WebhookUpdates back = parsed(webhookBody(s));
        QCOMPARE(back.size(), 1);
        const auto &r = std::get<StatusUpdate>(back.first());
        QCOMPARE(r.wamid, s.wamid);
        QCOMPARE(r.status, s.status);
        QCOMPARE(r.timestamp, s.timestamp);
        QCOMPARE(r.recipientId, s.recipientId);
        QCOMPARE(r.bizOpaqueCallbackData, s.bizOpaqueCallbackData);
        QCOMPARE(r.origin.phoneNumberId, s.origin.phoneNumberId);
        QCOMPARE(r.pricing.has_value(), withPricing);
        if (withPricing) {
            QCOMPARE(r.pricing->billable, s.pricing->billable);
            QCOMPARE(r.pricing->pricingModel, QStringLiteral("PMP"));
            QCOMPARE(r.pricing->type, withConversation ? QStringLiteral("free_customer_service")
                                                       : QStringLiteral("regular"));
            QCOMPARE(r.pricing->category, QStringLiteral("utility"));
        }
        QCOMPARE(r.conversation.has_value(), withConversation);
        if (withConversation) {
            QCOMPARE(r.conversation->id, s.conversation->id);
            QCOMPARE(r.conversation->originType, s.conversation->originType);
            QCOMPARE(r.conversation->expiresAt, s.conversation->expiresAt);
        }
        QCOMPARE(r.errors.size(), s.errors.size());
        if (!s.errors.isEmpty()) {
            QCOMPARE(r.errors.first().code, 131047);
            QCOMPARE(r.errors.first().details, QStringLiteral("24 hours"));
        }
    }

    void statusBuilderKeepsMetaPlacementRules()
    {
        StatusUpdate failed;
        failed.wamid = QStringLiteral("wamid.f");
        failed.status = QStringLiteral("failed");
        failed.timestamp = 1750030073000;
        failed.recipientId = customer;
        failed.pricing = perMessagePricing(QStringLiteral("marketing"), true);
        failed.conversation =
            StatusConversation{QStringLiteral("c"), QStringLiteral("marketing"), 0};
        failed.errors = {{131026, QStringLiteral("Message undeliverable"),
                          QStringLiteral("Message undeliverable"), QString(), QString()}};
        QCOMPARE(statusJson(failed),
                 jsonOf(R"({"id":"wamid.f","status":"failed","timestamp":"1750030073",
                     "recipient_id":"16505551234","errors":[{"code":131026,
                     "title":"Message undeliverable","message":"Message undeliverable"}]})"));

        StatusUpdate delivered = failed;
        delivered.status = QStringLiteral("delivered");
        delivered.conversation->expiresAt = 1750116480000; // only "sent" may carry the expiry
        QCOMPARE(statusJson(delivered),
                 jsonOf(R"({"id":"wamid.f","status":"delivered","timestamp":"1750030073",
                     "recipient_id":"16505551234","conversation":{"id":"c","origin":{"type":"marketing"}},
                     "pricing":{"billable":true,"pricing_model":"PMP","type":"regular",
                     "category":"marketing"}})"));
    }

    void templateStatusRoundTrip_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("rejection");
        QTest::newRow("approved") << "APPROVED"
                                  << "NONE" << QString();
        QTest::newRow("rejected") << "REJECTED"
                                  << "INVALID_FORMAT"
                                  << "Parameters are adjacent";
        QTest::newRow("pending deletion, null reason")
            << "PENDING_DELETION" << QString() << QString();
    }

    void templateStatusRoundTrip()
    {
        QFETCH(QString, event);
        QFETCH(QString, reason);
        QFETCH(QString, rejection);
        TemplateStatusUpdate t{wabaId,
                               1751247548000,
                               event,
                               QStringLiteral("9007199254740991"),
                               QStringLiteral("boas_vindas"),
                               QStringLiteral("pt_BR"),
                               reason,
                               QStringLiteral("UTILITY"),
                               rejection,
                               rejection.isEmpty() ? QString() : QStringLiteral("Add text")};
        const QJsonObject value = templateStatusValueJson(t);
        QVERIFY(value.value(QLatin1String("message_template_id")).isDouble());
        QCOMPARE(value.value(QLatin1String("reason")).isNull(), reason.isEmpty());

        const WebhookUpdates back = parsed(webhookBody(t));
        QCOMPARE(back.size(), 1);
        const auto &r = std::get<TemplateStatusUpdate>(back.first());
        QCOMPARE(r.wabaId, t.wabaId);
        QCOMPARE(r.eventTime, t.eventTime);
        QCOMPARE(r.event, t.event);
        QCOMPARE(r.templateId, t.templateId);
        QCOMPARE(r.name, t.name);
        QCOMPARE(r.language, t.language);
        QCOMPARE(r.reason, t.reason);
        QCOMPARE(r.category, t.category);
        QCOMPARE(r.rejectionReason, t.rejectionReason);
        QCOMPARE(r.rejectionRecommendation, t.rejectionRecommendation);
    }

    void mixedBatchRoundTripsInOrder()
    {
        const WebhookUpdates original = parsed(fixture(QStringLiteral("batch_two_entries.json")));
        WebhookUpdates mixed = original;
        mixed.insert(2,
                     only<TemplateStatusUpdate>(QStringLiteral("template_status_approved.json")));
        mixed.append(only<SystemError>(QStringLiteral("system_error_130429.json")));
        mixed.append(only<StatusUpdate>(QStringLiteral("status_read.json")));
        mixed.append(only<OtherUpdate>(QStringLiteral("template_quality_update.json")));

        const QByteArray body = webhookBody(mixed);
        const WebhookUpdates back = parsed(body);
        QCOMPARE(back.size(), mixed.size());
        for (qsizetype i = 0; i < mixed.size(); ++i)
            QCOMPARE(back.at(i).index(), mixed.at(i).index());
        QCOMPARE(std::get<InboundMessage>(back.at(1)).profileName, QStringLiteral("Kofi Mensah"));
        QCOMPARE(std::get<StatusUpdate>(back.at(7)).origin.wabaId,
                 QStringLiteral("102290129340399"));
        QCOMPARE(std::get<StatusUpdate>(back.at(9)).wamid,
                 std::get<StatusUpdate>(mixed.at(9)).wamid);
        // Messages and statuses of one number share a change; the template has its own entry.
        const QJsonArray entries = jsonOf(body).value(QLatin1String("entry")).toArray();
        QCOMPARE(entries.size(), 5);
        QCOMPARE(entries.at(1).toObject().value(QLatin1String("time")).toInteger(), 1751247600);
    }
};

QTEST_GUILESS_MAIN(WhatsAppWebhookTest)
#include "tst_whatsappwebhook.moc"
