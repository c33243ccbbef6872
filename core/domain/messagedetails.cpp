#include "core/domain/messagedetails.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace parley {
namespace {

QJsonObject part(const Message &message, const char *key)
{
    return message.details.value(QLatin1String(key)).toObject();
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

// Meta sends prices and quantities as numbers; an older payload may have them as strings.
double number(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString())
        return value.toString().toDouble();
    return value.toDouble();
}

// A Flow answer as the customer gave it: text, a number, a choice of several, yes or no.
QString answerText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QLocale::c().toString(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("✓") : QStringLiteral("✗");
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(answerText(item));
        return items.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items.append(it.key() + QStringLiteral(": ") + answerText(it.value()));
        return items.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

} // namespace

std::optional<LocationDetails> locationDetails(const Message &message)
{
    const QJsonObject location = part(message, "location");
    const QJsonValue latitude = location.value(QLatin1String("latitude"));
    const QJsonValue longitude = location.value(QLatin1String("longitude"));
    if (!latitude.isDouble() || !longitude.isDouble())
        return std::nullopt;
    LocationDetails read{latitude.toDouble(), longitude.toDouble(), text(location, "name"),
                         text(location, "address")};
    if (std::abs(read.latitude) > 90 || std::abs(read.longitude) > 180)
        return std::nullopt;
    return read;
}

QList<ContactCard> contactCards(const Message &message)
{
    QList<ContactCard> cards;
    for (const QJsonValue &value : message.details.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject card = value.toObject();
        const QJsonObject name = card.value(QLatin1String("name")).toObject();
        ContactCard read;
        read.name = text(name, "formatted_name");
        if (read.name.isEmpty())
            read.name = QStringList{text(name, "first_name"), text(name, "last_name")}
                            .join(QLatin1Char(' '))
                            .trimmed();
        read.organisation = text(card.value(QLatin1String("org")).toObject(), "company");
        for (const QJsonValue &phone : card.value(QLatin1String("phones")).toArray())
            read.phones.append({text(phone.toObject(), "phone"), text(phone.toObject(), "wa_id")});
        for (const QJsonValue &email : card.value(QLatin1String("emails")).toArray())
            read.emails.append(text(email.toObject(), "email"));
        cards.append(read);
    }
    return cards;
}

QList<QPair<QString, double>> OrderDetails::totals() const
{
    QList<QPair<QString, double>> sums;
    for (const OrderItem &item : items) {
        auto it = std::find_if(sums.begin(), sums.end(),
                               [&item](const auto &sum) { return sum.first == item.currency; });
        if (it == sums.end())
            it = sums.insert(sums.end(), {item.currency, 0.0});
        it->second += double(item.quantity) * item.price;
    }
    return sums;
}

std::optional<OrderDetails> orderDetails(const Message &message)
{
    if (!message.details.contains(QLatin1String("order")))
        return std::nullopt;
    const QJsonObject order = part(message, "order");
    OrderDetails read;
    read.note = text(order, "text");
    for (const QJsonValue &value : order.value(QLatin1String("items")).toArray()) {
        const QJsonObject item = value.toObject();
        read.items.append({text(item, "product_retailer_id"), qint64(number(item, "quantity")),
                           number(item, "item_price"), text(item, "currency")});
    }
    return read;
}

std::optional<ReplyDetails> replyDetails(const Message &message)
{
    if (!message.details.contains(QLatin1String("reply")))
        return std::nullopt;
    const QJsonObject reply = part(message, "reply");
    ReplyDetails read;
    read.type = text(reply, "type");
    read.title = text(reply, "title");
    if (read.title.isEmpty())
        read.title = text(reply, "text"); // a template's quick-reply button
    read.description = text(reply, "description");
    read.body = text(reply, "body");
    const QJsonObject fields = reply.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != QLatin1String("flow_token")) // Meta's bookkeeping, not an answer
            read.fields.append({it.key(), answerText(it.value())});
    }
    return read;
}

std::optional<ReferralDetails> referralDetails(const Message &message)
{
    if (!message.details.contains(QLatin1String("referral")))
        return std::nullopt;
    const QJsonObject referral = part(message, "referral");
    ReferralDetails read{text(referral, "headline"), text(referral, "body"),
                         text(referral, "source_type"), QUrl(text(referral, "source_url"))};
    // Only a web address is offered to open.
    if (!read.sourceUrl.isValid() || (read.sourceUrl.scheme() != QLatin1String("https") &&
                                      read.sourceUrl.scheme() != QLatin1String("http")))
        read.sourceUrl.clear();
    return read;
}

std::optional<CallDetails> callDetails(const Message &message)
{
    if (message.whatsappType != QLatin1String("call"))
        return std::nullopt;
    const QJsonObject call = part(message, "call");
    CallDetails read;
    read.fromCustomer = message.direction == Direction::In;
    read.status = text(call, "status").toLower();
    read.durationSeconds = qMax(0, int(number(call, "duration")));
    return read;
}

QString systemNoticeBody(const Message &message)
{
    const QString body = text(part(message, "system"), "body");
    return body.isEmpty() ? message.text : body;
}

QString unsupportedReason(const Message &message)
{
    const QJsonObject error =
        message.details.value(QLatin1String("errors")).toArray().first().toObject();
    for (const char *key : {"details", "message", "title"}) {
        if (!text(error, key).isEmpty())
            return text(error, key);
    }
    return message.failureReason;
}

std::optional<AgentReaction> agentReaction(const Message &message)
{
    if (message.kind != MessageKind::Reaction || message.direction != Direction::Out)
        return std::nullopt;
    const QJsonObject reaction = part(message, "reaction");
    return AgentReaction{text(reaction, "message_id"), text(reaction, "emoji")};
}

QJsonObject agentReactionDetails(const QString &targetWamid, const QString &emoji)
{
    return {{QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), targetWamid},
                                                     {QStringLiteral("emoji"), emoji}}}};
}

bool isReactionEmoji(const QString &emoji)
{
    if (emoji.isEmpty() || emoji.size() > maxReactionEmojiLength)
        return false;
    bool symbol = false;
    for (const uint codePoint : emoji.toUcs4()) {
        switch (QChar::category(char32_t(codePoint))) {
        case QChar::Symbol_Other: // most emoji
        case QChar::Symbol_Math:  // ➕
        case QChar::Symbol_Modifier:
            symbol = true;
            break;
        case QChar::Mark_NonSpacing: // variation selectors
        case QChar::Mark_Enclosing:  // keycaps
        case QChar::Other_Format:    // zero-width joiner, tags
        case QChar::Other_Surrogate: // never after toUcs4, kept for clarity
            break;
        case QChar::Number_DecimalDigit: // the digit of a keycap, #️⃣ and 1️⃣
        case QChar::Punctuation_Other:
            if (!emoji.contains(QChar(0x20E3)))
                return false;
            break;
        default:
            return false;
        }
    }
    return symbol || emoji.contains(QChar(0x20E3));
}

bool isBusinessAppEcho(const Message &message)
{
    return message.direction == Direction::Out && message.authorId == 0 &&
           message.kind != MessageKind::Note && !message.whatsappType.isEmpty() &&
           message.whatsappType != QLatin1String("call");
}

QUrl mapUrl(double latitude, double longitude)
{
    const QString lat = QString::number(latitude, 'f', 6);
    const QString lon = QString::number(longitude, 'f', 6);
    QUrl url(QStringLiteral("https://www.openstreetmap.org/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mlat"), lat);
    query.addQueryItem(QStringLiteral("mlon"), lon);
    url.setQuery(query);
    url.setFragment(QStringLiteral("map=16/%1/%2").arg(lat, lon));
    return url;
}

} // namespace parley
