#include "core/whatsapp/webhookbuilder.h"

#include "core/whatsapp/webhookwriting.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace parley::whatsapp {

namespace detail {

QString secondsString(TimestampMs timestamp)
{
    return QString::number(timestamp / 1000);
}

QJsonArray webhookErrorsJson(const QList<WebhookError> &errors)
{
    QJsonArray array;
    for (const WebhookError &error : errors) {
        QJsonObject json{{QStringLiteral("code"), error.code},
                         {QStringLiteral("title"), error.title},
                         {QStringLiteral("message"), error.message}};
        if (!error.details.isEmpty())
            json.insert(QStringLiteral("error_data"),
                        QJsonObject{{QStringLiteral("details"), error.details}});
        if (!error.href.isEmpty())
            json.insert(QStringLiteral("href"), error.href);
        array.append(json);
    }
    return array;
}

} // namespace detail

namespace {

using detail::secondsString;

// One change of the body being built, before changes are grouped into entries.
struct PendingChange {
    QString wabaId;
    QString field;
    QString phoneNumberId; // messages changes only: which ones may share a value
    QJsonObject value;
    TimestampMs entryTime = 0;
    bool ownEntry = false;
};

// Adds a messages/statuses/errors item, sharing the previous change when Meta would have: same
// account and number, and the parser reads the shared value back in the same order (messages,
// then statuses, then errors).
class ChangeCollector {
public:
    void addToMessagesChange(const WebhookOrigin &origin, const QString &arrayKey,
                             const QJsonObject &item)
    {
        if (!canShareLast(origin, arrayKey))
            m_changes.append(newMessagesChange(origin));
        QJsonObject &value = m_changes.last().value;
        QJsonArray items = value.value(arrayKey).toArray();
        items.append(item);
        value.insert(arrayKey, items);
    }

    // The sender's contacts[] entry: wa_id (absent for a username-only customer), user_id
    // and profile (name, username) as Graph v25 writes them.
    void addContact(const InboundMessage &message)
    {
        if (message.profileName.isEmpty() && message.fromUserId.isEmpty())
            return;
        QJsonObject &value = m_changes.last().value;
        QJsonArray contacts = value.value(QLatin1String("contacts")).toArray();
        for (const QJsonValue &contact : contacts) {
            const QJsonObject object = contact.toObject();
            if ((!message.from.isEmpty() &&
                 object.value(QLatin1String("wa_id")).toString() == message.from) ||
                (!message.fromUserId.isEmpty() &&
                 object.value(QLatin1String("user_id")).toString() == message.fromUserId))
                return;
        }
        QJsonObject profile;
        if (!message.profileName.isEmpty())
            profile.insert(QStringLiteral("name"), message.profileName);
        if (!message.username.isEmpty())
            profile.insert(QStringLiteral("username"), message.username);
        QJsonObject contact{{QStringLiteral("profile"), profile}};
        if (!message.from.isEmpty())
            contact.insert(QStringLiteral("wa_id"), message.from);
        if (!message.fromUserId.isEmpty())
            contact.insert(QStringLiteral("user_id"), message.fromUserId);
        contacts.append(contact);
        value.insert(QStringLiteral("contacts"), contacts);
    }

    void add(const PendingChange &change) { m_changes.append(change); }

    QJsonArray entries() const
    {
        QJsonArray entries;
        QJsonObject entry;
        QJsonArray changes;
        const PendingChange *previous = nullptr;
        for (const PendingChange &change : m_changes) {
            const bool startsEntry = !previous || previous->wabaId != change.wabaId ||
                                     previous->ownEntry || change.ownEntry;
            if (startsEntry && previous) {
                entry.insert(QStringLiteral("changes"), changes);
                entries.append(entry);
            }
            if (startsEntry) {
                entry = {{QStringLiteral("id"), change.wabaId}};
                if (change.entryTime > 0)
                    entry.insert(QStringLiteral("time"), change.entryTime / 1000);
                changes = {};
            }
            changes.append(QJsonObject{{QStringLiteral("field"), change.field},
                                       {QStringLiteral("value"), change.value}});
            previous = &change;
        }
        if (previous) {
            entry.insert(QStringLiteral("changes"), changes);
            entries.append(entry);
        }
        return entries;
    }

private:
    bool canShareLast(const WebhookOrigin &origin, const QString &arrayKey) const
    {
        if (m_changes.isEmpty())
            return false;
        const PendingChange &last = m_changes.last();
        if (last.field != QLatin1String("messages") || last.ownEntry ||
            last.wabaId != origin.wabaId || last.phoneNumberId != origin.phoneNumberId)
            return false;
        static const QStringList readOrder = {QStringLiteral("messages"),
                                              QStringLiteral("statuses"), QStringLiteral("errors")};
        for (qsizetype i = readOrder.indexOf(arrayKey) + 1; i < readOrder.size(); ++i) {
            if (last.value.contains(readOrder.at(i)))
                return false;
        }
        return true;
    }

    static PendingChange newMessagesChange(const WebhookOrigin &origin)
    {
        PendingChange change;
        change.wabaId = origin.wabaId;
        change.field = QStringLiteral("messages");
        change.phoneNumberId = origin.phoneNumberId;
        change.value = {
            {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("display_phone_number"), origin.displayPhoneNumber},
                         {QStringLiteral("phone_number_id"), origin.phoneNumberId}}}};
        return change;
    }

    QList<PendingChange> m_changes;
};

QJsonObject pricingJson(const StatusPricing &pricing)
{
    QJsonObject json{{QStringLiteral("pricing_model"), pricing.pricingModel},
                     {QStringLiteral("category"), pricing.category}};
    if (pricing.billable)
        json.insert(QStringLiteral("billable"), *pricing.billable);
    if (!pricing.type.isEmpty())
        json.insert(QStringLiteral("type"), pricing.type);
    return json;
}

QJsonObject conversationJson(const StatusConversation &conversation, bool sent)
{
    QJsonObject json{
        {QStringLiteral("id"), conversation.id},
        {QStringLiteral("origin"), QJsonObject{{QStringLiteral("type"), conversation.originType}}}};
    if (sent && conversation.expiresAt > 0)
        json.insert(QStringLiteral("expiration_timestamp"), secondsString(conversation.expiresAt));
    return json;
}

} // namespace

QJsonObject userPreferenceJson(const UserPreference &preference)
{
    QJsonObject json{{QStringLiteral("detail"), preference.detail},
                     {QStringLiteral("category"), preference.category},
                     {QStringLiteral("value"), preference.value},
                     {QStringLiteral("timestamp"), preference.timestamp / 1000}};
    if (!preference.waId.isEmpty())
        json.insert(QStringLiteral("wa_id"), preference.waId);
    if (!preference.userId.isEmpty())
        json.insert(QStringLiteral("user_id"), preference.userId);
    return json;
}

QJsonObject statusJson(const StatusUpdate &status)
{
    QJsonObject json{{QStringLiteral("id"), status.wamid},
                     {QStringLiteral("status"), status.status},
                     {QStringLiteral("timestamp"), secondsString(status.timestamp)}};
    if (!status.recipientId.isEmpty())
        json.insert(QStringLiteral("recipient_id"), status.recipientId);
    if (!status.recipientUserId.isEmpty())
        json.insert(QStringLiteral("recipient_user_id"), status.recipientUserId);
    if (!status.recipientType.isEmpty())
        json.insert(QStringLiteral("recipient_type"), status.recipientType);
    if (!status.recipientParticipantId.isEmpty())
        json.insert(QStringLiteral("recipient_participant_id"), status.recipientParticipantId);
    if (!status.bizOpaqueCallbackData.isEmpty())
        json.insert(QStringLiteral("biz_opaque_callback_data"), status.bizOpaqueCallbackData);
    const bool failed = status.status == QLatin1String("failed");
    if (failed) {
        json.insert(QStringLiteral("errors"), detail::webhookErrorsJson(status.errors));
        return json;
    }
    const bool sent = status.status == QLatin1String("sent");
    if (status.conversation)
        json.insert(QStringLiteral("conversation"), conversationJson(*status.conversation, sent));
    if (status.pricing)
        json.insert(QStringLiteral("pricing"), pricingJson(*status.pricing));
    return json;
}

QJsonObject templateStatusValueJson(const TemplateStatusUpdate &update)
{
    QJsonObject json{{QStringLiteral("event"), update.event},
                     {QStringLiteral("message_template_id"), update.templateId.toLongLong()},
                     {QStringLiteral("message_template_name"), update.name},
                     {QStringLiteral("message_template_language"), update.language},
                     {QStringLiteral("reason"), update.reason.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(update.reason)}};
    if (!update.category.isEmpty())
        json.insert(QStringLiteral("message_template_category"), update.category);
    if (!update.rejectionReason.isEmpty())
        json.insert(
            QStringLiteral("rejection_info"),
            QJsonObject{{QStringLiteral("reason"), update.rejectionReason},
                        {QStringLiteral("recommendation"), update.rejectionRecommendation}});
    return json;
}

QByteArray webhookBody(const WebhookUpdates &updates)
{
    ChangeCollector collector;
    for (const WebhookUpdate &update : updates) {
        if (const auto *message = std::get_if<InboundMessage>(&update)) {
            collector.addToMessagesChange(message->origin, QStringLiteral("messages"),
                                          inboundMessageJson(*message));
            collector.addContact(*message);
        } else if (const auto *status = std::get_if<StatusUpdate>(&update)) {
            collector.addToMessagesChange(status->origin, QStringLiteral("statuses"),
                                          statusJson(*status));
        } else if (const auto *systemError = std::get_if<SystemError>(&update)) {
            collector.addToMessagesChange(
                systemError->origin, QStringLiteral("errors"),
                detail::webhookErrorsJson({systemError->error}).first().toObject());
        } else if (const auto *templateStatus = std::get_if<TemplateStatusUpdate>(&update)) {
            collector.add({templateStatus->wabaId, QStringLiteral("message_template_status_update"),
                           QString(), templateStatusValueJson(*templateStatus),
                           templateStatus->eventTime, true});
        } else if (const auto *preference = std::get_if<UserPreference>(&update)) {
            collector.addToMessagesChange(preference->origin, QStringLiteral("user_preferences"),
                                          userPreferenceJson(*preference));
        } else if (const auto *other = std::get_if<OtherUpdate>(&update)) {
            collector.add({other->wabaId, other->field, QString(), other->value, 0, false});
        }
    }
    const QJsonObject body{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), collector.entries()}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray webhookBody(const WebhookUpdate &update)
{
    return webhookBody(WebhookUpdates{update});
}

StatusPricing perMessagePricing(const QString &category, bool billable)
{
    StatusPricing pricing;
    pricing.billable = billable;
    pricing.pricingModel = QStringLiteral("PMP");
    pricing.type = billable ? QStringLiteral("regular") : QStringLiteral("free_customer_service");
    pricing.category = category;
    return pricing;
}

} // namespace parley::whatsapp
