#include "bench/hub/webhookfactory.h"

#include "bench/hub/hubinstance.h"
#include "core/whatsapp/signature.h"
#include "core/whatsapp/webhookbuilder.h"

#include <QDateTime>

namespace parley::bench {
namespace {

const char *const texts[] = {
    "Oi",
    "Bom dia! Vocês têm o tênis azul no tamanho 42?",
    "Hello, is my order #48213 on its way? The tracking page hasn't changed since Monday.",
    "Quanto fica o frete para Campinas?",
    "Obrigada!! 😊",
    "Hola, quisiera cambiar la dirección de entrega a Av. Corrientes 1234, piso 3, CABA.",
    "Can I pay with PIX or only by card?",
    "Recebi o produto com defeito, a alça veio descosturada. Como faço a troca? Tenho as fotos "
    "aqui se precisarem, e a nota fiscal também.",
    "ok",
    "Vocês abrem no feriado? Queria passar na loja da Paulista amanhã depois das 18h.",
    "I'd like to cancel the subscription, please. I moved abroad and will not be using it any "
    "more. Thanks for everything so far 🙏",
    "Qual o prazo de entrega para Recife?",
    "Tem cupom de primeira compra?",
    "¿Tienen la versión en negro? La azul está agotada en la web.",
    "Pode me mandar o boleto de novo? O primeiro venceu ontem e o banco não aceita mais. Meu CPF "
    "é o mesmo do cadastro, e o pedido é o 77120. Desculpa a demora, estava viajando a trabalho "
    "e só vi agora a mensagem de vocês.",
    "👍",
};
constexpr int textCount = int(sizeof texts / sizeof texts[0]);

const char *const firstNames[] = {"Ana",     "Bruno",    "Carla",  "Diego", "Elisa",  "Fábio",
                                  "Gabi",    "Henrique", "Isabel", "João",  "Karina", "Lucas",
                                  "Mariana", "Nuno",     "Olívia", "Pedro", "Raquel", "Sofía"};
constexpr int firstNameCount = int(sizeof firstNames / sizeof firstNames[0]);
const char *const lastNames[] = {"Silva", "Souza",   "Oliveira", "Pereira",  "Lima", "Gómez",
                                 "Costa", "Ribeiro", "Almeida",  "Nakamura", "Smith"};
constexpr int lastNameCount = int(sizeof lastNames / sizeof lastNames[0]);

} // namespace

WebhookFactory::WebhookFactory(QString run, int customers, quint16 port)
    : m_run(std::move(run)), m_customers(customers),
      m_host("127.0.0.1:" + QByteArray::number(port)),
      m_startMs(QDateTime::currentMSecsSinceEpoch())
{}

PreparedWebhook WebhookFactory::make(int index) const
{
    const int customer = index % m_customers;
    whatsapp::InboundMessage message;
    message.origin = {QString::fromLatin1(BenchChannel::wabaId),
                      QString::fromLatin1(BenchChannel::phoneNumberId),
                      QString::fromLatin1(BenchChannel::displayNumber)};
    message.from = QStringLiteral("5511987%1").arg(customer, 6, 10, QLatin1Char('0'));
    message.profileName = QStringLiteral("%1 %2").arg(
        QString::fromUtf8(firstNames[customer % firstNameCount]),
        QString::fromUtf8(lastNames[(customer / firstNameCount) % lastNameCount]));
    // Real wamids are ~60 characters of base64; the run and index keep these unique.
    message.wamid = QStringLiteral("wamid.HBgN%1FQIAEhgU%2%3")
                        .arg(message.from, m_run)
                        .arg(index, 10, 10, QLatin1Char('0'));
    message.timestamp = m_startMs + index;
    message.type = QStringLiteral("text");
    message.text = QString::fromUtf8(texts[(index * 7 + customer) % textCount]);

    PreparedWebhook webhook;
    webhook.wamid = message.wamid;
    webhook.body = whatsapp::webhookBody(whatsapp::WebhookUpdate(message));
    webhook.signature = whatsapp::webhookSignature(BenchChannel::appSecret, webhook.body);
    // The headers Meta's sender uses, in its order.
    webhook.request = "POST /webhooks/whatsapp HTTP/1.1\r\nHost: " + m_host +
                      "\r\nUser-Agent: facebookexternalua\r\nAccept: */*\r\n"
                      "Content-Type: application/json\r\nX-Hub-Signature-256: " +
                      webhook.signature +
                      "\r\nContent-Length: " + QByteArray::number(webhook.body.size()) +
                      "\r\n\r\n" + webhook.body;
    return webhook;
}

QList<PreparedWebhook> WebhookFactory::make(int first, int count) const
{
    QList<PreparedWebhook> webhooks;
    webhooks.reserve(count);
    for (int i = 0; i < count; ++i)
        webhooks.append(make(first + i));
    return webhooks;
}

} // namespace parley::bench
