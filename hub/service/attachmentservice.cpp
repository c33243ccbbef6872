#include "hub/service/attachmentservice.h"

#include "core/protocol/entitycodec.h"
#include "core/rules/attachmentrules.h"
#include "core/rules/servicewindow.h"
#include "core/rules/templaterules.h"
#include "core/whatsapp/graphmedia.h"
#include "core/whatsapp/graphmessages.h"
#include "core/whatsapp/limits.h"
#include "core/whatsapp/mediasafety.h"

#include <QJsonArray>

namespace parley::hub {
namespace {

CommandResult filesStoreFailure()
{
    return CommandResult::failure(500, QStringLiteral("store_failed"),
                                  QStringLiteral("The hub could not save the files."));
}

// What Graph would refuse about a caption, refused before anything is stored, charged or
// uploaded: a caption on a file whose object takes none (audio, sticker: "(#100) Unexpected key
// "caption" on param "audio"") and one over 1,024 characters (whatsapp-cloud-api.md §5).
std::optional<CommandResult> refuseCaption(const QList<AttachmentService::File> &files)
{
    for (const AttachmentService::File &file : files) {
        if (file.caption.isEmpty())
            continue;
        const QString type = messageKindName(classifyAttachment(file.fileName)->kind);
        if (!whatsapp::mediaCaptionAllowed(type))
            return CommandResult::failure(
                400, QStringLiteral("caption_not_allowed"),
                QStringLiteral("WhatsApp takes no caption on %1 files (%2). Send the words as a "
                               "text message instead.")
                    .arg(type, file.fileName));
        if (codePointCount(file.caption) > whatsapp::maxCaptionLength)
            return CommandResult::failure(
                400, QStringLiteral("caption_too_long"),
                QStringLiteral("WhatsApp takes captions of at most %1 characters (%2).")
                    .arg(whatsapp::maxCaptionLength)
                    .arg(file.fileName));
    }
    return std::nullopt;
}

} // namespace

AttachmentService::AttachmentService(HubContext &context, ConversationService &conversations,
                                     BillingService &billing, const QString &mediaFolder,
                                     QObject *parent)
    : QObject(parent), m_ctx(context), m_conversations(conversations), m_billing(billing),
      m_store(mediaFolder)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &AttachmentService::fetchDue);
    m_timer.start();
}

CommandResult AttachmentService::send(const Agent &agent, Id conversationId,
                                      const QList<File> &received, const QString &idempotencyKey)
{
    // A file name reaches headers (the download route, the multipart upload to Graph) and other
    // agents' file dialogs: none is stored with a control character or a path separator.
    QList<File> files = received;
    for (File &file : files)
        file.fileName = whatsapp::cleanFileName(file.fileName);
    if (!canSend(agent.role))
        return CommandResult::failure(403, QStringLiteral("forbidden_view_only"),
                                      QStringLiteral("View-only agents cannot send."));
    std::optional<Conversation> conversation = m_ctx.conversationFor(agent, conversationId);
    if (!conversation)
        return CommandResult::failure(
            404, QStringLiteral("not_found"),
            QStringLiteral("There is no conversation %1.").arg(conversationId));
    // Each file's message is keyed "<key>:<n>", which must stay within the 128 of a client id.
    if (std::optional<CommandResult> refused =
            ConversationService::refuseSendKey(idempotencyKey, 120))
        return *refused;
    // Each file is one message keyed "<key>:<n>"; a retry answers with what the first call made.
    QJsonArray earlier;
    for (int i = 0; i < files.size(); ++i) {
        if (std::optional<Message> m = m_ctx.conversations.messageByClientId(
                idempotencyKey + QLatin1Char(':') + QString::number(i)))
            earlier.append(toJson(*m));
    }
    if (!earlier.isEmpty())
        return CommandResult::success({{QStringLiteral("messages"), earlier}}, 200);

    QList<AttachmentCandidate> candidates;
    for (const File &file : files)
        candidates.append(
            {file.fileName, file.bytes.size(), file.bytes.left(attachmentSniffBytes)});
    const RuleErrors refused = files.isEmpty() ? RuleErrors{{QStringLiteral("attachment_empty"),
                                                             {{QStringLiteral("file"), QString()}}}}
                                               : checkAttachments(candidates);
    if (!refused.isEmpty())
        return CommandResult::failure(
            refused.first().code == QLatin1String("attachment_too_large") ? 413 : 400,
            refused.first());
    if (std::optional<CommandResult> caption = refuseCaption(files))
        return *caption;
    const std::optional<ChannelConfig> channel = m_ctx.channels.byId(conversation->channelId);
    if (!channel || channel->channel.status != ChannelStatus::Connected)
        return CommandResult::failure(409, QStringLiteral("channel_inactive"),
                                      QStringLiteral("This conversation's channel is not active."));
    const TimestampMs now = m_ctx.now();
    const RuleErrors window =
        checkServiceWindow(MessageKind::Document, conversation->lastInboundAt, now);
    if (!window.isEmpty())
        return CommandResult::failure(422, window.first());

    Transaction transaction(m_ctx.db);
    QJsonArray created;
    for (int i = 0; i < files.size(); ++i) {
        const File &file = files.at(i);
        const AttachmentClass kind = *classifyAttachment(file.fileName);
        const QString stored = m_store.save(file.bytes);
        if (stored.isEmpty())
            return CommandResult::failure(
                507, QStringLiteral("storage_full"),
                QStringLiteral("The hub could not store %1.").arg(file.fileName));
        Message message;
        message.conversationId = conversationId;
        message.direction = Direction::Out;
        message.kind = kind.kind;
        message.text = file.caption;
        message.state = DeliveryState::Queued;
        message.authorId = agent.id;
        message.clientId = idempotencyKey + QLatin1Char(':') + QString::number(i);
        message.createdAt = now;
        message.media = {QString(),         kind.mimeType, file.fileName,
                         file.bytes.size(), stored,        file.caption};
        message.id = m_ctx.conversations.insertMessage(message);
        if (message.id == 0 ||
            !m_ctx.db
                 .exec(QStringLiteral("UPDATE messages SET media_local = ? WHERE id = ?"),
                       {stored, message.id})
                 .isActive())
            return filesStoreFailure();
        const CommandResult charged = m_billing.chargeForSend(
            *conversation, message.id, OutboundKind::Session, PricingCategory::Service);
        if (!charged.ok())
            return charged;
        const QJsonObject request{{QStringLiteral("kind"), QStringLiteral("media")},
                                  {QStringLiteral("to"), conversation->customerNumber},
                                  {QStringLiteral("type"), messageKindName(kind.kind)},
                                  {QStringLiteral("local"), stored},
                                  {QStringLiteral("mime_type"), kind.mimeType},
                                  {QStringLiteral("filename"), file.fileName},
                                  {QStringLiteral("caption"), file.caption}};
        if (!m_ctx.outgoing.enqueue({message.id, conversation->channelId, request}, now) ||
            !m_conversations.publish(message, true))
            return filesStoreFailure();
        created.append(toJson(message));
    }
    conversation->lastOutboundAt = now;
    conversation->lastMessageAt = now;
    conversation->lastMessageText =
        files.last().caption.isEmpty() ? files.last().fileName : files.last().caption;
    conversation->lastRepliedBy = agent.id;
    conversation->unreadCount = 0;
    if (!m_ctx.conversations.save(*conversation) || !m_conversations.publish(*conversation) ||
        !transaction.commit())
        return filesStoreFailure();
    m_ctx.eventsCommitted();
    m_ctx.outgoingQueued();
    return CommandResult::success({{QStringLiteral("messages"), created}}, 202);
}

CommandResult AttachmentService::download(const Agent &agent, Id messageId, Download *file)
{
    const std::optional<Message> message = m_ctx.conversations.messageById(messageId);
    if (!message || !m_ctx.conversationFor(agent, message->conversationId) ||
        (message->media.mediaId.isEmpty() && message->media.sha256.isEmpty() &&
         message->media.fileName.isEmpty()))
        return CommandResult::failure(404, QStringLiteral("not_found"),
                                      QStringLiteral("Message %1 has no file.").arg(messageId));
    const QString local =
        m_ctx.db
            .scalar(QStringLiteral("SELECT media_local FROM messages WHERE id = ?"), {messageId})
            .toString();
    if (local.isEmpty() || !m_store.read(local, &file->bytes))
        return CommandResult::failure(409, QStringLiteral("media_not_ready"),
                                      QStringLiteral("The file is still being fetched from "
                                                     "WhatsApp."));
    file->mimeType = message->media.mimeType.isEmpty() ? QStringLiteral("application/octet-stream")
                                                       : message->media.mimeType;
    file->fileName = message->media.fileName;
    return CommandResult::success({});
}

void AttachmentService::poke()
{
    QTimer::singleShot(0, this, &AttachmentService::fetchDue);
}

void AttachmentService::fetchDue()
{
    // One hub fetches, so that a file is not fetched twice; the leader hears of the others'
    // webhooks (CommitNotices) and takes over the fetches of one that died.
    if (!m_ctx.leads())
        return;
    CachedQuery due = m_ctx.db.query(
        QStringLiteral("SELECT m.id, m.media_id, c.channel_id FROM messages m"
                       " JOIN conversations c ON c.id = m.conversation_id"
                       " WHERE m.direction = 'in' AND m.media_id <> '' AND m.media_local = ''"
                       " AND m.media_attempts < ? ORDER BY m.id LIMIT 20"),
        {maxFetchAttempts});
    QList<std::tuple<Id, QString, Id>> rows;
    while (due.next())
        rows.append(
            {due.value(0).toLongLong(), due.value(1).toString(), due.value(2).toLongLong()});
    due->finish();
    for (const auto &[messageId, mediaId, channelId] : rows) {
        if (m_fetching.contains(messageId))
            continue;
        // The id came in a webhook: it must name a Graph object, never a URL or a path that
        // leaves the channel's Graph version, or the channel's token would go with it.
        if (!whatsapp::isValidMediaId(mediaId)) {
            fetchFailed(messageId, QStringLiteral("the media id is not a Graph id"), true);
            continue;
        }
        const std::optional<ChannelConfig> channel = m_ctx.channels.byId(channelId);
        if (!channel)
            continue;
        m_fetching.insert(messageId);
        const ChannelConfig config = *channel;
        const Id id = messageId;
        // Two steps, as Meta serves media: the id gives a short-lived URL, the URL the bytes.
        m_graph.get(config, mediaId, [this, config, id](const GraphClient::Reply &reply) {
            whatsapp::MediaUrlInfo info;
            QString problem;
            if (reply.httpStatus != 200 ||
                !whatsapp::parseMediaUrlResponse(reply.json, &info, &problem)) {
                fetchFailed(id, problem.isEmpty() ? reply.networkErrorText : problem);
                return;
            }
            // The token goes with this second hop, as Meta requires, but only to the URL Graph
            // just answered (never one from a webhook) and only on an allowed host.
            m_graph.downloadMedia(config, info.url, [this, id](const GraphClient::Reply &file) {
                if (file.httpStatus != 200) {
                    fetchFailed(id, file.networkErrorText);
                    return;
                }
                const QString name = m_store.save(file.raw);
                if (name.isEmpty())
                    fetchFailed(id, QStringLiteral("the media folder is not writable"));
                else
                    fetched(id, name, file.raw.size());
            });
        });
    }
}

void AttachmentService::fetched(Id messageId, const QString &name, qint64 size)
{
    m_fetching.remove(messageId);
    Transaction transaction(m_ctx.db);
    std::optional<Message> message = m_ctx.conversations.messageById(messageId);
    if (!message)
        return;
    message->media.size = size;
    if (m_ctx.db
            .exec(
                QStringLiteral("UPDATE messages SET media_local = ?, media_size = ? WHERE id = ?"),
                {name, size, messageId})
            .isActive() &&
        m_conversations.publish(*message) && transaction.commit())
        m_ctx.eventsCommitted();
}

void AttachmentService::fetchFailed(Id messageId, const QString &why, bool forGood)
{
    m_fetching.remove(messageId);
    qWarning("media of message %lld not fetched: %s", messageId, qPrintable(why));
    m_ctx.db.exec(QStringLiteral("UPDATE messages SET media_attempts = %1 WHERE id = ?")
                      .arg(forGood ? QString::number(maxFetchAttempts)
                                   : QStringLiteral("media_attempts + 1")),
                  {messageId});
}

} // namespace parley::hub
