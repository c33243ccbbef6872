#include "customerwrites.h"

#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"

#include <QJsonArray>

namespace parley::testing {

Id customerWrites(HubProcess &hub, const QString &appSecret, const QString &token,
                  const CustomerMessage &customer)
{
    whatsapp::InboundMessage message;
    message.origin = {QStringLiteral("102290129340398"), QStringLiteral("106540352242922"),
                      QStringLiteral("15550783881")};
    message.from = customer.from;
    message.profileName = customer.name;
    message.wamid = customer.wamid.isEmpty()
                        ? QStringLiteral("wamid.test.%1.%2").arg(customer.from).arg(customer.at)
                        : customer.wamid;
    message.timestamp = customer.at;
    message.type = QStringLiteral("text");
    message.text = customer.text;
    const QByteArray body = whatsapp::webhookBody(whatsapp::WebhookUpdate(message));
    if (httpCall("POST", hub.url(QStringLiteral("/webhooks/whatsapp")), body,
                 {{"X-Hub-Signature-256", whatsapp::webhookSignature(appSecret.toUtf8(), body)}})
            .status != 200)
        return 0;
    const QJsonArray events = hub.get(QStringLiteral("/api/v1/sync?since=0&limit=5000"), token)
                                  .json()
                                  .value(QStringLiteral("events"))
                                  .toArray();
    for (const QJsonValue &event : events) {
        if (event[QStringLiteral("type")] == QStringLiteral("message.created") &&
            event[QStringLiteral("data")][QStringLiteral("wamid")].toString() == message.wamid)
            return event[QStringLiteral("data")][QStringLiteral("conversation_id")].toInteger();
    }
    return 0;
}

} // namespace parley::testing
