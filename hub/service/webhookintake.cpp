#include "hub/service/webhookintake.h"

#include "core/protocol/entitycodec.h"
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookparser.h"

#include <QJsonDocument>

#include <variant>

namespace parley::hub {

HttpResponse WebhookIntake::reject(int status, const QString &reason, const QString &message)
{
    ++m_metrics.webhooksRejected[reason];
    return HttpResponse::error(status, reason, message);
}

HttpResponse WebhookIntake::verify(const HttpRequest &request)
{
    const QString mode = request.query.queryItemValue(QStringLiteral("hub.mode"));
    const QString token = request.query.queryItemValue(QStringLiteral("hub.verify_token"));
    const QString challenge = request.query.queryItemValue(QStringLiteral("hub.challenge"));
    bool known = false;
    for (const ChannelConfig &channel : m_ctx.channels.all())
        known = known || (!token.isEmpty() && channel.verifyToken == token);
    if (mode != QLatin1String("subscribe") || !known)
        return HttpResponse::text("verification failed", 403);
    return HttpResponse::text(challenge.toUtf8(), 200); // echoed verbatim, as Meta expects
}

HttpResponse WebhookIntake::receive(const HttpRequest &request)
{
    // The signature comes first: nothing of an unsigned body is parsed, let alone stored.
    const QByteArray signature = request.header(whatsapp::signatureHeader);
    const QList<ChannelConfig> channels = m_ctx.channels.all();
    QString appSecret;
    for (const ChannelConfig &channel : channels) {
        if (whatsapp::verifyWebhookSignature(channel.appSecret.toUtf8(), request.body, signature)) {
            appSecret = channel.appSecret;
            break;
        }
    }
    if (appSecret.isEmpty())
        return reject(401, QStringLiteral("signature_invalid"),
                      signature.isEmpty()
                          ? QStringLiteral("The X-Hub-Signature-256 header is missing.")
                          : QStringLiteral("The X-Hub-Signature-256 header does not match."));

    whatsapp::WebhookUpdates updates;
    QString error;
    if (!whatsapp::parseWebhook(request.body, &updates, &error))
        return reject(400, QStringLiteral("malformed"), error);

    Transaction transaction(m_ctx.db);
    for (const whatsapp::WebhookUpdate &update : updates) {
        bool stored = true;
        if (const auto *message = std::get_if<whatsapp::InboundMessage>(&update)) {
            const std::optional<ChannelConfig> channel =
                m_ctx.channels.byPhoneNumberId(message->origin.phoneNumberId);
            // A number this hub does not serve, or one signed with another app's secret, is
            // not ours to store; Meta still gets its 200 so it stops retrying.
            if (channel && channel->appSecret == appSecret)
                stored = storeMessage(*channel, *message);
        } else if (const auto *status = std::get_if<whatsapp::StatusUpdate>(&update)) {
            stored = storeStatus(*status);
        } else if (const auto *change = std::get_if<whatsapp::TemplateStatusUpdate>(&update)) {
            stored = storeTemplateStatus(*change);
        } else if (const auto *system = std::get_if<whatsapp::SystemError>(&update)) {
            qWarning("WhatsApp reports error %d for %s: %s", system->error.code,
                     qPrintable(system->origin.phoneNumberId), qPrintable(system->error.details));
        }
        if (!stored)
            return reject(500, QStringLiteral("store_failed"),
                          QStringLiteral("The hub could not store the webhook; Meta will retry."));
    }
    if (!transaction.commit())
        return reject(500, QStringLiteral("store_failed"),
                      QStringLiteral("The hub could not store the webhook; Meta will retry."));
    ++m_metrics.webhooksAccepted;
    m_ctx.eventsCommitted();
    return HttpResponse::text("EVENT_RECEIVED", 200);
}

std::optional<Conversation> WebhookIntake::conversationFor(const ChannelConfig &channel,
                                                           const whatsapp::InboundMessage &inbound,
                                                           bool *created)
{
    *created = false;
    if (std::optional<Conversation> existing =
            m_ctx.conversations.byCustomer(channel.channel.id, inbound.from))
        return existing;
    // R9.2: an unknown number becomes a lead or a contact (R1.6), owned round-robin.
    const bool asContact = channel.channel.newCustomersAs == NewCustomerModule::Contacts;
    const Id owner = m_ctx.channels.nextRoundRobinOwner(channel.channel.id);
    const QString name = inbound.profileName.isEmpty() ? inbound.from : inbound.profileName;
    const QString firstName = name.section(QLatin1Char(' '), 0, 0);
    const QString lastName = name.section(QLatin1Char(' '), 1);
    const QJsonObject fields{{QStringLiteral("First Name"), firstName},
                             {QStringLiteral("Last Name"), lastName},
                             {QStringLiteral("Full Name"), name},
                             {QStringLiteral("Mobile"), inbound.from}};
    const TimestampMs now = m_ctx.now();
    Record record;
    record.module = asContact ? Module::Contacts : Module::Leads;
    record.ownerId = owner;
    record.fields = fields.toVariantMap();
    record.createdAt = record.updatedAt = now;
    record.id = m_ctx.records.insert(record, inbound.from);
    if (record.id == 0)
        return std::nullopt;
    if (m_ctx.events.append(EventType::RecordUpdated, toJson(record), now) == 0)
        return std::nullopt;

    Conversation conversation;
    conversation.channelId = channel.channel.id;
    conversation.customerNumber = inbound.from;
    conversation.customerName = name;
    conversation.recordModule = moduleName(record.module);
    conversation.recordId = record.id;
    conversation.ownerId = owner;
    conversation.department = channel.channel.department;
    conversation.id = m_ctx.conversations.insert(conversation);
    if (conversation.id == 0)
        return std::nullopt;
    *created = true;
    return conversation;
}

bool WebhookIntake::storeMessage(const ChannelConfig &channel,
                                 const whatsapp::InboundMessage &inbound)
{
    if (m_ctx.conversations.messageByWamid(inbound.wamid))
        return true; // a retried delivery: already stored, nothing changes
    bool created = false;
    std::optional<Conversation> conversation = conversationFor(channel, inbound, &created);
    if (!conversation)
        return false;
    Message message;
    message.conversationId = conversation->id;
    message.direction = Direction::In;
    message.kind = inbound.kind();
    message.text = inbound.text;
    message.state = DeliveryState::Received;
    message.wamid = inbound.wamid;
    message.createdAt = inbound.timestamp > 0 ? inbound.timestamp : m_ctx.now();
    message.media = {inbound.media.id,     inbound.media.mimeType, inbound.media.filename, 0,
                     inbound.media.sha256, inbound.media.caption};
    if (!inbound.errors.isEmpty()) {
        message.failureCode = QString::number(inbound.errors.first().code);
        message.failureReason = inbound.errors.first().details;
    }
    message.id = m_ctx.conversations.insertMessage(message);
    if (message.id == 0 || !m_billing.countCustomerMessage(*conversation, message.createdAt))
        return false;
    // A late retry of an old message must not move the conversation's clock backwards.
    conversation->lastInboundAt = qMax(conversation->lastInboundAt, message.createdAt);
    if (message.createdAt >= conversation->lastMessageAt) {
        conversation->lastMessageAt = message.createdAt;
        conversation->lastMessageText = message.text;
    }
    conversation->unreadCount += 1;
    conversation->status = ConversationStatus::Open; // a customer writing reopens the chat
    if (!inbound.profileName.isEmpty())
        conversation->customerName = inbound.profileName;
    return m_ctx.conversations.save(*conversation) &&
           m_conversations.publish(*conversation, created) &&
           m_conversations.publish(message, true);
}

bool WebhookIntake::storeStatus(const whatsapp::StatusUpdate &status)
{
    std::optional<Message> message = m_ctx.conversations.messageByWamid(status.wamid);
    if (!message) {
        // A send whose reply the hub never saw (it stopped mid-request): the callback data the
        // worker attached names the message, and Meta's status proves it was taken.
        const QString prefix = QStringLiteral("parley:");
        if (status.bizOpaqueCallbackData.startsWith(prefix))
            message = m_ctx.conversations.messageById(
                status.bizOpaqueCallbackData.mid(prefix.size()).toLongLong());
        if (!message || !message->wamid.isEmpty())
            return true; // sent from elsewhere (another tool on the same number): not ours
        message->wamid = status.wamid;
        if (message->state == DeliveryState::Failed) {
            message->state = DeliveryState::Queued;
            message->failureCode.clear();
            message->failureReason.clear();
        }
    }
    const std::optional<DeliveryState> state = status.deliveryState();
    if (!state || !deliveryStateAdvances(message->state, *state))
        return true; // "played", a repeat, or an older status arriving late
    message->state = *state;
    if (*state == DeliveryState::Failed && !status.errors.isEmpty()) {
        const whatsapp::WebhookError &error = status.errors.first();
        message->failureCode = QString::number(error.code);
        message->failureReason = error.details.isEmpty() ? error.title : error.details;
    }
    const std::optional<Conversation> conversation =
        m_ctx.conversations.byId(message->conversationId);
    const OutboundKind kind =
        message->kind == MessageKind::Template ? OutboundKind::Template : OutboundKind::Session;
    bool billed = true;
    if (*state == DeliveryState::Failed)
        billed = m_billing.refund(message->id, QStringLiteral("not delivered"));
    else if (status.pricing && conversation)
        billed = m_billing.settleWithMetaPricing(message->id, *conversation, kind, *status.pricing);
    return billed && m_ctx.conversations.saveMessage(*message) && m_conversations.publish(*message);
}

bool WebhookIntake::storeTemplateStatus(const whatsapp::TemplateStatusUpdate &update)
{
    QString status = update.event;
    if (status != QLatin1String("APPROVED") && status != QLatin1String("REJECTED") &&
        status != QLatin1String("PENDING"))
        return true; // paused, disabled, …: kept as Meta's last verdict for now
    const QString reason =
        update.rejectionReason.isEmpty() ? update.reason : update.rejectionReason;
    // Matched by Meta's id, or, when the verdict beats Graph's reply to the submission (the id
    // is not stored yet), by name and language, which Meta keeps unique; the id is kept then.
    QSqlQuery query = m_ctx.db.exec(
        QStringLiteral("UPDATE templates SET status = ?, rejection_reason = ?, updated_at = ?,"
                       " meta_template_id = ? WHERE meta_template_id = ? OR"
                       " (meta_template_id = '' AND name = ? AND language = ?)"
                       " RETURNING id, name, language, category,"
                       " module, body, status, rejection_reason, meta_template_id, updated_at"),
        {status, status == QLatin1String("REJECTED") ? reason : QString(), m_ctx.now(),
         update.templateId, update.templateId, update.name, update.language});
    if (!query.isActive())
        return false;
    if (!query.next())
        return true; // a template made outside Parley
    MessageTemplate t;
    t.id = query.value(0).toLongLong();
    t.name = query.value(1).toString();
    t.language = query.value(2).toString();
    templateCategoryFromName(query.value(3).toString(), &t.category);
    moduleFromName(query.value(4).toString(), &t.module);
    t.body = query.value(5).toString();
    templateStatusFromName(query.value(6).toString(), &t.status);
    t.rejectionReason = query.value(7).toString();
    t.metaTemplateId = query.value(8).toString();
    t.updatedAt = query.value(9).toLongLong();
    query.finish();
    return m_ctx.events.append(EventType::TemplateUpdated, toJson(t), m_ctx.now()) > 0;
}

} // namespace parley::hub
