#include "core/sync/conversationsapi.h"

#include <QJsonObject>

namespace parley {
namespace {

// A command the hub must do once per attempt of the agent: posted with its Idempotency-Key
// through the transport, its reply turned into a HubResult like every typed call's.
template <typename T>
void postOnce(const HubApi &api, const QString &path, const QJsonObject &body,
              const QByteArray &idempotencyKey, HubApi::Decoder<T> decode, HubCallback<T> done)
{
    HubClient *client = api.client();
    if (client == nullptr) {
        if (done)
            done(
                HubResult<T>(HubError{0, QStringLiteral("hub_unreachable"), {}, HubSubject::Send}));
        return;
    }
    client->post(
        QStringLiteral("/api/v1") + path, body,
        [decode = std::move(decode), done = std::move(done)](const HubClient::Reply &reply) {
            if (!done)
                return;
            if (!reply.ok())
                return done(HubResult<T>(HubApi::errorOf(reply, HubSubject::Send)));
            T value{};
            QString problem;
            if (!decode(reply.json, &value, &problem))
                return done(HubResult<T>(HubError{reply.status, QStringLiteral("bad_reply"),
                                                  problem, HubSubject::Send}));
            done(HubResult<T>(std::move(value)));
        },
        idempotencyKey);
}

} // namespace

void ConversationsApi::startChat(const StartChatRequest &request, const QByteArray &idempotencyKey,
                                 HubCallback<Id> done) const
{
    QJsonObject body{{QStringLiteral("channel_id"), request.channelId},
                     {QStringLiteral("customer_number"), request.customerNumber},
                     {QStringLiteral("customer_name"), request.customerName},
                     {QStringLiteral("template_id"), request.templateId}};
    if (request.recordId != 0)
        body.insert(QStringLiteral("record_id"), request.recordId);
    const auto decode = [](const QJsonObject &json, Id *id, QString *problem) {
        *id = json.value(QStringLiteral("message"))
                  .toObject()
                  .value(QStringLiteral("conversation_id"))
                  .toInteger();
        if (*id > 0)
            return true;
        *problem = QStringLiteral("message.conversation_id is missing");
        return false;
    };
    postOnce<Id>(m_api, QStringLiteral("/conversations"), body, idempotencyKey, decode,
                 std::move(done));
}

void ConversationsApi::sendTemplate(Id conversationId, Id templateId,
                                    const QByteArray &idempotencyKey, HubCallback<Done> done) const
{
    postOnce<Done>(m_api, QStringLiteral("/conversations/%1/template").arg(conversationId),
                   {{QStringLiteral("template_id"), templateId}}, idempotencyKey, &HubApi::nothing,
                   std::move(done));
}

void ConversationsApi::markRead(Id conversationId) const
{
    m_api.post<Done>(QStringLiteral("/conversations/%1/read").arg(conversationId), {},
                     HubSubject::Conversation, &HubApi::nothing, {});
}

} // namespace parley
