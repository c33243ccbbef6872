#include "hub/service/outgoingworker.h"

#include "core/whatsapp/grapherrors.h"
#include "core/whatsapp/graphmedia.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/graphrequestshape.h"
#include "hub/hublogging.h"
#include "hub/service/channelhealth.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace parley::hub {
namespace {

QString reasonFor(whatsapp::GraphErrorClass kind, const whatsapp::GraphError &error)
{
    switch (kind) {
    case whatsapp::GraphErrorClass::WindowClosed:
        return QStringLiteral("The 24-hour window is closed; send an approved template.");
    case whatsapp::GraphErrorClass::Undeliverable:
        return QStringLiteral("WhatsApp could not deliver to this number.");
    case whatsapp::GraphErrorClass::TemplateProblem:
        return QStringLiteral("WhatsApp refused the template: %1")
            .arg(whatsapp::graphErrorForPeople(error));
    case whatsapp::GraphErrorClass::Auth:
        return QStringLiteral("The channel's access token was refused; an admin must renew it.");
    default:
        return whatsapp::graphErrorForPeople(error);
    }
}

// The queue row's own JSON (written by the services) → Graph's send body.
whatsapp::SendMessageRequest graphRequest(const QJsonObject &queued)
{
    whatsapp::SendMessageRequest request;
    // E.164 with the plus: without it Graph prepends the business number's country code.
    request.to = whatsapp::recipientE164(queued.value(QStringLiteral("to")).toString());
    const QString kind = queued.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("template")) {
        request.type = QStringLiteral("template");
        request.templateName = queued.value(QStringLiteral("name")).toString();
        request.templateLanguage = queued.value(QStringLiteral("language")).toString();
        for (const QJsonValue &value : queued.value(QStringLiteral("parameters")).toArray())
            request.bodyParameters.append({value.toString(), {}});
        // The header's and URL buttons' values (TemplateService writeQueuedTemplateValues).
        const QJsonObject header = queued.value(QStringLiteral("header")).toObject();
        request.headerParameter = {header.value(QStringLiteral("type")).toString(),
                                   header.value(QStringLiteral("text")).toString(),
                                   header.value(QStringLiteral("link")).toString()};
        for (const QJsonValue &url : queued.value(QStringLiteral("url_parameters")).toArray())
            request.urlParameters.append(
                {url[QStringLiteral("index")].toInt(), url[QStringLiteral("text")].toString()});
    } else if (kind == QLatin1String("media")) {
        request.type = queued.value(QStringLiteral("type")).toString();
        request.mediaId = queued.value(QStringLiteral("media_id")).toString();
        // Written only where Graph documents a caption (image, video, document).
        request.caption = queued.value(QStringLiteral("caption")).toString();
        if (request.type == QLatin1String("document"))
            request.filename = queued.value(QStringLiteral("filename")).toString();
    } else if (kind == QLatin1String("reaction")) {
        request.type = QStringLiteral("reaction");
        request.reactionMessageId = queued.value(QStringLiteral("message_id")).toString();
        request.reactionEmoji = queued.value(QStringLiteral("emoji")).toString();
    } else {
        request.type = QStringLiteral("text");
        request.text = queued.value(QStringLiteral("text")).toString();
        // Rows queued before preview_url was stored get the default.
        request.previewUrl = queued.contains(QLatin1String("preview_url"))
                                 ? queued.value(QStringLiteral("preview_url")).toBool()
                                 : whatsapp::textWantsLinkPreview(request.text);
    }
    // An agent's reply to a particular message quotes it (Graph's context.message_id).
    request.replyToWamid = queued.value(QStringLiteral("reply_to")).toString();
    return request;
}

} // namespace

Id OutgoingWorker::conversationOf(const Row &row)
{
    const std::optional<Message> message = m_ctx.conversations.messageById(row.messageId);
    return message ? message->conversationId : 0;
}

OutgoingWorker::OutgoingWorker(HubContext &context, ConversationService &conversations,
                               BillingService &billing, const MediaStore &media,
                               HubMetrics &metrics, QObject *parent)
    : QObject(parent), m_ctx(context), m_conversations(conversations), m_billing(billing),
      m_media(media), m_metrics(metrics)
{
    bool capOk = false;
    const qint64 cap = qEnvironmentVariable("PARLEY_HUB_RETRY_MAX_MS").toLongLong(&capOk);
    if (capOk && cap > 0 && cap < defaultRetryCapMs)
        m_retryCapMs = cap;
    // Due rows are looked for at least as often as the shortest backoff.
    m_timer.setInterval(int(qMin<qint64>(500, m_retryCapMs)));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // The retries are a timer: the leader's (Leadership). Sends queued on any hub leave
        // from it at once (poke), each claimed by one hub only (claim()).
        if (!m_ctx.leads())
            return;
        if (m_ctx.db.dialect() == HubDatabase::Dialect::Postgres)
            failInterrupted(); // the sends of hubs that died
        drain();
    });
}

void OutgoingWorker::start()
{
    // One hub on SQLite: whatever is 'sending' now was interrupted by its last stop.
    if (m_ctx.db.dialect() == HubDatabase::Dialect::Sqlite)
        failInterrupted();
    m_timer.start();
    drain();
}

void OutgoingWorker::poke()
{
    QTimer::singleShot(0, this, &OutgoingWorker::drain);
}

int OutgoingWorker::queueDepth()
{
    return m_ctx.outgoing.pendingCount();
}

void OutgoingWorker::failInterrupted()
{
    // On SQLite, at start: every 'sending' row. On PostgreSQL, by the leader on its timer: the
    // rows claimed by a hub that is gone (its instance lock free), once they were seen so for
    // a grace period: a hub whose lock connection was cut a moment (a server restart) takes its
    // lock again meanwhile, and its requests still in flight are not judged lost.
    const bool sqlite = m_ctx.db.dialect() == HubDatabase::Dialect::Sqlite;
    QList<Row> rows;
    QHash<Id, qint64> seenOrphaned;
    const qint64 now = m_ctx.now();
    for (const Row &row :
         m_ctx.outgoing.interrupted(sqlite ? QString() : m_ctx.liveInstancesSql())) {
        const qint64 since = m_orphanedSince.value(row.messageId, now);
        seenOrphaned.insert(row.messageId, since);
        if (sqlite || now - since >= orphanGraceMs)
            rows.append(row);
    }
    m_orphanedSince = seenOrphaned;
    for (const Row &row : rows) {
        if (row.isMarkRead()) {
            // A repeated mark-as-read is harmless: send it again rather than lose it.
            m_ctx.outgoing.requeue(row.messageId);
            continue;
        }
        settleFailed(row, QStringLiteral("delivery_unknown"),
                     QStringLiteral("The hub stopped while sending; WhatsApp may or may not have "
                                    "received this message. Check before sending it again."));
    }
}

void OutgoingWorker::drain()
{
    if (m_inFlight >= maxInFlight)
        return;
    // Each conversation's head only (OutgoingRepository::dueHeads), and not one whose head is
    // being uploaded or sent by this hub already.
    const QList<OutgoingRepository::Head> due =
        m_ctx.outgoing.dueHeads(m_ctx.now(), m_busyConversations, maxInFlight - m_inFlight);
    for (const OutgoingRepository::Head &head : due)
        m_busyConversations.insert(head.conversationId);
    for (const OutgoingRepository::Head &head : due)
        send(head.row);
}

void OutgoingWorker::send(const Row &row)
{
    const std::optional<ChannelConfig> channel = m_ctx.channels.byId(row.channelId);
    if (channel && channel->channel.status != ChannelStatus::Connected) {
        // R1.4: a deactivated channel sends nothing; its queue waits for it to come back.
        m_busyConversations.remove(conversationOf(row));
        return;
    }
    if (!channel) {
        settleFailed(row, QStringLiteral("channel_missing"),
                     QStringLiteral("The channel is gone."));
        return;
    }
    if (row.isMarkRead()) {
        sendMarkRead(row, *channel);
        return;
    }
    if (row.request.value(QStringLiteral("kind")).toString() == QLatin1String("media") &&
        row.request.value(QStringLiteral("media_id")).toString().isEmpty()) {
        upload(row, *channel);
        return;
    }
    whatsapp::SendMessageRequest request = graphRequest(row.request);
    request.bizOpaqueCallbackData = QStringLiteral("parley:%1").arg(row.messageId);
    // Committed before the request leaves: if the hub dies now, the row is not sent again.
    if (!claim(row)) // another hub took it, or the store failed: not this hub's to send
        return;
    ++m_inFlight;
    m_graph.post(*channel, channel->channel.phoneNumberId + QStringLiteral("/messages"),
                 whatsapp::sendMessageRequestJson(request),
                 [this, row](const GraphClient::Reply &reply) {
                     --m_inFlight;
                     finished(row, reply);
                 });
}

bool OutgoingWorker::claim(const Row &row)
{
    if (m_ctx.outgoing.claim(row.messageId, m_ctx.instanceKey()))
        return true;
    m_busyConversations.remove(conversationOf(row));
    return false;
}

void OutgoingWorker::sendMarkRead(const Row &row, const ChannelConfig &channel)
{
    if (!claim(row))
        return;
    whatsapp::MarkReadRequest request;
    request.messageId = row.request.value(QStringLiteral("message_id")).toString();
    ++m_inFlight;
    m_graph.post(channel, channel.channel.phoneNumberId + QStringLiteral("/messages"),
                 whatsapp::markReadRequestJson(request),
                 [this, row](const GraphClient::Reply &reply) {
                     --m_inFlight;
                     markReadFinished(row, reply);
                 });
}

void OutgoingWorker::markReadFinished(const Row &row, const GraphClient::Reply &reply)
{
    m_busyConversations.remove(conversationOf(row));
    if (reply.httpStatus == 200) {
        QString problem;
        if (whatsapp::parseSuccessResponse(reply.json, &problem))
            m_ctx.outgoing.markSent(row.messageId);
        else
            markReadFailed(
                row, QStringLiteral("WhatsApp answered 200 without success: %1").arg(problem));
    } else if (reply.httpStatus == 0) {
        // Even if the request reached Graph, sending it again only marks the message read again.
        retryLater(row, reply.networkErrorText);
    } else {
        whatsapp::GraphError error;
        QString problem;
        if (!whatsapp::parseGraphError(reply.json, &error, &problem))
            error.message = QStringLiteral("HTTP %1").arg(reply.httpStatus);
        if (whatsapp::classifyGraphError(error.code, reply.httpStatus) ==
            whatsapp::GraphErrorClass::RetryWithBackoff)
            retryLater(row, error.message);
        else
            markReadFailed(row, error.details.isEmpty()
                                    ? error.message
                                    : QStringLiteral("%1: %2").arg(error.message, error.details));
    }
    drain();
}

void OutgoingWorker::markReadFailed(const Row &row, const QString &reason)
{
    // The agent has read the conversation either way; only the customer's ticks stay grey, so
    // this is for the operator's log, not the agent.
    qCWarning(lcHubOutgoing, "WhatsApp was not told that message %lld was read: %s", row.messageId,
              qPrintable(reason));
    m_ctx.outgoing.markFailed(row.messageId, reason);
}

void OutgoingWorker::upload(const Row &row, const ChannelConfig &channel)
{
    QByteArray bytes;
    if (!m_media.read(row.request.value(QStringLiteral("local")).toString(), &bytes)) {
        m_busyConversations.remove(conversationOf(row));
        settleFailed(row, QStringLiteral("media_missing"),
                     QStringLiteral("The file is no longer in the hub's media folder."));
        return;
    }
    ++m_inFlight;
    m_graph.uploadMedia(channel, bytes, row.request.value(QStringLiteral("mime_type")).toString(),
                        row.request.value(QStringLiteral("filename")).toString(),
                        [this, row](const GraphClient::Reply &reply) {
                            --m_inFlight;
                            QString mediaId;
                            QString problem;
                            if (reply.httpStatus != 200 || !whatsapp::parseMediaUploadResponse(
                                                               reply.json, &mediaId, &problem)) {
                                finished(row, reply); // the same retry-or-fail rules as a send
                                return;
                            }
                            Row next = row;
                            next.request.insert(QStringLiteral("media_id"), mediaId);
                            m_ctx.outgoing.saveRequest(row.messageId, next.request);
                            send(next);
                        });
}

void OutgoingWorker::finished(const Row &row, const GraphClient::Reply &reply)
{
    const int httpStatus = reply.httpStatus;
    std::optional<Message> message = m_ctx.conversations.messageById(row.messageId);
    if (message)
        m_busyConversations.remove(message->conversationId);
    const QJsonObject &json = reply.json;
    if (httpStatus == 200) {
        whatsapp::SendMessageResponse response;
        QString problem;
        if (whatsapp::parseSendMessageResponse(json, &response, &problem))
            settleAccepted(row, response.wamid);
        else
            settleFailed(row, QStringLiteral("delivery_unknown"),
                         QStringLiteral("WhatsApp answered without a message id: %1").arg(problem));
    } else if (httpStatus == 0) {
        if (reply.neverSent())
            retryLater(row, reply.networkErrorText);
        else
            settleFailed(row, QStringLiteral("delivery_unknown"),
                         QStringLiteral("The connection to WhatsApp failed mid-request (%1); it "
                                        "may or may not have received this message.")
                             .arg(reply.networkErrorText));
    } else {
        whatsapp::GraphError error;
        QString problem;
        if (!whatsapp::parseGraphError(json, &error, &problem))
            error.message = QStringLiteral("HTTP %1").arg(httpStatus);
        const whatsapp::GraphErrorClass kind = whatsapp::classifyGraphError(error.code, httpStatus);
        if (kind == whatsapp::GraphErrorClass::RetryWithBackoff)
            retryLater(row, error.message);
        else if (kind == whatsapp::GraphErrorClass::Auth) {
            // R1.3: Graph took nothing with a refused token. The channel needs attention and its
            // queue, this message first, waits for an admin's new token (channelhealth.h).
            markTokenRefused(m_ctx, row.channelId);
            retryLater(row, reasonFor(kind, error));
        } else
            settleFailed(row, QString::number(error.code), reasonFor(kind, error));
    }
    drain();
}

void OutgoingWorker::settleAccepted(const Row &row, const QString &wamid)
{
    Transaction transaction(m_ctx.db);
    std::optional<Message> message = m_ctx.conversations.messageById(row.messageId);
    if (!message)
        return;
    message->wamid = wamid;
    if (!m_ctx.conversations.saveMessage(*message) || !m_ctx.outgoing.remove(row.messageId) ||
        !m_conversations.publish(*message) || !transaction.commit())
        return;
    ++m_metrics.sends[QStringLiteral("accepted")];
    m_ctx.eventsCommitted();
}

void OutgoingWorker::settleFailed(const Row &row, const QString &code, const QString &reason)
{
    if (row.isMarkRead()) {
        markReadFailed(row, QStringLiteral("%1: %2").arg(code, reason));
        return;
    }
    Transaction transaction(m_ctx.db);
    std::optional<Message> message = m_ctx.conversations.messageById(row.messageId);
    if (!message)
        return;
    message->state = DeliveryState::Failed;
    message->failureCode = code;
    message->failureReason = reason;
    // delivery_unknown keeps its charge: Meta may have taken the message.
    if (code != QLatin1String("delivery_unknown") &&
        !m_billing.refund(message->id, QStringLiteral("send failed: %1").arg(code)))
        return;
    if (!m_ctx.conversations.saveMessage(*message) ||
        !m_ctx.outgoing.markFailed(row.messageId, reason) || !m_conversations.publish(*message) ||
        !transaction.commit())
        return;
    ++m_metrics.sends[QStringLiteral("failed")];
    m_ctx.eventsCommitted();
}

void OutgoingWorker::retryLater(const Row &row, const QString &reason)
{
    // No limit on attempts (docs/api.md, Retries): 1 s, 2 s, 4 s … up to the cap, with up to
    // 50 % jitter so retries do not arrive in step. The row keeps its place at the head of its
    // conversation meanwhile.
    const int attempts = row.attempts + 1;
    const qint64 base = qMin<qint64>(m_retryCapMs, 1000LL << qMin(attempts - 1, 20));
    const qint64 delay = base + QRandomGenerator::global()->bounded(base / 2 + 1);
    // attempts is set, not added to: a send's claim counted it already, a failed upload did not.
    m_ctx.outgoing.reschedule(row.messageId, attempts, m_ctx.now() + delay, reason);
    if (!row.isMarkRead()) // the metric counts messages
        ++m_metrics.sends[QStringLiteral("retried")];
}

} // namespace parley::hub
