#include "hub/service/unattendedcloser.h"

namespace parley::hub {

UnattendedCloser::UnattendedCloser(HubContext &context, ConversationService &conversations,
                                   QObject *parent)
    : QObject(parent), m_ctx(context), m_conversations(conversations)
{
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("PARLEY_HUB_HOUSEKEEPING_MS", &ok);
    m_timer.setInterval(ok && interval > 0 ? interval : 60000);
    connect(&m_timer, &QTimer::timeout, this, &UnattendedCloser::closeDue);
}

void UnattendedCloser::start()
{
    m_timer.start();
}

int UnattendedCloser::closeDue()
{
    if (!m_ctx.leads()) // another hub on the store runs the timers
        return 0;
    int closed = 0;
    const TimestampMs now = m_ctx.now();
    for (const ChannelConfig &channel : m_ctx.channels.all()) {
        const qint64 limit = channel.channel.autoCloseAfterMinutes;
        if (limit <= 0)
            continue;
        const QList<Conversation> due =
            m_ctx.conversations.unattendedSince(channel.channel.id, now - limit * 60000);
        if (due.isEmpty())
            continue;
        Transaction transaction(m_ctx.db);
        for (Conversation conversation : due) {
            conversation.status = ConversationStatus::Closed;
            if (!m_ctx.conversations.save(conversation) || !m_conversations.publish(conversation))
                return closed;
        }
        if (!transaction.commit())
            return closed;
        closed += int(due.size());
    }
    if (closed > 0)
        m_ctx.eventsCommitted();
    return closed;
}

} // namespace parley::hub
