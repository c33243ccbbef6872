#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parley::sim {

// A place a customer shares (a pin with its name and address, as WhatsApp sends it).
struct DemoPlace {
    double latitude = 0;
    double longitude = 0;
    QString name;
    QString address;
};

// The lines a language's customers say in the demo: a loose shopping conversation, answers to
// what the business sent, captions for the photos and files they send, the shop they share the
// location of, and the friend whose contact card they pass on.
struct DemoScript {
    QStringList lines;
    QStringList answers;
    QStringList captions;
    DemoPlace place;
    QString friendName;
    QString friendPhone;
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
