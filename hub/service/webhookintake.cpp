#include "hub/service/webhookintake.h"

#include "core/protocol/entitycodec.h"
#include "core/storage/entityrows.h"
#include "core/whatsapp/accountupdates.h"
#include "core/whatsapp/webhookparser.h"
#include "hub/hublogging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

#include <variant>

namespace parley::hub {
namespace {

// The number an item belongs to; empty for items no one channel owns (template changes,
// account updates, items that could not be read).
QString channelNumber(const whatsapp::WebhookUpdate &update)
{
    if (const auto *message = std::get_if<whatsapp::InboundMessage>(&update))
        return message->origin.phoneNumberId;
    if (const auto *status = std::get_if<whatsapp::StatusUpdate>(&update))
        return status->origin.phoneNumberId;
    if (const auto *preference = std::get_if<whatsapp::UserPreference>(&update))
        return preference->origin.phoneNumberId;
    if (const auto *call = std::get_if<whatsapp::CallEvent>(&update))
        return call->origin.phoneNumberId;
    return {};
}

bool heldBack(const std::optional<ChannelConfig> &channel)
{
    return channel && channel->channel.status == ChannelStatus::Deactivated;
}

} // namespace

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

HttpResponse WebhookIntake::store(const ReadWebhook &read)
{
    SignedBody body{read.appSecret, m_ctx.channels.all()};
    noteSecrets(body.channels);
    // Read against an older list of secrets (a channel was added, removed or given a new secret
    // meanwhile): checked again as if it arrived now, so a body counts only for a secret the
    // channels hold now, as when everything ran on this thread.
    // (noteSecrets() makes a new list only when the secrets changed.)
    if (read.checkedAgainst != m_secrets)
        return store(ReadWebhook::read(read.body, read.signature, m_secrets, read.now));
    if (body.appSecret.isEmpty())
        return reject(401, QStringLiteral("signature_invalid"),
                      read.signature.isEmpty()
                          ? QStringLiteral("The X-Hub-Signature-256 header is missing.")
                          : QStringLiteral("The X-Hub-Signature-256 header does not match."));
    // Only a body that is not JSON is refused; an item that cannot be read is dead-lettered and
    // the rest stored, or Meta would retry the whole body for days and lose the good items too.
    if (read.outcome == ReadWebhook::Outcome::Malformed)
        return reject(400, QStringLiteral("malformed"), read.error);
    const whatsapp::WebhookUpdates &updates = read.updates;

    Transaction transaction(m_ctx.db);
    // R1.4: a deactivated channel takes nothing in, but nothing is lost either: the body is held
    // whole for each such channel it names, and read again when the channel is activated.
    QSet<Id> holding;
    for (const whatsapp::WebhookUpdate &update : updates) {
        const QString number = channelNumber(update);
        if (number.isEmpty())
            continue;
        const std::optional<ChannelConfig> channel = signingChannel(body, {{}, number, {}});
        if (!heldBack(channel) || holding.contains(channel->channel.id))
            continue;
        holding.insert(channel->channel.id);
        if (!m_log.hold(channel->channel.id, read.body, m_ctx.now()))
            return reject(500, QStringLiteral("store_failed"),
                          QStringLiteral("The hub could not store the webhook; Meta will retry."));
    }
    for (const whatsapp::WebhookUpdate &update : updates) {
        if (!store(body, update))
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

bool WebhookIntake::releaseHeld(Id channelId)
{
    const std::optional<ChannelConfig> channel = m_ctx.channels.byId(channelId);
    if (!channel || heldBack(channel))
        return false;
    const QList<WebhookLog::HeldBody> bodies = m_log.held(channelId);
    if (bodies.isEmpty())
        return true;
    Transaction transaction(m_ctx.db);
    SignedBody body{channel->appSecret, m_ctx.channels.all()};
    for (const WebhookLog::HeldBody &held : bodies) {
        whatsapp::WebhookUpdates updates;
        QString error;
        // Parsed when it arrived, so it parses now; the other channels' items of the body were
        // taken in then (or are held for them), so only this channel's are read.
        if (whatsapp::parseWebhook(held.body, &updates, &error, m_ctx.now())) {
            for (const whatsapp::WebhookUpdate &update : updates) {
                if (channelNumber(update) == channel->channel.phoneNumberId && !store(body, update))
                    return false;
            }
        }
        if (!m_log.dropHeld(held.id))
            return false;
    }
    if (!transaction.commit())
        return false;
    qCInfo(lcHubWebhook, "Channel %lld took in %lld webhook bodies held while it was deactivated",
           channelId, qint64(bodies.size()));
    m_ctx.eventsCommitted();
    return true;
}

std::optional<ChannelConfig> WebhookIntake::signingChannel(const SignedBody &body,
                                                           const whatsapp::WebhookOrigin &origin)
{
    // A number this hub does not serve, or one signed with another app's secret, is not ours to
    // store; Meta still gets its 200 so it stops retrying.
    for (const ChannelConfig &channel : body.channels) {
        if (channel.channel.phoneNumberId == origin.phoneNumberId)
            return channel.appSecret == body.appSecret ? std::optional(channel) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<ChannelConfig> WebhookIntake::takingChannel(const SignedBody &body,
                                                          const whatsapp::WebhookOrigin &origin)
{
    std::optional<ChannelConfig> channel = signingChannel(body, origin);
    return heldBack(channel) ? std::nullopt : channel; // its body was held (receive())
}

bool WebhookIntake::store(SignedBody &body, const whatsapp::WebhookUpdate &update)
{
    if (const auto *message = std::get_if<whatsapp::InboundMessage>(&update)) {
        const std::optional<ChannelConfig> channel = takingChannel(body, message->origin);
        return !channel || storeMessage(*channel, *message);
    }
    if (const auto *status = std::get_if<whatsapp::StatusUpdate>(&update)) {
        const std::optional<ChannelConfig> channel = takingChannel(body, status->origin);
        return !channel || storeStatus(*channel, *status);
    }
    if (const auto *preference = std::get_if<whatsapp::UserPreference>(&update)) {
        const std::optional<ChannelConfig> channel = takingChannel(body, preference->origin);
        return !channel || storePreference(*channel, *preference);
    }
    if (const auto *call = std::get_if<whatsapp::CallEvent>(&update)) {
        const std::optional<ChannelConfig> channel = takingChannel(body, call->origin);
        return !channel || storeCall(*channel, *call);
    }
    if (const auto *change = std::get_if<whatsapp::TemplateStatusUpdate>(&update))
        return storeTemplateStatus(*change);
    if (const auto *rejected = std::get_if<whatsapp::RejectedItem>(&update))
        return storeDeadLetter(*rejected);
    if (const auto *other = std::get_if<whatsapp::OtherUpdate>(&update))
        return storeOther(body, *other);
    if (const auto *system = std::get_if<whatsapp::SystemError>(&update))
        qCWarning(lcHubWebhook, "WhatsApp reports error %d for %s: %s", system->error.code,
                  qPrintable(system->origin.phoneNumberId), qPrintable(system->error.details));
    return true;
}

bool WebhookIntake::storeStatus(const ChannelConfig &channel, const whatsapp::StatusUpdate &status)
{
    const QString key =
        QStringLiteral("%1/%2/%3").arg(status.wamid, status.status).arg(status.timestamp);
    const WebhookLog::Recorded recorded =
        m_log.record(channel.channel.id, QStringLiteral("status"), key, status.raw, m_ctx.now());
    if (recorded == WebhookLog::Recorded::Failed)
        return false;
    if (recorded == WebhookLog::Recorded::Seen)
        return true;
    // Only this channel's messages: a status signed for one number never moves, fails or
    // refunds a message of another.
    std::optional<Message> message =
        m_ctx.conversations.messageByWamid(channel.channel.id, status.wamid);
    if (!message) {
        if (m_ctx.conversations.messageByWamid(status.wamid))
            return true; // another channel's message
        // A send whose reply the hub never saw (it stopped mid-request): the callback data the
        // worker attached names the message, and Meta's status proves it was taken.
        const QString prefix = QStringLiteral("parley:");
        if (status.bizOpaqueCallbackData.startsWith(prefix))
            message = m_ctx.conversations.messageById(
                status.bizOpaqueCallbackData.mid(prefix.size()).toLongLong());
        if (!message || !message->wamid.isEmpty())
            return true; // sent from elsewhere (another tool on the same number): not ours
        const std::optional<Conversation> owner = m_ctx.conversations.byId(message->conversationId);
        if (!owner || owner->channelId != channel.channel.id)
            return true; // named another channel's message
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

bool WebhookIntake::storePreference(const ChannelConfig &channel,
                                    const whatsapp::UserPreference &preference)
{
    const QString key = QStringLiteral("%1/%2/%3/%4")
                            .arg(preference.waId, preference.userId, preference.category)
                            .arg(preference.timestamp);
    const WebhookLog::Recorded recorded = m_log.record(
        channel.channel.id, QStringLiteral("preference"), key, preference.raw, m_ctx.now());
    if (recorded != WebhookLog::Recorded::New)
        return recorded == WebhookLog::Recorded::Seen;
    if (preference.category != QLatin1String("marketing_messages"))
        return true; // kept raw; no other category is documented
    std::optional<Conversation> conversation =
        existingConversation(channel, preference.waId, preference.userId, QString());
    if (!conversation)
        return true; // nobody Parley knows; nothing to send them anyway
    if (preference.value == QLatin1String("stop"))
        conversation->marketingStoppedAt = qMax<TimestampMs>(preference.timestamp, 1);
    else if (preference.value == QLatin1String("resume"))
        conversation->marketingStoppedAt = 0;
    else
        return true;
    return m_ctx.conversations.save(*conversation) && m_conversations.publish(*conversation);
}

bool WebhookIntake::storeOther(SignedBody &body, const whatsapp::OtherUpdate &update)
{
    // Every change is kept as received, once, for a later version to re-read.
    Id channelId = 0;
    for (const ChannelConfig &channel : std::as_const(body.channels)) {
        if (channel.appSecret == body.appSecret && channel.channel.wabaId == update.wabaId)
            channelId = channel.channel.id;
    }
    const QByteArray raw = QJsonDocument(update.value).toJson(QJsonDocument::Compact);
    const QString key =
        QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
    const WebhookLog::Recorded recorded =
        m_log.record(channelId, update.field, key, update.value, m_ctx.now());
    if (recorded != WebhookLog::Recorded::New)
        return recorded == WebhookLog::Recorded::Seen;
    if (update.field == QLatin1String("account_update"))
        return storeAccountUpdate(body, update);
    if (update.field == QLatin1String("template_category_update"))
        return storeTemplateCategory(update);
    return true;
}

bool WebhookIntake::storeAccountUpdate(SignedBody &body, const whatsapp::OtherUpdate &update)
{
    const std::optional<whatsapp::AccountStateChange> change =
        whatsapp::accountStateChange(update.wabaId, update.value);
    if (!change)
        return true;
    for (ChannelConfig channel : m_ctx.channels.all()) {
        if (channel.appSecret != body.appSecret || channel.channel.wabaId != change->wabaId)
            continue;
        // An admin's deactivation stands; Meta only moves a channel between connected and
        // disconnected.
        const ChannelStatus now = channel.channel.status;
        if (now == ChannelStatus::Deactivated || now == change->status ||
            (change->status == ChannelStatus::Connected && now != ChannelStatus::Disconnected))
            continue;
        channel.channel.status = change->status;
        if (!m_ctx.channels.update(channel) ||
            m_ctx.events.append(EventType::ChannelUpdated, toJson(channel.channel), m_ctx.now()) ==
                0)
            return false;
        body.channels = m_ctx.channels.all(); // the body's later items see the change
    }
    return true;
}

bool WebhookIntake::storeDeadLetter(const whatsapp::RejectedItem &item)
{
    qCWarning(lcHubWebhook, "Webhook item dead-lettered: %s", qPrintable(item.reason));
    return m_log.addDeadLetter(item.field, item.origin.phoneNumberId, item.reason, item.raw,
                               m_ctx.now());
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
                       " RETURNING %1")
            .arg(templateColumns()),
        {status, status == QLatin1String("REJECTED") ? reason : QString(), m_ctx.now(),
         update.templateId, update.templateId, update.name, update.language});
    return publishTemplateRow(query);
}

bool WebhookIntake::storeTemplateCategory(const whatsapp::OtherUpdate &update)
{
    // template_category_update: Meta re-categorised a template (pywa
    // template_category_update.json: message_template_id, new_category).
    TemplateCategory category = TemplateCategory::Utility;
    if (!templateCategoryFromName(update.value.value(QLatin1String("new_category")).toString(),
                                  &category))
        return true; // AUTHENTICATION or anything Parley does not send
    const QJsonValue id = update.value.value(QLatin1String("message_template_id"));
    const QString templateId =
        id.isString() ? id.toString() : QString::number(qint64(id.toDouble()));
    QSqlQuery query =
        m_ctx.db.exec(QStringLiteral("UPDATE templates SET category = ?, updated_at = ?"
                                     " WHERE meta_template_id = ? AND meta_template_id <> ''"
                                     " RETURNING %1")
                          .arg(templateColumns()),
                      {templateCategoryName(category), m_ctx.now(), templateId});
    return publishTemplateRow(query);
}

bool WebhookIntake::publishTemplateRow(QSqlQuery &query)
{
    if (!query.isActive())
        return false;
    if (!query.next())
        return true; // a template made outside Parley
    // The whole row, as TemplateRepository reads it: the event replaces the mirror's row, so a
    // column left out here (header, footer, buttons, channel) would be wiped on the desktops.
    const MessageTemplate t = readTemplate(query);
    query.finish();
    return m_ctx.events.append(EventType::TemplateUpdated, toJson(t), m_ctx.now()) > 0;
}

} // namespace parley::hub
