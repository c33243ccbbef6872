#include "ui/conversation/conversationheader.h"

#include "core/rules/servicewindow.h"
#include "ui/theme/tone.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace parley::ui {

ConversationHeader::ConversationHeader(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_window = new QLabel(this);
    m_window->setObjectName(QStringLiteral("windowState"));
    m_window->setWordWrap(true); // "Janela aberta: restam 23 h 59 min…" in a narrow chat
    // Resolving is about the conversation, so it sits in the conversation's header.
    m_resolve = new QPushButton(this);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        if (m_conversation.id != 0 && canSend(m_role))
            emit statusChangeRequested(m_conversation.status == ConversationStatus::Open
                                           ? ConversationStatus::Closed
                                           : ConversationStatus::Open);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_resolve);
    layout->addLayout(titleRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_window);
    m_clock = new QTimer(this);
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, &ConversationHeader::updateWindowState);
    m_clock->start();
    setConversation({});
}

void ConversationHeader::setRole(Role role)
{
    m_role = role;
    updateTexts();
    updateWindowState();
}

void ConversationHeader::setConversation(const Conversation &conversation)
{
    m_conversation = conversation;
    updateTexts();
    updateWindowState();
}

void ConversationHeader::updateTexts()
{
    const Conversation &c = m_conversation;
    m_title->setText(
        c.id ? (c.customerName.isEmpty() ? QStringLiteral("+") + c.customerNumber : c.customerName)
             : QString());
    m_resolve->setVisible(c.id != 0);
    m_resolve->setText(c.status == ConversationStatus::Open ? tr("Resolve") : tr("Reopen"));
    m_resolve->setEnabled(canSend(m_role));
    m_resolve->setToolTip(!canSend(m_role)
                              ? tr("You have view-only access: you can see this but not change it.")
                          : c.status == ConversationStatus::Open
                              ? tr("Done with this customer for now: close the conversation")
                              : tr("Open the conversation again"));
    m_subtitle->setText(c.id ? QStringLiteral("+%1 · %2")
                                   .arg(c.customerNumber, c.status == ConversationStatus::Open
                                                              ? tr("Open")
                                                              : tr("Closed"))
                             : QString());
}

void ConversationHeader::updateWindowState()
{
    if (m_conversation.id == 0) {
        m_window->clear();
        emit windowOpenChanged(false);
        return;
    }
    const ServiceWindow window =
        serviceWindowAt(m_conversation.lastInboundAt, QDateTime::currentMSecsSinceEpoch());
    if (window.open)
        m_window->setText(
            tr("Window open: %1 left to reply freely").arg(compactDuration(window.remainingMs)));
    else if (!window.customerEverWrote)
        m_window->setText(tr("The customer has not written yet: templates only"));
    else
        m_window->setText(
            tr("Window closed %1 ago: templates only").arg(compactDuration(window.closedForMs)));
    setTone(m_window, window.open ? Tone::Normal : Tone::Warning);
    emit windowOpenChanged(window.open);
}

} // namespace parley::ui
