#include "ui/models/bubblecontent.h"

#include "core/domain/messagedetails.h"
#include "core/domain/teamline.h"
#include "ui/media/mediabubble.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace parley::ui {
namespace {

constexpr int summaryLength = 90;

QString firstLine(const QString &text)
{
    QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    if (line.size() > summaryLength)
        line = line.left(summaryLength - 1) + QStringLiteral("…");
    return line;
}

QString coordinates(double latitude, double longitude)
{
    const QLocale locale;
    return locale.toString(latitude, 'f', 6) + QStringLiteral(", ") +
           locale.toString(longitude, 'f', 6);
}

QString money(double amount, const QString &currency)
{
    return QLocale().toCurrencyString(amount, currency);
}

QString localTime(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

QString BubbleTexts::summaryOf(const Message &m)
{
    if (m.deletedAt > 0)
        return tr("Deleted message");
    if (!m.text.trimmed().isEmpty())
        return firstLine(m.text);
    if (!m.media.caption.trimmed().isEmpty())
        return firstLine(m.media.caption);
    if (const auto reply = replyDetails(m); reply && !reply->title.isEmpty())
        return firstLine(reply->title);
    if (const auto location = locationDetails(m); location && !location->name.isEmpty())
        return firstLine(location->name);
    if (const QList<ContactCard> cards = contactCards(m); !cards.isEmpty())
        return firstLine(cards.first().name);
    if (orderDetails(m))
        return tr("Order");
    switch (m.kind) {
    case MessageKind::Image:
    case MessageKind::Video:
    case MessageKind::Audio:
    case MessageKind::Sticker:
        return MediaBubble::kindText(m); // "Photo", "Voice message": the bubble's own words
    case MessageKind::Document:
        return m.media.fileName.isEmpty() ? MediaBubble::kindText(m)
                                          : tr("Document: %1").arg(m.media.fileName);
    case MessageKind::Location:
        return tr("Location");
    case MessageKind::Contacts:
        return tr("Contact card");
    default:
        return tr("Message");
    }
}

QString BubbleTexts::previewOf(const Conversation &c)
{
    const Message &m = c.lastMessage;
    // A deleted message keeps what the hub left (it clears the text); one the mirror has not
    // got says what the hub wrote.
    if (m.id == 0 || m.deletedAt > 0)
        return c.lastMessageText;
    // The hub writes the message's text: nothing for a voice note or a photo without caption,
    // the file name for an attachment the team sent without one.
    const bool saysNothing =
        c.lastMessageText.isEmpty() ||
        (m.text.isEmpty() && m.media.caption.isEmpty() && c.lastMessageText == m.media.fileName);
    return saysNothing ? summaryOf(m) : c.lastMessageText;
}

QString BubbleTexts::teamLineText(const TeamLine &line, const QString &agentName)
{
    const QString who = agentName.isEmpty() ? tr("Someone") : agentName;
    if (line.kind == TeamLine::Kind::Assigned)
        return line.ownerId == 0
                   ? tr("%1 unassigned this conversation").arg(who)
                   : tr("%1 assigned this conversation to %2")
                         .arg(who, line.ownerName.isEmpty() ? tr("an agent") : line.ownerName);
    if (line.status == QLatin1String("closed"))
        return tr("%1 closed this conversation").arg(who);
    if (line.status == QLatin1String("open"))
        return tr("%1 reopened this conversation").arg(who);
    return tr("%1 set the status to %2").arg(who, line.status);
}

BubbleContent BubbleTexts::contentOf(const Message &m, const BubbleContext &context)
{
    BubbleContent b;
    QStringList header;
    if (m.direction == Direction::Out && m.authorId != 0 && !context.authorName.isEmpty())
        header << context.authorName;
    else if (isBusinessAppEcho(m))
        header << tr("Sent from the WhatsApp Business app");
    if (m.frequentlyForwarded)
        header << tr("Forwarded many times");
    else if (m.forwarded)
        header << tr("Forwarded");
    b.header = header.join(QStringLiteral(" · "));

    if (!m.replyTo.isEmpty()) {
        if (context.quotedFound) {
            const Message &q = context.quoted;
            const QString who = q.direction == Direction::In         ? tr("Customer")
                                : context.quotedAuthorName.isEmpty() ? tr("Team")
                                                                     : context.quotedAuthorName;
            b.quote = who + QStringLiteral(": ") + summaryOf(q);
            b.quotedId = q.id;
        } else {
            b.quote = tr("An earlier message");
        }
    }

    QStringList body;
    if (const auto referral = referralDetails(m)) {
        body << QStringLiteral("📣 ") + (referral->headline.isEmpty()
                                            ? tr("Came from an ad")
                                            : tr("Came from an ad: %1").arg(referral->headline));
        if (!referral->body.isEmpty())
            body << referral->body;
        if (referral->sourceUrl.isValid()) {
            b.action = tr("Open the ad");
            b.actionUrl = referral->sourceUrl;
        }
    }

    if (const auto line = teamLineOf(m)) {
        // Who changed the owner or the status (issue #12): a line, its agent named in it.
        b.shape = BubbleContent::Shape::Line;
        b.header.clear();
        body << teamLineText(*line, context.authorName);
    } else if (const auto call = callDetails(m)) {
        b.shape = BubbleContent::Shape::Line;
        const QString who =
            call->fromCustomer ? tr("📞 Call from the customer") : tr("📞 Call to the customer");
        if (call->durationSeconds > 0)
            body << tr("%1 · %2").arg(
                who, QStringLiteral("%1:%2")
                         .arg(call->durationSeconds / 60)
                         .arg(call->durationSeconds % 60, 2, 10, QLatin1Char('0')));
        else
            body << tr("%1 · not answered").arg(who);
    } else if (m.whatsappType == QLatin1String("system")) {
        b.shape = BubbleContent::Shape::Line;
        body << QStringLiteral("ℹ ") + systemNoticeBody(m);
    } else if (m.deletedAt > 0) {
        body.clear();
        body << tr("🚫 The customer deleted this message.");
        b.mutedBody = true;
        b.action.clear();
        b.actionUrl.clear();
        if (!m.text.isEmpty())
            b.details = tr("It said: %1").arg(m.text);
    } else if (const auto location = locationDetails(m)) {
        b.title =
            QStringLiteral("📍 ") + (location->name.isEmpty() ? tr("Location") : location->name);
        if (!location->address.isEmpty())
            body << location->address;
        body << coordinates(location->latitude, location->longitude);
        b.action = tr("Open map");
        b.actionUrl = mapUrl(location->latitude, location->longitude);
        b.actionNumber.clear();
    } else if (const QList<ContactCard> cards = contactCards(m); !cards.isEmpty()) {
        b.title =
            QStringLiteral("👤 ") +
            (cards.size() == 1 ? tr("Contact card") : tr("%1 contact cards").arg(cards.size()));
        for (const ContactCard &card : cards) {
            body << (card.organisation.isEmpty() ? card.name
                                                 : tr("%1 (%2)").arg(card.name, card.organisation));
            for (const auto &phone : card.phones) {
                body << QStringLiteral("   ☎ ") + phone.first +
                            (phone.second.isEmpty() ? QString() : tr(" · on WhatsApp"));
                if (b.actionNumber.isEmpty() && !phone.second.isEmpty())
                    b.actionNumber = phone.second;
            }
            for (const QString &email : card.emails)
                body << QStringLiteral("   ✉ ") + email;
        }
        if (!b.actionNumber.isEmpty()) {
            b.action = tr("Start WhatsApp chat");
            b.actionUrl.clear();
        }
    } else if (const auto order = orderDetails(m)) {
        b.title = QStringLiteral("🛒 ") + tr("Order");
        if (!order->note.isEmpty())
            body << order->note;
        for (const OrderItem &item : order->items)
            body << tr("%1 × %2 · %3 each")
                        .arg(QLocale().toString(item.quantity), item.productId,
                             money(item.price, item.currency));
        for (const auto &total : order->totals())
            body << tr("Total: %1").arg(money(total.second, total.first));
    } else if (const auto reply = replyDetails(m)) {
        if (reply->type == QLatin1String("nfm_reply")) {
            b.title = QStringLiteral("📝 ") + tr("Form answers");
            if (!reply->body.isEmpty() && reply->body != QLatin1String("Sent"))
                body << reply->body;
            for (const auto &field : reply->fields)
                body << tr("%1: %2").arg(field.first, field.second);
        } else {
            b.title = QStringLiteral("🔘 ") + tr("Chose: %1").arg(reply->title);
            if (!reply->description.isEmpty())
                body << reply->description;
        }
    } else if (m.kind == MessageKind::Unsupported) {
        b.title = QStringLiteral("⚠ ") + tr("A kind of message Parley cannot show");
        const QString reason = unsupportedReason(m);
        body << (reason.isEmpty() ? tr("WhatsApp gave no reason.") : reason);
        b.mutedBody = true;
    } else if (!m.media.fileName.isEmpty()) {
        body << QStringLiteral("📎 ") + m.media.fileName;
        if (!m.text.isEmpty())
            body << m.text;
    } else {
        body << m.text;
    }
    b.body = body.join(QLatin1Char('\n'));

    if (m.editedAt > 0 && m.deletedAt == 0) {
        b.marker = tr("edited");
        QStringList versions{tr("Earlier versions:")};
        for (const QJsonValue &value : m.earlierVersions) {
            const QJsonObject version = value.toObject();
            const QString until = localTime(version.value(QLatin1String("until")).toString());
            const QString text = version.value(QLatin1String("text")).toString();
            versions << (until.isEmpty() ? QStringLiteral("• %1").arg(text)
                                         : tr("• %1 (until %2)").arg(text, until));
        }
        b.details = versions.join(QLatin1Char('\n'));
    }

    QStringList reactions;
    QStringList spokenReactions;
    if (!m.reaction.isEmpty()) {
        reactions << m.reaction;
        spokenReactions << tr("The customer reacted %1").arg(m.reaction);
    }
    if (!context.teamReaction.isEmpty()) {
        reactions << context.teamReaction;
        spokenReactions << tr("The team reacted %1").arg(context.teamReaction);
    }
    b.reactions = reactions.join(QLatin1Char(' '));

    QStringList spoken;
    for (const QString &part :
         {b.header, b.quote.isEmpty() ? QString() : tr("Replying to %1").arg(b.quote), b.title,
          b.body, b.marker})
        if (!part.isEmpty())
            spoken << part;
    spoken << spokenReactions;
    b.spoken = spoken.join(QStringLiteral(". "));
    return b;
}

} // namespace parley::ui
