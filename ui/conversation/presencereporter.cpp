#include "ui/conversation/presencereporter.h"

#include <QDateTime>

namespace parley::ui {

PresenceReporter::PresenceReporter(QObject *parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void PresenceReporter::opened(Id conversationId)
{
    if (conversationId == m_conversation)
        return;
    if (m_conversation != 0)
        emit say(m_conversation, PresenceState::Left);
    m_conversation = conversationId;
    m_typingSaidAt = 0;
    if (conversationId != 0)
        emit say(conversationId, PresenceState::Viewing);
}

void PresenceReporter::typed()
{
    if (m_conversation == 0)
        return;
    const qint64 now = m_clock();
    if (m_typingSaidAt != 0 && now - m_typingSaidAt < typingEveryMs)
        return;
    m_typingSaidAt = now;
    emit say(m_conversation, PresenceState::Typing);
}

void PresenceReporter::sent()
{
    if (m_conversation == 0 || m_typingSaidAt == 0)
        return;
    m_typingSaidAt = 0;
    emit say(m_conversation, PresenceState::Viewing);
}

} // namespace parley::ui
