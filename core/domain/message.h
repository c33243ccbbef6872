#pragma once

#include "core/domain/ids.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace parley {

enum class Direction { In, Out };

// The Cloud API's message types (whatsapp-cloud-api.md §2.1), plus a note that only agents see.
enum class MessageKind {
    Text,
    Image,
    Audio,
    Video,
    Document,
    Sticker,
    Location,
    Contacts,
    Interactive,
    Button,
    Reaction,
    Template,
    Note,
    Unsupported
};

// Outgoing messages move pending → queued (hub accepted) → sent → delivered → read, or → failed.
// Incoming messages are Received.
enum class DeliveryState { Pending, Queued, Sent, Delivered, Read, Failed, Received };

QString directionName(Direction direction);
bool directionFromName(const QString &name, Direction *direction);
QString messageKindName(MessageKind kind);
bool messageKindFromName(const QString &name, MessageKind *kind);
QString deliveryStateName(DeliveryState state);
bool deliveryStateFromName(const QString &name, DeliveryState *state);

// A later status can never move a message back: "delivered" arriving after "read" is ignored.
bool deliveryStateAdvances(DeliveryState from, DeliveryState to);

struct MediaRef {
    QString mediaId; // Graph media id
    QString mimeType;
    QString fileName;
    qint64 size = 0;
    QString sha256;
    QString caption;
    bool isEmpty() const { return mediaId.isEmpty() && fileName.isEmpty(); }
};

struct Message {
    Id id = 0;
    Id conversationId = 0;
    Direction direction = Direction::In;
    MessageKind kind = MessageKind::Text;
    QString text;
    MediaRef media;
    DeliveryState state = DeliveryState::Received;
    QString failureCode; // e.g. "131047"
    QString failureReason;
    Id authorId = 0;  // agent for outbound, 0 for the customer
    QString wamid;    // WhatsApp message id, at most 128 characters
    QString clientId; // the desktop outbox id, also the Idempotency-Key
    TimestampMs createdAt = 0;

    // What a customer's message carries beyond text and media (docs/api.md "Message content").
    // `kind` stays one of the names above so that older desktops keep decoding; Meta's own type
    // ("order", "system", "call", …) is in whatsappType and the kind's whole content in details.
    QString whatsappType;
    QJsonObject details;
    QString replyTo;                  // the wamid this message quotes (Meta's context.id)
    bool forwarded = false;           // context.forwarded
    bool frequentlyForwarded = false; // context.frequently_forwarded
    QString reaction;                 // the customer's current reaction to this message
    TimestampMs editedAt = 0;         // the customer edited it: text/details are the new version
    QJsonArray earlierVersions;       // [{text, details, until}] oldest first
    TimestampMs deletedAt = 0;        // the customer deleted it for everyone
};

} // namespace parley
