#include "ui/conversation/presencebar.h"

#include <QStringList>

namespace parley::ui {
namespace {

QString typingText(const QStringList &names)
{
    switch (names.size()) {
    case 0:
        return {};
    case 1:
        return PresenceBar::tr("%1 is typing…").arg(names.first());
    case 2:
        return PresenceBar::tr("%1 and %2 are typing…").arg(names.at(0), names.at(1));
    default:
        return PresenceBar::tr("%n agents are typing…", nullptr, int(names.size()));
    }
}

QString viewingText(const QStringList &names)
{
    switch (names.size()) {
    case 0:
        return {};
    case 1:
        return PresenceBar::tr("%1 is viewing").arg(names.first());
    case 2:
        return PresenceBar::tr("%1 and %2 are viewing").arg(names.at(0), names.at(1));
    default:
        return PresenceBar::tr("%n agents are viewing", nullptr, int(names.size()));
    }
}

} // namespace

PresenceBar::PresenceBar(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("presenceBar"));
    setForegroundRole(QPalette::PlaceholderText);
    setTextFormat(Qt::PlainText); // names are the agents' own words
    hide();
}

void PresenceBar::setConversation(Id conversationId)
{
    if (conversationId == m_conversation)
        return;
    m_conversation = conversationId;
    clear();
    hide();
}

void PresenceBar::showPresence(const PresenceUpdate &update)
{
    if (update.conversationId != m_conversation || m_conversation == 0)
        return;
    const QString line = describe(update.agents);
    setText(line);
    setAccessibleName(line);
    setVisible(!line.isEmpty());
}

QString PresenceBar::describe(const QList<PresentAgent> &agents)
{
    QStringList typing;
    QStringList viewing;
    for (const PresentAgent &agent : agents)
        (agent.typing ? typing : viewing).append(agent.name);
    const QString typingLine = typingText(typing);
    const QString viewingLine = viewingText(viewing);
    if (typingLine.isEmpty() || viewingLine.isEmpty())
        return typingLine.isEmpty() ? viewingLine : typingLine;
    return tr("%1 · %2").arg(typingLine, viewingLine);
}

} // namespace parley::ui
