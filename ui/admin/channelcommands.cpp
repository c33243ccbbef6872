// ChannelsPage's commands on the chosen channel (R1.3–R1.5, R1.10): each asks first and acts
// when confirmed, then shows the hub's answer in the list. The list itself, its buttons and the
// editors are in channelspage.cpp.
#include "ui/admin/channelspage.h"

#include "ui/admin/channelregistrationdialog.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace parley::ui {

ChannelRegistrationDialog *ChannelsPage::registerCurrent()
{
    const std::optional<Channel> channel = currentChannel();
    if (!channel || channel->status != ChannelStatus::PendingVerification)
        return nullptr;
    auto *dialog = new ChannelRegistrationDialog(m_hub, *channel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChannelRegistrationDialog::registered, this,
            [this](const Channel &registered) { upsert(registered); });
    dialog->open();
    return dialog;
}

QInputDialog *ChannelsPage::renewTokenOfCurrent()
{
    const std::optional<Channel> channel = currentChannel();
    if (!channel || channel->status != ChannelStatus::NeedsAttention)
        return nullptr;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("renewTokenDialog"));
    dialog->setWindowTitle(tr("New access token for %1").arg(channel->name));
    dialog->setLabelText(tr("Access token (WhatsApp checks it before it is kept):"));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Id channelId = channel->id;
    connect(
        dialog, &QInputDialog::textValueSelected, this, [this, channelId](const QString &token) {
            if (!m_channelsApi.isConnected())
                return;
            m_channelsApi.renewToken(
                channelId, token, [this, self = QPointer(this)](const HubResult<Channel> &renewed) {
                    if (!self)
                        return;
                    if (renewed.ok()) {
                        m_error->hide();
                        upsert(*renewed);
                    } else {
                        showError(renewed.error().text());
                    }
                    emit commandFinished(renewed.ok());
                });
        });
    dialog->open();
    return dialog;
}

QMessageBox *ChannelsPage::toggleActiveCurrent()
{
    const std::optional<Channel> channel = currentChannel();
    if (!channel || channel->status == ChannelStatus::Disconnected)
        return nullptr;
    const bool activate = channel->status == ChannelStatus::Deactivated;
    auto *question = new QMessageBox(
        QMessageBox::Question,
        activate ? tr("Activate %1").arg(channel->name) : tr("Deactivate %1").arg(channel->name),
        activate ? tr("Activate %1 (+%2)? It sends and receives messages again.")
                       .arg(channel->name, channel->displayNumber)
                 : tr("Deactivate %1 (+%2)? Agents can no longer send from it. Its "
                      "conversations stay as they are, and it can be activated again.")
                       .arg(channel->name, channel->displayNumber),
        QMessageBox::Cancel, this);
    QPushButton *yes =
        question->addButton(activate ? tr("Activate") : tr("Deactivate"), QMessageBox::AcceptRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const Channel target = *channel;
    connect(question, &QMessageBox::buttonClicked, this,
            [this, yes, target, activate](QAbstractButton *clicked) {
                if (clicked == yes)
                    command(target,
                            activate ? QStringLiteral("activate") : QStringLiteral("deactivate"));
            });
    question->open();
    return question;
}

QMessageBox *ChannelsPage::disconnectCurrent()
{
    const std::optional<Channel> channel = currentChannel();
    if (!channel || channel->status == ChannelStatus::Disconnected)
        return nullptr;
    auto *question = new QMessageBox(
        QMessageBox::Warning, tr("Disconnect %1").arg(channel->name),
        tr("Disconnect %1 (+%2) from WhatsApp?").arg(channel->name, channel->displayNumber),
        QMessageBox::Cancel, this);
    // The button keeps the sources' words (R1.5), so the dialog says plainly what they delete
    // and what they do not: a reader of "Yes, delete" fears for the conversations.
    question->setInformativeText(
        tr("“Yes, delete” deletes only this channel's access token: nothing can be sent or "
           "received on this number until it is connected again with a new token.") +
        QStringLiteral("\n\n") +
        tr("Nothing else is deleted: every conversation and message, the customers' records and "
           "the channel's settings stay, and connecting the number again brings the channel "
           "back with its history."));
    QPushButton *yes = question->addButton(tr("Yes, delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("yesDelete"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    const Channel target = *channel;
    connect(question, &QMessageBox::buttonClicked, this,
            [this, yes, target](QAbstractButton *clicked) {
                if (clicked == yes)
                    command(target, QStringLiteral("disconnect"));
            });
    question->open();
    return question;
}

void ChannelsPage::command(const Channel &channel, const QString &action)
{
    if (!m_channelsApi.isConnected())
        return;
    m_channelsApi.command(channel.id, action,
                          [this, self = QPointer(this)](const HubResult<Channel> &changed) {
                              if (!self)
                                  return;
                              if (changed.ok()) {
                                  m_error->hide();
                                  upsert(*changed);
                              } else {
                                  showError(changed.error().text());
                              }
                              emit commandFinished(changed.ok());
                          });
}

} // namespace parley::ui
