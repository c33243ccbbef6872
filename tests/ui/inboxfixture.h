#pragma once

// A small inbox in a real mirror for the desktop's window tests: three conversations (one with
// unread messages, one owned by someone else), a few messages in each direction and state, a
// connected channel and an approved template.
#include "../core/mirrorfixture.h"
#include "core/protocol/entitycodec.h"

#include <QDateTime>
#include <QTemporaryDir>

namespace parley::testing {

// Settings and data of the window under test go to `dir`, never to the developer's own.
inline void useScratchXdgHome(const QTemporaryDir &dir)
{
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
}

class InboxFixture {
public:
    explicit InboxFixture(const QString &path)
    {
        m_ok = m_mirror.open(path) == Mirror::OpenStatus::Ok;
        EventLog log;
        QList<Event> events;
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        Channel channel;
        channel.id = 1;
        channel.name = QStringLiteral("Loja");
        channel.status = ChannelStatus::Connected;
        events << log.raw(EventType::ChannelUpdated, toJson(channel));
        MessageTemplate approved;
        approved.id = 3;
        approved.name = QStringLiteral("boas_vindas");
        approved.language = QStringLiteral("pt_BR");
        approved.body = QStringLiteral("Olá!");
        approved.status = TemplateStatus::Approved;
        events << log.raw(EventType::TemplateUpdated, toJson(approved));
        const char *names[] = {"Ana Souza", "王芳", "Jake Thompson"};
        for (Id id = 1; id <= 3; ++id) {
            Conversation c;
            c.id = id;
            c.channelId = 1;
            c.customerNumber = QStringLiteral("5511900000%1").arg(id);
            c.customerName = QString::fromUtf8(names[id - 1]);
            c.ownerId = id == 2 ? 7 : 1;
            c.lastInboundAt = now - id * 60000;
            c.lastMessageAt = c.lastInboundAt;
            c.lastMessageText = QStringLiteral("Is my order on its way?");
            c.unreadCount = id == 3 ? 2 : 0;
            events << log.conversation(c);
        }
        Message in = textMessage(11, 1, Direction::In, QStringLiteral("Is my order on its way?"),
                                 now - 120000);
        Message read = textMessage(12, 1, Direction::Out, QStringLiteral("Yes, it left today."),
                                   now - 100000, 1);
        read.state = DeliveryState::Read;
        Message delivered =
            textMessage(13, 1, Direction::Out, QStringLiteral("Tracking: BR123"), now - 90000, 1);
        events << log.message(in) << log.message(read) << log.message(delivered);
        m_ok = m_ok && m_mirror.apply(batchOf(events));
    }

    bool ok() const { return m_ok; }
    Mirror &mirror() { return m_mirror; }
    QSqlDatabase database() const { return m_mirror.database(); }

private:
    Mirror m_mirror;
    bool m_ok = false;
};

} // namespace parley::testing
