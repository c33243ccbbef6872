#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parley::sim {

// The lines a language's customers say in the demo: a loose shopping conversation, answers to
// what the business sent, and captions for the photos they send.
struct DemoScript {
    QStringList lines;
    QStringList answers;
    QStringList captions;
};

// The demo's customers: real-looking numbers in Brazil, China, Japan and the US, with profile
// names as WhatsApp shows them.
struct CastMember {
    QString waId;
    QString name;
    const DemoScript *script;
};

const QList<CastMember> &demoCast();
// Emoji customers react with to a message they read.
const QStringList &demoReactions();

} // namespace parley::sim
