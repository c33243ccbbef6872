#include "core/whatsapp/webhookparser.h"

#include "core/whatsapp/limits.h"
#include "core/whatsapp/webhookreading.h"

namespace parley::whatsapp {
namespace {

using detail::readInboundMessage;
using detail::readWebhookErrors;

StatusUpdate readStatus(WireReader &status, const WebhookOrigin &origin)
{
    StatusUpdate out;
    out.origin = origin;
    out.wamid = status.string(QStringLiteral("id"), true);
    out.status = status.string(QStringLiteral("status"), true);
    out.timestamp = status.seconds(QStringLiteral("timestamp"), true);
    out.recipientId = status.string(QStringLiteral("recipient_id"), true);
    out.recipientType = status.string(QStringLiteral("recipient_type"));
    out.recipientParticipantId = status.string(QStringLiteral("recipient_participant_id"));
    out.bizOpaqueCallbackData = status.string(QStringLiteral("biz_opaque_callback_data"));
    if (status.has(QStringLiteral("pricing"))) {
        WireReader pricing = status.child(QStringLiteral("pricing"));
        StatusPricing price;
        if (pricing.has(QStringLiteral("billable")))
            price.billable = pricing.boolean(QStringLiteral("billable"));
        price.pricingModel = pricing.string(QStringLiteral("pricing_model"));
        price.type = pricing.string(QStringLiteral("type"));
        price.category = pricing.string(QStringLiteral("category"));
        out.pricing = price;
    }
    if (status.has(QStringLiteral("conversation"))) {
        WireReader conversation = status.child(QStringLiteral("conversation"));
        StatusConversation info;
        info.id = conversation.string(QStringLiteral("id"));
        info.expiresAt = conversation.seconds(QStringLiteral("expiration_timestamp"));
        info.originType =
            conversation.child(QStringLiteral("origin")).string(QStringLiteral("type"));
        out.conversation = info;
    }
    out.errors = readWebhookErrors(status, QStringLiteral("errors"));
    return out;
}

TemplateStatusUpdate readTemplateStatus(WireReader &value, const QString &wabaId,
                                        TimestampMs eventTime)
{
    TemplateStatusUpdate out;
    out.wabaId = wabaId;
    out.eventTime = eventTime;
    out.event = value.string(QStringLiteral("event"), true);
    out.templateId = value.string(QStringLiteral("message_template_id"), true);
    out.name = value.string(QStringLiteral("message_template_name"));
    out.language = value.string(QStringLiteral("message_template_language"));
    out.reason = value.string(QStringLiteral("reason"));
    out.category = value.string(QStringLiteral("message_template_category"));
    WireReader rejection = value.child(QStringLiteral("rejection_info"));
    out.rejectionReason = rejection.string(QStringLiteral("reason"));
    out.rejectionRecommendation = rejection.string(QStringLiteral("recommendation"));
    return out;
}

void readMessagesChange(WireReader &value, const QString &wabaId, WebhookUpdates *updates)
{
    WebhookOrigin origin;
    origin.wabaId = wabaId;
    WireReader metadata = value.child(QStringLiteral("metadata"));
    origin.phoneNumberId = metadata.string(QStringLiteral("phone_number_id"));
    origin.displayPhoneNumber = metadata.string(QStringLiteral("display_phone_number"));
    const QJsonArray contacts = value.array(QStringLiteral("contacts"));

    const bool carriesUpdates = value.has(QStringLiteral("messages")) ||
                                value.has(QStringLiteral("statuses")) ||
                                value.has(QStringLiteral("errors"));
    if (!carriesUpdates) { // e.g. user_preferences, which also arrives under field "messages"
        updates->append(OtherUpdate{wabaId, QStringLiteral("messages"), value.json()});
        return;
    }
    for (WireReader &message : value.children(QStringLiteral("messages")))
        updates->append(readInboundMessage(message, origin, contacts));
    for (WireReader &status : value.children(QStringLiteral("statuses")))
        updates->append(readStatus(status, origin));
    for (const WebhookError &error : readWebhookErrors(value, QStringLiteral("errors")))
        updates->append(SystemError{origin, error});
}

void readEntry(WireReader &entry, WebhookUpdates *updates)
{
    const QString wabaId = entry.string(QStringLiteral("id"), true);
    const TimestampMs eventTime = entry.seconds(QStringLiteral("time"));
    for (WireReader &change : entry.children(QStringLiteral("changes"), true)) {
        const QString field = change.string(QStringLiteral("field"), true);
        WireReader value = change.child(QStringLiteral("value"), true);
        if (!change.ok())
            return;
        if (field == QLatin1String("messages"))
            readMessagesChange(value, wabaId, updates);
        else if (field == QLatin1String("message_template_status_update"))
            updates->append(readTemplateStatus(value, wabaId, eventTime));
        else
            updates->append(OtherUpdate{wabaId, field, value.json()});
    }
}

} // namespace

bool parseWebhook(const QByteArray &body, WebhookUpdates *updates, QString *error)
{
    updates->clear();
    if (body.size() > maxWebhookPayloadBytes) {
        *error = QStringLiteral("body is %1 bytes, over the 3 MB webhook limit").arg(body.size());
        return false;
    }
    QJsonObject root;
    if (!parseJsonObject(body, &root, error))
        return false;

    QString firstError;
    WireReader envelope(root, QString(), &firstError);
    const QString object = envelope.string(QStringLiteral("object"), true);
    if (envelope.ok() && object != QLatin1String("whatsapp_business_account"))
        envelope.fail(QStringLiteral("object"),
                      QStringLiteral("\"%1\" is not \"whatsapp_business_account\"").arg(object));
    if (envelope.ok()) {
        for (WireReader &entry : envelope.children(QStringLiteral("entry"), true)) {
            readEntry(entry, updates);
            if (!envelope.ok())
                break;
        }
    }
    if (!envelope.ok()) {
        updates->clear();
        *error = firstError;
        return false;
    }
    return true;
}

} // namespace parley::whatsapp
