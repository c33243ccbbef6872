// The webhook path's events written without QJsonObject (hub/service/webhookintakeevents.h)
// must be byte for byte what toJson() + QJsonDocument::toJson(Compact) give, for every field of
// a conversation and a message, set and unset, and for every kind of character a customer's
// text may hold.
#include "core/protocol/entitycodec.h"
#include "hub/service/webhookintakeevents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace parley;
using namespace parley::hub;

namespace {

QByteArray viaQt(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Quotes, backslashes, every control character, accents, CJK, emoji (a surrogate pair), a lone
// surrogate of each kind, U+007F and U+FFFF.
QStringList trickyTexts()
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    return {QString(),
            QStringLiteral("plain"),
            QStringLiteral("say \"hi\" \\ / back\\slash"),
            controls,
            QStringLiteral("Olá, ação! 日本語のテキスト 🙂👍🏽"),
            QString(QChar(0xd83d)) + QStringLiteral("x"),
            QStringLiteral("x") + QChar(0xde00),
            QString(QChar(0xd83d)),
            QString(QChar(0x7f)) + QChar(0xffff) + QChar(0x800) + QChar(0x7ff)};
}

} // namespace

class WebhookIntakeEventsTest : public QObject {
    Q_OBJECT
private slots:
    void aConversationIsWrittenAsQtWritesIt()
    {
        Conversation c;
        QCOMPARE(conversationEventJson(c), viaQt(toJson(c))); // every field at its default
        const QStringList texts = trickyTexts();
        for (const QString &text : texts) {
            c.id = 123456789012345;
            c.channelId = 7;
            c.customerNumber = QStringLiteral("5511987654321");
            c.customerName = text;
            c.recordModule = QStringLiteral("leads");
            c.recordId = -3;
            c.status = ConversationStatus::Pending;
            c.ownerId = 12;
            c.department = text;
            c.lastInboundAt = 1749416383000;
            c.lastOutboundAt = 0;
            c.lastMessageAt = 1749416383123;
            c.lastMessageText = text;
            c.lastRepliedBy = 4;
            c.unreadCount = 3;
            c.customerUserId = text;
            c.marketingStoppedAt = text.isEmpty() ? 0 : 1749416000000;
            c.labelIds = text.isEmpty() ? QList<Id>{} : QList<Id>{3, 1, 2};
            c.priority = ConversationPriority::Urgent;
            c.teamId = 9;
            c.snoozedUntil = 1749419999000;
            QCOMPARE(conversationEventJson(c), viaQt(toJson(c)));
        }
    }

    void aMessageIsWrittenAsQtWritesIt()
    {
        Message m;
        QCOMPARE(messageEventJson(m), viaQt(toJson(m)));
        const QStringList texts = trickyTexts();
        for (int i = 0; i < texts.size(); ++i) {
            const QString &text = texts.at(i);
            const bool set = i % 2 == 1; // the optional fields alternately set and unset
            m.id = 99 + i;
            m.conversationId = 5;
            m.direction = set ? Direction::Out : Direction::In;
            m.kind = set ? MessageKind::Image : MessageKind::Text;
            m.text = text;
            m.state = set ? DeliveryState::Failed : DeliveryState::Received;
            m.authorId = set ? 8 : 0;
            m.wamid = QStringLiteral("wamid.") + text;
            m.createdAt = 1749416383000 + i;
            m.clientId = set ? text + QStringLiteral("-client") : QString();
            m.failureCode = set ? QStringLiteral("131047") : QString();
            m.failureReason = set ? text : QString();
            m.media = set ? MediaRef{QStringLiteral("media-1"),
                                     QStringLiteral("image/jpeg"),
                                     text,
                                     1234567,
                                     QStringLiteral("c2hh"),
                                     text}
                          : MediaRef();
            m.whatsappType = set ? QStringLiteral("image") : QString();
            m.details = set ? QJsonObject{{QStringLiteral("location"),
                                           QJsonObject{{QStringLiteral("name"), text},
                                                       {QStringLiteral("latitude"), -23.5}}}}
                            : QJsonObject();
            m.replyTo = set ? QStringLiteral("wamid.earlier") : QString();
            m.forwarded = set;
            m.frequentlyForwarded = set && i % 3 == 0;
            m.reaction = set ? QStringLiteral("👍") : QString();
            m.editedAt = set ? 1749416999000 : 0;
            m.earlierVersions =
                set ? QJsonArray{QJsonObject{{QStringLiteral("text"), text},
                                             {QStringLiteral("until"), QStringLiteral("x")}}}
                    : QJsonArray();
            m.deletedAt = set && i % 3 == 1 ? 1749417999000 : 0;
            QCOMPARE(messageEventJson(m), viaQt(toJson(m)));
        }
    }
};

QTEST_GUILESS_MAIN(WebhookIntakeEventsTest)
#include "tst_webhookintakeevents.moc"
