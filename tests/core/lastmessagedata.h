#pragma once

// One conversation per kind of last message, as the hub writes them (its last_message_text is
// the message's text: empty for a voice note, the file name for an attachment the team sent
// without caption), for the mirror's read of the list (tst_mirrorlastmessage) and the list's
// second line (tst_conversationpreview).

#include "mirrorfixture.h"

#include <QJsonArray>
#include <QJsonObject>

namespace parley::testing {

struct LastMessageCase {
    Id conversationId = 0;
    Id messageId = 0; // the message the list reads for it, 0: none (its text says it)
    QString preview;  // the list's second line, untranslated
    QList<Event> events = {};
};

inline QList<LastMessageCase> lastMessageCases(EventLog &log, TimestampMs t0)
{
    QList<LastMessageCase> cases;
    Id nextId = 1;
    // A conversation whose last message is `m`, at t0 - its id seconds, its text `text`.
    const auto add = [&](Message m, const QString &lastText, const QString &preview,
                         bool readsMessage = true) {
        const Id id = nextId++;
        const TimestampMs at = t0 - id * 1000;
        Conversation c;
        c.id = id;
        c.channelId = 1;
        c.customerNumber = QStringLiteral("55119%1").arg(id, 8, 10, QLatin1Char('0'));
        c.customerName = QStringLiteral("Cliente %1").arg(id);
        c.lastMessageAt = at;
        c.lastMessageText = lastText;
        (m.direction == Direction::In ? c.lastInboundAt : c.lastOutboundAt) = at;
        m.id = 100 + id;
        m.conversationId = id;
        m.createdAt = at;
        m.wamid = QStringLiteral("wamid.last.%1").arg(id);
        // An older text message first: the list reads the newest, never this one.
        const Message older =
            textMessage(200 + id, id, Direction::In, QStringLiteral("antes"), at - 500);
        cases.append({id,
                      readsMessage ? m.id : 0,
                      preview,
                      {log.conversation(c), log.message(older), log.message(m)}});
    };
    const auto media = [](MessageKind kind, const QString &mime, const QString &name = {},
                          Direction direction = Direction::In) {
        Message m;
        m.kind = kind;
        m.direction = direction;
        m.state = direction == Direction::In ? DeliveryState::Received : DeliveryState::Sent;
        m.media = {QStringLiteral("media-%1").arg(int(kind)), mime, name, 1000, {}, {}};
        return m;
    };
    Message voice = media(MessageKind::Audio, QStringLiteral("audio/ogg; codecs=opus"));
    voice.details = {{QStringLiteral("voice"), true}};
    add(voice, {}, QStringLiteral("Voice message"));
    add(media(MessageKind::Audio, QStringLiteral("audio/mpeg")), {}, QStringLiteral("Audio"));
    add(media(MessageKind::Image, QStringLiteral("image/jpeg")), {}, QStringLiteral("Photo"));
    Message captioned = media(MessageKind::Image, QStringLiteral("image/jpeg"));
    captioned.media.caption = QStringLiteral("olha isso");
    add(captioned, {}, QStringLiteral("olha isso"));
    add(media(MessageKind::Video, QStringLiteral("video/mp4")), {}, QStringLiteral("Video"));
    add(media(MessageKind::Document, QStringLiteral("application/pdf"),
              QStringLiteral("proposta.pdf")),
        {}, QStringLiteral("Document: proposta.pdf"));
    add(media(MessageKind::Sticker, QStringLiteral("image/webp")), {}, QStringLiteral("Sticker"));
    Message location;
    location.kind = MessageKind::Location;
    location.details = {
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("latitude"), -23.55}, {QStringLiteral("longitude"), -46.63}}}};
    add(location, {}, QStringLiteral("Location"));
    Message contact;
    contact.kind = MessageKind::Contacts;
    contact.details = {{QStringLiteral("contacts"),
                        QJsonArray{QJsonObject{{QStringLiteral("name"),
                                                QJsonObject{{QStringLiteral("formatted_name"),
                                                             QStringLiteral("Carla Dias")}}}}}}};
    add(contact, {}, QStringLiteral("Carla Dias")); // as a quote of it says
    // The customer's text: the list needs no message for it.
    add(textMessage(0, 0, Direction::In, QStringLiteral("bom dia"), 0), QStringLiteral("bom dia"),
        QStringLiteral("bom dia"), false);
    // The team's attachments without caption: the hub wrote their file names.
    add(media(MessageKind::Image, QStringLiteral("image/jpeg"), QStringLiteral("IMG_0001.jpg"),
              Direction::Out),
        QStringLiteral("IMG_0001.jpg"), QStringLiteral("Photo"));
    add(media(MessageKind::Document, QStringLiteral("application/pdf"),
              QStringLiteral("contrato.pdf"), Direction::Out),
        QStringLiteral("contrato.pdf"), QStringLiteral("Document: contrato.pdf"));
    // The team's text says itself (read, being the team's, but shown as written).
    add(textMessage(0, 0, Direction::Out, QStringLiteral("Segue o link"), 0, 3),
        QStringLiteral("Segue o link"), QStringLiteral("Segue o link"));
    // A deleted photo keeps what the hub left: nothing.
    Message deleted = media(MessageKind::Image, QStringLiteral("image/jpeg"));
    deleted.deletedAt = t0;
    add(deleted, {}, QString());
    // A note written after the last message is not the last message.
    add(media(MessageKind::Image, QStringLiteral("image/png")), {}, QStringLiteral("Photo"));
    Message note = textMessage(300, cases.last().conversationId, Direction::Out,
                               QStringLiteral("nota interna"), 0, 3);
    note.kind = MessageKind::Note;
    note.createdAt = t0 - cases.last().conversationId * 1000;
    cases.last().events.append(log.message(note)); // at the same millisecond, a later id
    return cases;
}

inline QList<Event> eventsOf(const QList<LastMessageCase> &cases)
{
    QList<Event> events;
    for (const LastMessageCase &c : cases)
        events += c.events;
    return events;
}

} // namespace parley::testing
