#include "core/whatsapp/webhookparser.h"

#include "core/whatsapp/limits.h"
#include "core/whatsapp/webhookreading.h"

namespace parley::whatsapp {
namespace {

using detail::readInboundMessage;
using detail::readWebhookErrors;

// Reads one array element with an error slot of its own, so that its problem is its alone.
struct ItemReader {
    QString error;
    WireReader reader;
    ItemReader(const QJsonValue &value, const QString &path)
        : reader(value.toObject(), path, &error)
    {
        if (!value.isObject())
            error = path + QStringLiteral(": expected an object, found ") + jsonTypeName(value);
    }
};

QString elementPath(const WireReader &parent, const QString &key, qsizetype index)
{
    return parent.path(key) + QStringLiteral("[%1]").arg(index);
}

StatusUpdate readStatus(WireReader &status, const WebhookOrigin &origin, TimestampMs now)
{
    StatusUpdate out;
    out.origin = origin;
    out.raw = status.json();
    out.wamid = status.string(QStringLiteral("id"), true);
    out.status = status.string(QStringLiteral("status"), true);
    out.timestamp = status.seconds(QStringLiteral("timestamp"), true);
    out.recipientId = status.string(QStringLiteral("recipient_id"));
    out.recipientUserId = status.string(QStringLiteral("recipient_user_id"));
    if (out.recipientId.isEmpty() && out.recipientUserId.isEmpty() && status.ok())
        status.fail(QStringLiteral("recipient_id"),
                    QStringLiteral("missing, and no recipient_user_id"));
    out.recipientType = status.string(QStringLiteral("recipient_type"));
    out.recipientParticipantId = status.string(QStringLiteral("recipient_participant_id"));
    out.bizOpaqueCallbackData = status.string(QStringLiteral("biz_opaque_callback_data"));
    if (!status.ok())
        return out;
    detail::checkWamid(status, QStringLiteral("id"), out.wamid);
    detail::checkTimestamp(status, QStringLiteral("timestamp"), out.timestamp, now);
    if (out.bizOpaqueCallbackData.size() > maxBizOpaqueCallbackDataLength)
        status.fail(QStringLiteral("biz_opaque_callback_data"), QStringLiteral("too long"));
    // A group's recipient_id is a group id, not a customer: only individual chats are checked.
    if (out.recipientType.isEmpty())
        detail::checkCustomerIds(status, QStringLiteral("recipient_id"), out.recipientId,
                                 out.recipientUserId);
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

UserPreference readUserPreference(WireReader &item, const WebhookOrigin &origin, TimestampMs now)
{
    UserPreference out;
    out.origin = origin;
    out.raw = item.json();
    out.waId = item.string(QStringLiteral("wa_id"));
    out.userId = item.string(QStringLiteral("user_id"));
    if (out.waId.isEmpty() && out.userId.isEmpty())
        item.fail(QStringLiteral("wa_id"), QStringLiteral("missing, and no user_id"));
    out.category = item.string(QStringLiteral("category"), true);
    out.value = item.string(QStringLiteral("value"), true);
    out.detail = item.string(QStringLiteral("detail"));
    out.timestamp = item.seconds(QStringLiteral("timestamp"), true);
    if (item.ok()) {
        detail::checkCustomerIds(item, QStringLiteral("wa_id"), out.waId, out.userId);
        detail::checkTimestamp(item, QStringLiteral("timestamp"), out.timestamp, now);
    }
    return out;
}

CallEvent readCall(WireReader &item, const WebhookOrigin &origin, TimestampMs now)
{
    CallEvent out;
    out.origin = origin;
    out.raw = item.json();
    out.callId = item.string(QStringLiteral("id"), true);
    out.from = item.string(QStringLiteral("from"), true);
    out.to = item.string(QStringLiteral("to"), true);
    out.event = item.string(QStringLiteral("event"), true);
    out.direction = item.string(QStringLiteral("direction"));
    out.status = item.string(QStringLiteral("status"));
    out.timestamp = item.seconds(QStringLiteral("timestamp"), true);
    out.durationSeconds = item.integer(QStringLiteral("duration"));
    if (item.ok()) {
        detail::checkWamid(item, QStringLiteral("id"), out.callId);
        detail::checkCustomerIds(item, QStringLiteral("from"), out.from, QString());
        detail::checkCustomerIds(item, QStringLiteral("to"), out.to, QString());
        detail::checkTimestamp(item, QStringLiteral("timestamp"), out.timestamp, now);
    }
    return out;
}

void reject(WebhookUpdates *updates, const WebhookOrigin &origin, const QString &field,
            const QString &reason, const QJsonValue &raw)
{
    updates->append(RejectedItem{origin, field, reason, raw});
}

void readMessagesChange(WireReader &value, const QString &field, const QString &wabaId,
                        TimestampMs now, WebhookUpdates *updates)
{
    WebhookOrigin origin;
    origin.wabaId = wabaId;
    WireReader metadata = value.child(QStringLiteral("metadata"));
    origin.phoneNumberId = metadata.string(QStringLiteral("phone_number_id"));
    origin.displayPhoneNumber = metadata.string(QStringLiteral("display_phone_number"));
    const QJsonArray contacts = value.array(QStringLiteral("contacts"));
    if (!value.ok())
        return; // the caller rejects the whole change

    const bool carriesUpdates =
        value.has(QStringLiteral("messages")) || value.has(QStringLiteral("statuses")) ||
        value.has(QStringLiteral("errors")) || value.has(QStringLiteral("user_preferences")) ||
        value.has(QStringLiteral("message_echoes")) || value.has(QStringLiteral("calls"));
    if (!carriesUpdates) {
        updates->append(OtherUpdate{wabaId, field, value.json()});
        return;
    }
    const auto each = [&](const QString &key, const auto &read) {
        const QJsonArray items = value.array(key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            ItemReader item(items.at(i), elementPath(value, key, i));
            if (item.error.isEmpty())
                read(item.reader);
            if (!item.error.isEmpty())
                reject(updates, origin, field, item.error, items.at(i));
        }
    };
    each(QStringLiteral("messages"), [&](WireReader &message) {
        InboundMessage read = readInboundMessage(message, origin, contacts, now);
        if (message.ok())
            updates->append(read);
    });
    each(QStringLiteral("statuses"), [&](WireReader &status) {
        StatusUpdate read = readStatus(status, origin, now);
        if (status.ok())
            updates->append(read);
    });
    each(QStringLiteral("message_echoes"), [&](WireReader &echo) {
        InboundMessage read = readInboundMessage(echo, origin, contacts, now);
        read.echo = true;
        read.to = echo.string(QStringLiteral("to"));
        read.toUserId = echo.string(QStringLiteral("to_user_id"));
        if (echo.ok() && read.to.isEmpty() && read.toUserId.isEmpty())
            echo.fail(QStringLiteral("to"), QStringLiteral("missing, and no to_user_id"));
        if (echo.ok())
            detail::checkCustomerIds(echo, QStringLiteral("to"), read.to, read.toUserId);
        if (echo.ok())
            updates->append(read);
    });
    each(QStringLiteral("calls"), [&](WireReader &call) {
        CallEvent read = readCall(call, origin, now);
        if (call.ok())
            updates->append(read);
    });
    each(QStringLiteral("user_preferences"), [&](WireReader &item) {
        UserPreference read = readUserPreference(item, origin, now);
        if (item.ok())
            updates->append(read);
    });
    each(QStringLiteral("errors"), [&](WireReader &item) {
        const WebhookError read = detail::readWebhookError(item);
        if (item.ok())
            updates->append(SystemError{origin, read});
    });
}

void readChange(WireReader &change, const QString &wabaId, TimestampMs eventTime, TimestampMs now,
                WebhookUpdates *updates)
{
    const QString field = change.string(QStringLiteral("field"), true);
    WireReader value = change.child(QStringLiteral("value"), true);
    if (!change.ok())
        return;
    if (field == QLatin1String("messages") || field == QLatin1String("user_preferences") ||
        field == QLatin1String("smb_message_echoes") || field == QLatin1String("calls"))
        readMessagesChange(value, field, wabaId, now, updates);
    else if (field == QLatin1String("message_template_status_update")) {
        TemplateStatusUpdate read = readTemplateStatus(value, wabaId, eventTime);
        if (change.ok())
            updates->append(read);
    } else
        updates->append(OtherUpdate{wabaId, field, value.json()});
}

void readEntry(WireReader &entry, TimestampMs now, WebhookUpdates *updates)
{
    const QString wabaId = entry.string(QStringLiteral("id"), true);
    const TimestampMs eventTime = entry.seconds(QStringLiteral("time"));
    const QJsonArray changes = entry.array(QStringLiteral("changes"), true);
    if (!entry.ok())
        return;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        ItemReader change(changes.at(i), elementPath(entry, QStringLiteral("changes"), i));
        const qsizetype before = updates->size();
        if (change.error.isEmpty())
            readChange(change.reader, wabaId, eventTime, now, updates);
        if (!change.error.isEmpty()) {
            // Whatever the broken change yielded before its fault is dropped with it.
            updates->resize(before);
            WebhookOrigin origin;
            origin.wabaId = wabaId;
            reject(updates, origin, changes.at(i)[QLatin1String("field")].toString(), change.error,
                   changes.at(i));
        }
    }
}

} // namespace

bool parseWebhook(const QByteArray &body, WebhookUpdates *updates, QString *error, TimestampMs now)
{
    updates->clear();
    if (body.size() > maxWebhookPayloadBytes) {
        *error = QStringLiteral("body is %1 bytes, over the 3 MB webhook limit").arg(body.size());
        return false;
    }
    QJsonObject root;
    if (!parseJsonObject(body, &root, error))
        return false;

    QString envelopeError;
    WireReader envelope(root, QString(), &envelopeError);
    const QString object = envelope.string(QStringLiteral("object"), true);
    if (envelope.ok() && object != QLatin1String("whatsapp_business_account"))
        envelope.fail(QStringLiteral("object"),
                      QStringLiteral("\"%1\" is not \"whatsapp_business_account\"").arg(object));
    const QJsonArray entries = envelope.array(QStringLiteral("entry"), true);
    if (!envelope.ok()) {
        reject(updates, {}, QString(), envelopeError, root);
        return true;
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ItemReader entry(entries.at(i), QStringLiteral("entry[%1]").arg(i));
        if (entry.error.isEmpty())
            readEntry(entry.reader, now, updates);
        if (!entry.error.isEmpty())
            reject(updates, {}, QString(), entry.error, entries.at(i));
    }
    return true;
}

} // namespace parley::whatsapp
