#pragma once

#include "core/domain/conversation.h"
#include "core/domain/message.h"
#include "core/domain/teamline.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace parley::ui {

// What one message's bubble says, per WhatsApp kind (issue #10): the conversation view paints
// it (MessageDelegate) and sizes it from it, so the per-kind wording lives here, not in the
// painting. Media kinds keep their caption and file name in `body`.
struct BubbleContent {
    enum class Shape {
        Bubble, // left for the customer, right for the team
        Line    // centred, no bubble: WhatsApp's notices and calls
    };
    Shape shape = Shape::Bubble;
    QString header;         // above everything: the agent who wrote it, the Business app, forwarded
    QString quote;          // the message a reply quotes, "Name: text"
    Id quotedId = 0;        // clicking the quote scrolls there (0: not in this desktop's copy)
    QString title;          // the kind's heading, bold: "📍 Praça da Sé"
    QString body;           // the rest, one item a line
    bool mutedBody = false; // deleted or unsupported: said in the muted colour
    QString action;         // a link under the body: "Open map", "Start WhatsApp chat"
    QUrl actionUrl;         // opened in the system's browser
    QString actionNumber;   // or a number to start a WhatsApp chat with
    QString reactions;      // under the bubble: the customer's and the team's reaction
    QString marker;         // beside the time: "edited"
    QString details;        // on demand (tooltip): earlier versions, what a deleted message said
    QString spoken;         // for screen readers: the whole content in words
};

// What a bubble needs beyond the message itself.
struct BubbleContext {
    QString authorName;       // the agent of an outgoing message (from the mirror's agents)
    bool quotedFound = false; // the quoted message is in this desktop's copy
    Message quoted;           // …and here it is
    QString quotedAuthorName; // its agent, when it is one of the team's
    QString teamReaction;     // the team's current reaction to this message
};

class BubbleTexts {
    Q_DECLARE_TR_FUNCTIONS(parley::ui::BubbleTexts)
public:
    static BubbleContent contentOf(const Message &message, const BubbleContext &context);
    // One line for a quote or a preview: the kind in words when there is no text.
    static QString summaryOf(const Message &message);
    // The list's second line: the last message's text, or what the message is when the text
    // cannot say ("Voice message", "Document: offer.pdf"; Conversation::lastMessage).
    static QString previewOf(const Conversation &conversation);
    // "Ana assigned this conversation to Rui" (issue #12): `agentName` made the change.
    static QString teamLineText(const TeamLine &line, const QString &agentName);
};

} // namespace parley::ui

Q_DECLARE_METATYPE(parley::ui::BubbleContent)
