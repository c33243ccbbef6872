#include "core/sync/conversationsapi.h"

#include <QJsonArray>
#include <QJsonObject>

namespace parley {
namespace {

// "header_value" and "url_values" (docs/api.md "Templates"), only when there are any.
void writeSendValues(const TemplateSendValues &values, QJsonObject *body)
{
    if (!values.header.isEmpty())
        body->insert(QStringLiteral("header_value"), values.header);
    if (!values.urlSuffixes.isEmpty())
        body->insert(QStringLiteral("url_values"), QJsonArray::fromStringList(values.urlSuffixes));
}

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
    writeSendValues(request.values, &body);
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
                                    const QByteArray &idempotencyKey, HubCallback<Done> done,
                                    const TemplateSendValues &values) const
{
    QJsonObject body{{QStringLiteral("template_id"), templateId}};
    writeSendValues(values, &body);
    postOnce<Done>(m_api, QStringLiteral("/conversations/%1/template").arg(conversationId), body,
                   idempotencyKey, &HubApi::nothing, std::move(done));
}

void ConversationsApi::markRead(Id conversationId) const
{
    m_api.post<Done>(QStringLiteral("/conversations/%1/read").arg(conversationId), {},
                     HubSubject::Conversation, &HubApi::nothing, {});
}

} // namespace parley
