#pragma once

#include "core/domain/message.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

namespace parley {

// Typed reads of a message's `details` (docs/api.md "Message content"), so that what the desktop
// shows never reads a JSON key itself. Each read returns nothing when the message does not carry
// that part; a field of the wrong type reads as empty (the hub validated what it stored).

struct LocationDetails {
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
};
std::optional<LocationDetails> locationDetails(const Message &message);

struct ContactCard {
    QString name; // formatted_name, or first and last name
    QString organisation;
    QList<QPair<QString, QString>> phones; // (phone as written, wa_id: "" when not on WhatsApp)
    QStringList emails;
};
QList<ContactCard> contactCards(const Message &message);

struct OrderItem {
    QString productId; // product_retailer_id
    qint64 quantity = 0;
    double price = 0; // item_price, per unit
    QString currency;
};
struct OrderDetails {
    QString note;
    QList<OrderItem> items;
    // quantity × price summed per currency, in the order the currencies first appear.
    QList<QPair<QString, double>> totals() const;
};
std::optional<OrderDetails> orderDetails(const Message &message);

// A button or list reply, a template quick-reply button, or a Flow's answers (nfm_reply).
struct ReplyDetails {
    QString type; // "button_reply", "list_reply", "button", "nfm_reply"
    QString title;
    QString description;
    QString body;                          // nfm_reply
    QList<QPair<QString, QString>> fields; // nfm_reply: the Flow's answers, as text
};
std::optional<ReplyDetails> replyDetails(const Message &message);

struct ReferralDetails {
    QString headline;
    QString body;
    QString sourceType; // "ad" or "post"
    QUrl sourceUrl;
};
std::optional<ReferralDetails> referralDetails(const Message &message);

struct CallDetails {
    bool fromCustomer = true;
    QString status;
    int durationSeconds = 0;
};
std::optional<CallDetails> callDetails(const Message &message);

// WhatsApp's own notice (identity or number changed).
QString systemNoticeBody(const Message &message);
// Meta's reason for an unsupported message: the first error's details, message or title.
QString unsupportedReason(const Message &message);

// An agent's reaction: an outgoing message of kind Reaction, {"reaction": {message_id, emoji}}.
struct AgentReaction {
    QString targetWamid;
    QString emoji; // empty: the reaction was removed
};
std::optional<AgentReaction> agentReaction(const Message &message);
QJsonObject agentReactionDetails(const QString &targetWamid, const QString &emoji);
// A reaction is one emoji: a short run of symbols and their joiners and modifiers, no letters,
// digits, spaces or controls. (Empty, taking a reaction back, is checked by the caller.)
bool isReactionEmoji(const QString &emoji);
constexpr int maxReactionEmojiLength = 32; // UTF-16 units: a family with skin tones fits

// Written in the WhatsApp Business app on the same number (a message echo): outgoing, by no agent.
bool isBusinessAppEcho(const Message &message);

// The map a location is opened in: OpenStreetMap, centred on the point with a marker.
QUrl mapUrl(double latitude, double longitude);

} // namespace parley
