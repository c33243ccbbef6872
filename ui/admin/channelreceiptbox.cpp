#include "ui/admin/channelreceiptbox.h"

#include "ui/theme/tone.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>

namespace parley::ui {

ChannelReceiptBox::ChannelReceiptBox(HubClient *hub, QWidget *parent)
    : QWidget(parent), m_api(HubApi(hub)), m_choice(new QComboBox(this)), m_error(new QLabel(this))
{
    auto *label = new QLabel(tr("Read receipts to the customer are sent when"), this);
    label->setBuddy(m_choice);
    m_choice->setObjectName(QStringLiteral("receiptRule"));
    m_choice->setAccessibleName(tr("Who sends read receipts"));
    m_choice->addItem(tr("the owner reads the conversation (anyone while it is unassigned)"),
                      int(ReadReceiptRule::Owner));
    m_choice->addItem(tr("any agent reads the conversation"), int(ReadReceiptRule::AnyAgent));
    m_choice->setEnabled(false);
    m_error->setObjectName(QStringLiteral("receiptError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTone(m_error, Tone::Error);
    m_error->hide();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_choice, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
    connect(m_choice, &QComboBox::activated, this, &ChannelReceiptBox::choose);
}

ReadReceiptRule ChannelReceiptBox::rule() const
{
    return ReadReceiptRule(m_choice->currentData().toInt());
}

void ChannelReceiptBox::showRule(ReadReceiptRule rule)
{
    m_choice->setCurrentIndex(qMax(0, m_choice->findData(int(rule))));
}

void ChannelReceiptBox::setChannel(Id channelId)
{
    m_channel = channelId;
    m_choice->setEnabled(false);
    m_error->hide();
    if (channelId == 0 || !m_api.isConnected())
        return;
    m_api.readReceipts(channelId, [this, self = QPointer(this),
                                   channelId](const HubResult<ReadReceiptRule> &reply) {
        if (!self || channelId != m_channel)
            return; // another channel was chosen meanwhile
        if (!reply.ok()) {
            m_error->setText(reply.error().text());
            m_error->show();
            return;
        }
        showRule(*reply);
        m_choice->setEnabled(true);
        emit loaded();
    });
}

void ChannelReceiptBox::choose(int index)
{
    if (m_channel == 0)
        return;
    const ReadReceiptRule wanted = ReadReceiptRule(m_choice->itemData(index).toInt());
    const Id channelId = m_channel;
    m_choice->setEnabled(false);
    m_api.setReadReceipts(
        channelId, wanted,
        [this, self = QPointer(this), channelId](const HubResult<ReadReceiptRule> &reply) {
            if (!self || channelId != m_channel)
                return;
            m_choice->setEnabled(true);
            if (!reply.ok()) {
                m_error->setText(reply.error().text());
                m_error->show();
                setChannel(channelId); // show what the hub still has
                emit saved(false);
                return;
            }
            m_error->hide();
            showRule(*reply);
            emit saved(true);
        });
}

} // namespace parley::ui
