#pragma once

#include "core/domain/ids.h"
#include "core/whatsapp/webhooktypes.h"
#include "sim/simcontext.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace parley::sim {

// One thing a simulated customer sends to the business number: POST /sim/inbound and the demo
// scenario both come through here.
struct CustomerWrite {
    QString from; // the customer's number; "+", spaces and dashes are dropped
    QString name; // profile name; empty keeps the one they wrote with before
    // text, image, video, audio, document, sticker, reaction, location, contacts, edit, revoke,
    // button (a template's quick-reply button pressed)
    QString type = QStringLiteral("text");
    QString text; // text body, or the media caption

    QString mimeType;   // media: empty for the type's usual one
    QString filename;   // documents
    QByteArray data;    // media bytes; empty: a placeholder file (placeholdermedia.h)
    bool voice = false; // audio recorded as a voice note

    QString buttonPayload; // button: the quick-reply button pressed (`text` is its title)

    QString reactionTo; // reaction: the wamid reacted to
    QString emoji;      // reaction: empty removes it

    // location: where the customer is (a pin, with a place name and address when shared)
    double latitude = 0;
    double longitude = 0;
    QString placeName;
    QString address;

    // contacts: one card, with a name and phone number (its wa_id when it is on WhatsApp)
    QString contactName;
    QString contactPhone;

    QString original; // edit / revoke: the wamid of the customer's message changed; edit: `text`
                      // is its new text

    QString replyTo;    // context.id: the business message being answered
    TimestampMs at = 0; // 0: now. Earlier instants backdate the message, e.g. to test a window
                        // that has closed.
};

// Records the message as Meta would (the customer's window opens, media is stored for download)
// and queues its webhook. Returns the message as sent, or nothing with `error` set when the
// write makes no sense (no text, an unknown type, an implausible number).
std::optional<whatsapp::InboundMessage> customerWrites(SimContext &context,
                                                       const CustomerWrite &write, QString *error);

} // namespace parley::sim
