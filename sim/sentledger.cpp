#include "sim/sentledger.h"

#include <QJsonObject>

namespace parley::sim {

QJsonObject SentMessage::toJson() const
{
    QJsonObject json{{QStringLiteral("wamid"), wamid},
                     {QStringLiteral("to"), request.to},
                     {QStringLiteral("wa_id"), waId},
                     {QStringLiteral("type"), request.type},
                     {QStringLiteral("time"), acceptedAt},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("status_time"), statusAt},
                     {QStringLiteral("pricing_category"), pricingCategory}};
    if (request.type == QLatin1String("text")) {
        json.insert(QStringLiteral("text"), request.text);
    } else if (request.type == QLatin1String("template")) {
        QJsonArray parameters;
        for (const whatsapp::TemplateParameter &parameter : request.bodyParameters)
            parameters.append(parameter.text);
        // "components" as Graph received them: header, body and URL button parameters.
        json.insert(
            QStringLiteral("template"),
            QJsonObject{{QStringLiteral("name"), request.templateName},
                        {QStringLiteral("language"), request.templateLanguage},
                        {QStringLiteral("parameters"), parameters},
                        {QStringLiteral("components"), whatsapp::sendMessageRequestJson(request)
                                                           .value(QLatin1String("template"))
                                                           .toObject()
                                                           .value(QLatin1String("components"))}});
    } else if (request.type == QLatin1String("reaction")) {
        json.insert(QStringLiteral("reaction"),
                    QJsonObject{{QStringLiteral("message_id"), request.reactionMessageId},
                                {QStringLiteral("emoji"), request.reactionEmoji}});
    } else {
        json.insert(QStringLiteral("media"),
                    QJsonObject{{QStringLiteral("id"), request.mediaId},
                                {QStringLiteral("link"), request.mediaLink},
                                {QStringLiteral("caption"), request.caption},
                                {QStringLiteral("filename"), request.filename}});
    }
    if (!request.replyToWamid.isEmpty())
        json.insert(QStringLiteral("reply_to"), request.replyToWamid);
    if (!request.bizOpaqueCallbackData.isEmpty())
        json.insert(QStringLiteral("biz_opaque_callback_data"), request.bizOpaqueCallbackData);
    if (errorCode != 0)
        json.insert(QStringLiteral("error_code"), errorCode);
    return json;
}

void SentLedger::setStatus(const QString &wamid, const QString &status, int errorCode,
                           TimestampMs at)
{
    // From the newest: statuses follow sends closely.
    for (auto it = m_messages.rbegin(); it != m_messages.rend(); ++it) {
        SentMessage &message = *it;
        if (message.wamid == wamid) {
            message.status = status;
            message.errorCode = errorCode;
            message.statusAt = at;
            return;
        }
    }
}

const SentMessage *SentLedger::find(const QString &wamid) const
{
    for (auto it = m_messages.crbegin(); it != m_messages.crend(); ++it) {
        if (it->wamid == wamid)
            return &*it;
    }
    return nullptr;
}

QJsonArray SentLedger::toJson(const QString &waId) const
{
    QJsonArray list;
    for (const SentMessage &message : m_messages) {
        if (waId.isEmpty() || message.waId == waId)
            list.append(message.toJson());
    }
    return list;
}

} // namespace parley::sim
