// Building webhook bodies as the simulator sends them: Meta's fixtures rebuilt exactly, and
// built messages, statuses and template verdicts parsed back unchanged.
#include "whatsappwebhookfixtures.h"

using namespace parley;
using namespace parley::testing;
using namespace parley::whatsapp;

class WhatsAppWebhookBuilderTest : public QObject {
    Q_OBJECT
private slots:
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

QTEST_GUILESS_MAIN(WhatsAppWebhookBuilderTest)
#include "tst_whatsappwebhookbuilder.moc"
