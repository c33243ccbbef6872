// Parsing Meta's inbound-message webhooks: every message type, its media, context and errors.
#include "whatsappwebhookfixtures.h"

using namespace parley;
using namespace parley::testing;
using namespace parley::whatsapp;

class WhatsAppWebhookMessagesTest : public QObject {
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
        QCOMPARE(m.details["location"]["latitude"].toDouble(), 37.4611978);
        QCOMPARE(m.details["location"]["longitude"].toDouble(), -122.2164385);
        QCOMPARE(m.details["location"]["url"].toString(), m.location.url);
    }

    void orderItemsAreKept()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_order.json"));
        const QJsonObject order = m.details["order"].toObject();
        QVERIFY(!order["catalog_id"].toString().isEmpty());
        QCOMPARE(order["items"][0]["product_retailer_id"].toString(), QStringLiteral("SODA"));
        QCOMPARE(order["items"][0]["quantity"].toInteger(), 2);
        QCOMPARE(order["items"][0]["item_price"].toDouble(), 10.0);
        QCOMPARE(order["items"][0]["currency"].toString(), QStringLiteral("ILS"));
        QVERIFY(m.text.contains(QStringLiteral("2 × SODA (10 ILS)")));
    }

    void flowAnswersAreFields()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_interactive_nfm_reply.json"));
        const QJsonObject reply = m.details["reply"].toObject();
        QCOMPARE(reply["type"].toString(), QStringLiteral("nfm_reply"));
        QCOMPARE(reply["name"].toString(), QStringLiteral("flow"));
        QCOMPARE(reply["fields"]["comment_text"].toString(), QStringLiteral("Comment Text"));
        QCOMPARE(reply["fields"]["flow_token"].toString(),
                 QStringLiteral("AQAAAAACS5FpgQ_cAAAAAD0QI3s."));
        QCOMPARE(m.context.messageId, QStringLiteral("wamid.gvwegfretge=="));
        QCOMPARE(m.fromUserId, QStringLiteral("US.13491208655302741918"));
    }

    void anAdReferralIsKept()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_referral.json"));
        QCOMPARE(m.text, QStringLiteral("Hi! I saw your ad, is the sale still on?"));
        const QJsonObject referral = m.details["referral"].toObject();
        QCOMPARE(referral["source_type"].toString(), QStringLiteral("ad"));
        QCOMPARE(referral["headline"].toString(), QStringLiteral("Summer sale: 30% off"));
        QCOMPARE(referral["media_type"].toString(), QStringLiteral("image"));
        QVERIFY(!referral["ctwa_clid"].toString().isEmpty());
    }

    void editsAndDeletionsNameTheirMessage()
    {
        const auto edit = only<InboundMessage>(QStringLiteral("message_edit.json"));
        QCOMPARE(edit.type, QStringLiteral("edit"));
        QCOMPARE(edit.originalMessageId, QStringLiteral("wamid.zzzzzz"));
        QCOMPARE(edit.editedType, QStringLiteral("text"));
        QCOMPARE(edit.text, QStringLiteral("Text was edited"));
        QVERIFY(!edit.isWrittenByCustomer());
        const auto revoke = only<InboundMessage>(QStringLiteral("message_revoke.json"));
        QCOMPARE(revoke.originalMessageId, QStringLiteral("wamid.zzzzzz"));
        QVERIFY(!revoke.isWrittenByCustomer());
        // The simulator's builder writes both back in Meta's shape.
        const auto editBack = std::get<InboundMessage>(parsed(webhookBody(edit)).first());
        QCOMPARE(editBack.originalMessageId, edit.originalMessageId);
        QCOMPARE(editBack.text, edit.text);
        const auto revokeBack = std::get<InboundMessage>(parsed(webhookBody(revoke)).first());
        QCOMPARE(revokeBack.originalMessageId, revoke.originalMessageId);
    }

    void aUsernameOnlyCustomerHasNoPhone()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_user_id_only.json"));
        QCOMPARE(m.from, QString());
        QCOMPARE(m.fromUserId, QStringLiteral("IN.1410018717833190"));
        QCOMPARE(m.customerId(), m.fromUserId);
        QCOMPARE(m.profileName, QStringLiteral("Dana Levi"));
        QCOMPARE(m.username, QStringLiteral("@danalevi"));
        const auto back = std::get<InboundMessage>(parsed(webhookBody(m)).first());
        QCOMPARE(back.fromUserId, m.fromUserId);
        QCOMPARE(back.username, m.username);
        QCOMPARE(back.from, QString());
    }

    void contacts()
    {
        const auto m = only<InboundMessage>(QStringLiteral("message_contacts.json"));
        QCOMPARE(m.kind(), MessageKind::Contacts);
        QCOMPARE(m.contactNames, QStringList{QStringLiteral("Chandler Bing")});
        QCOMPARE(m.text, QStringLiteral("Chandler Bing (+1 555-555-5555)"));
        const QJsonObject card = m.details["contacts"][0].toObject();
        QCOMPARE(card["name"]["first_name"].toString(), QStringLiteral("Chandler"));
        QCOMPARE(card["phones"][0]["wa_id"].toString(), QStringLiteral("972987654321"));
        QCOMPARE(card["phones"][0]["phone"].toString(), QStringLiteral("+1 555-555-5555"));
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
        QCOMPARE(m.text, QStringLiteral("2 × SODA (10 ILS)")); // a summary for older desktops
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
};

QTEST_GUILESS_MAIN(WhatsAppWebhookMessagesTest)
#include "tst_whatsappwebhookmessages.moc"
