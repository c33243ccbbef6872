#include "ui/models/accessibletexts.h"

#include "ui/models/bubblecontent.h"
#include "ui/models/conversationdelegate.h"
#include "ui/models/messagedelegate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace parley::ui {
namespace {

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept << part;
    }
    return kept.join(QStringLiteral(", "));
}

} // namespace

QString accessibleConversationText(const Conversation &c, const QString &channel, bool windowOpen,
                                   qint64 now)
{
    const QString name = c.customerName.isEmpty() ? c.customerNumber : c.customerName;
    const QString unread =
        c.unreadCount > 0 ? QCoreApplication::translate("AccessibleTexts", "%n unread message(s)",
                                                        nullptr, c.unreadCount)
                          : QString();
    const QString time = ConversationDelegate::shortTime(c.lastMessageAt, now);
    const QString preview = BubbleTexts::previewOf(c);
    const QString last =
        preview.isEmpty() ? QString()
                          : QCoreApplication::translate("AccessibleTexts", "last message at %1: %2")
                                .arg(time, preview.simplified());
    const QString window = windowOpen ? ConversationDelegate::tr("Window open")
                                      : ConversationDelegate::tr("Template only");
    return joined({name, unread, last, channel, window});
}

QString deliveryStateText(const Message &m)
{
    if (m.direction != Direction::Out || m.kind == MessageKind::Note)
        return {};
    switch (m.state) {
    case DeliveryState::Pending:
    case DeliveryState::Queued:
        return QCoreApplication::translate("AccessibleTexts", "waiting to be sent");
    case DeliveryState::Sent:
        return QCoreApplication::translate("AccessibleTexts", "sent");
    case DeliveryState::Delivered:
        return QCoreApplication::translate("AccessibleTexts", "delivered");
    case DeliveryState::Read:
        return QCoreApplication::translate("AccessibleTexts", "read");
    case DeliveryState::Failed:
        return QCoreApplication::translate("AccessibleTexts", "not sent");
    case DeliveryState::Received:
        break;
    }
    return {};
}

QString accessibleMessageText(const Message &m, const QString &failure)
{
    QString sender;
    if (m.kind == MessageKind::Note)
        sender = QCoreApplication::translate("AccessibleTexts", "Internal note");
    else if (m.direction == Direction::Out)
        sender = QCoreApplication::translate("AccessibleTexts", "Sent by the team");
    else
        sender = QCoreApplication::translate("AccessibleTexts", "From the customer");
    const QString when =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.createdAt), QLocale::ShortFormat);
    QString body = m.text;
    if (!m.media.fileName.isEmpty()) {
        const QString file =
            QCoreApplication::translate("AccessibleTexts", "attachment %1").arg(m.media.fileName);
        body = body.isEmpty() ? file : file + QStringLiteral(". ") + body;
    }
    QString state = deliveryStateText(m);
    if (m.state == DeliveryState::Failed && !failure.isEmpty())
        state += QStringLiteral(" (%1)").arg(failure);
    return QCoreApplication::translate("AccessibleTexts", "%1: %2")
        .arg(joined({sender, when, state}), body);
}

} // namespace parley::ui
