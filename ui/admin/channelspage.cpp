#include "ui/admin/channelspage.h"

#include "core/mirror/adminreads.h"
#include "ui/admin/channeleditor.h"
#include "ui/admin/channelprofiledialog.h"
#include "ui/admin/channelreceiptbox.h"
#include "ui/admin/channelregistrationdialog.h"
#include "ui/admin/creditformat.h"
#include "ui/theme/tone.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parley::ui {

ChannelsPage::ChannelsPage(AdminMirror mirror, HubClient *hub, QWidget *parent)
    : QWidget(parent), m_mirror(mirror), m_hub(hub), m_channelsApi(HubApi(hub)),
      m_people(HubApi(hub)), m_table(new QTableWidget(this)),
      m_add(new QPushButton(tr("Connect a number…"), this)),
      m_edit(new QPushButton(tr("Preferences…"), this)),
      m_profile(new QPushButton(tr("Business profile…"), this)),
      m_toggle(new QPushButton(tr("Deactivate…"), this)),
      m_disconnect(new QPushButton(tr("Disconnect…"), this)),
      m_register(new QPushButton(tr("Register number…"), this)),
      m_renewToken(new QPushButton(tr("New access token…"), this)), m_attention(new QLabel(this)),
      m_error(new QLabel(this)), m_receipts(new ChannelReceiptBox(hub, this))
{
    m_register->setObjectName(QStringLiteral("registerChannel"));
    m_renewToken->setObjectName(QStringLiteral("renewToken"));
    m_attention->setObjectName(QStringLiteral("channelAttention"));
    m_attention->setWordWrap(true);
    m_attention->setTextFormat(Qt::PlainText);
    setTone(m_attention, Tone::Warning);
    m_attention->hide();
    m_table->setObjectName(QStringLiteral("channelTable"));
    m_table->setAccessibleName(tr("WhatsApp numbers"));
    m_add->setObjectName(QStringLiteral("addChannel"));
    m_edit->setObjectName(QStringLiteral("editChannel"));
    m_toggle->setObjectName(QStringLiteral("toggleChannel"));
    m_disconnect->setObjectName(QStringLiteral("disconnectChannel"));
    m_error->setObjectName(QStringLiteral("channelsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Channel"), tr("Number"), tr("Department"), tr("Status"),
                                        tr("New customers as"), tr("Auto-close")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setIconSize(QSize(24, 24));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button :
         {m_add, m_edit, m_profile, m_register, m_renewToken, m_toggle, m_disconnect})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    layout->addWidget(m_receipts);
    layout->addWidget(m_attention);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &ChannelsPage::addChannel);
    connect(m_edit, &QPushButton::clicked, this, &ChannelsPage::editCurrent);
    connect(m_profile, &QPushButton::clicked, this, &ChannelsPage::profileOfCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &ChannelsPage::toggleActiveCurrent);
    connect(m_disconnect, &QPushButton::clicked, this, &ChannelsPage::disconnectCurrent);
    connect(m_register, &QPushButton::clicked, this, &ChannelsPage::registerCurrent);
    connect(m_renewToken, &QPushButton::clicked, this, &ChannelsPage::renewTokenOfCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ChannelsPage::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ChannelsPage::editCurrent);
    reload();
    refresh();
}

void ChannelsPage::reload()
{
    const AnswerOrder::Question question = m_order.askMirror();
    m_mirror.read<QList<Channel>>(this, readAdminChannels,
                                  [this, question](const QList<Channel> &mirrored) {
                                      if (m_order.mirrorMayShow(question) && !mirrored.isEmpty())
                                          show(mirrored);
                                  });
}

void ChannelsPage::refresh()
{
    if (!m_channelsApi.isConnected())
        return;
    m_channelsApi.list([this, self = QPointer(this)](const HubResult<QList<Channel>> &channels) {
        if (!self)
            return;
        if (!channels.ok())
            return showError(channels.error().text());
        m_order.hubShown();
        show(*channels);
        for (const Channel &channel : *channels)
            fetchIcon(channel.id);
    });
    m_people.departments([this, self = QPointer(this)](const HubResult<QStringList> &names) {
        if (self && names.ok())
            m_departmentCount = int(names->size());
    });
}

void ChannelsPage::show(const QList<Channel> &channels)
{
    const std::optional<Channel> selected = currentChannel();
    m_channels = channels;
    m_table->setRowCount(int(channels.size()));
    for (int row = 0; row < channels.size(); ++row)
        fillRow(row, channels.at(row));
    if (selected)
        selectChannel(selected->id);
    updateButtons();
    emit channelsShown();
}

void ChannelsPage::upsert(const Channel &channel)
{
    m_order.hubShown(); // a command's reply: the hub's word on this channel
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).id == channel.id) {
            m_channels[row] = channel;
            fillRow(row, channel);
            updateButtons();
            return;
        }
    }
    m_channels.append(channel);
    m_table->insertRow(m_table->rowCount());
    fillRow(m_table->rowCount() - 1, channel);
    updateButtons();
}

void ChannelsPage::fillRow(int row, const Channel &channel)
{
    const QString autoClose =
        channel.autoCloseAfterMinutes == 0
            ? tr("Never")
            : tr("after %1 min").arg(QLocale().toString(channel.autoCloseAfterMinutes));
    const QStringList cells = {
        channel.name,
        u'+' + channel.displayNumber,
        channel.department,
        channelStatusText(channel.status),
        channel.newCustomersAs == NewCustomerModule::Contacts ? tr("Contacts") : tr("Leads"),
        autoClose};
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, channel.id);
        if (column == 0)
            item->setIcon(m_icons.value(channel.id));
        m_table->setItem(row, column, item);
    }
}

void ChannelsPage::fetchIcon(Id channelId)
{
    if (!m_channelsApi.isConnected())
        return;
    m_channelsApi.icon(
        channelId, [this, self = QPointer(this), channelId](const HubResult<QByteArray> &image) {
            QPixmap pixmap;
            if (!self || !image.ok() || !pixmap.loadFromData(*image))
                return; // no icon: the default look
            m_icons.insert(channelId, QIcon(pixmap));
            for (int row = 0; row < m_channels.size(); ++row) {
                if (m_channels.at(row).id == channelId)
                    m_table->item(row, 0)->setIcon(m_icons.value(channelId));
            }
        });
}

std::optional<Channel> ChannelsPage::currentChannel() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_channels.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_channels.at(row);
}

void ChannelsPage::selectChannel(Id id)
{
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).id == id)
            m_table->selectRow(row);
    }
}

void ChannelsPage::updateButtons()
{
    const std::optional<Channel> channel = currentChannel();
    const bool connectable = channel && channel->status != ChannelStatus::Disconnected;
    m_edit->setEnabled(channel.has_value());
    // The profile is read with the channel's token, which a disconnected channel no longer has.
    m_profile->setEnabled(connectable);
    m_toggle->setEnabled(connectable);
    m_toggle->setText(channel && channel->status == ChannelStatus::Deactivated ? tr("Activate…")
                                                                               : tr("Deactivate…"));
    m_disconnect->setEnabled(connectable);
    if (const Id id = channel ? channel->id : 0; id != m_receipts->channel())
        m_receipts->setChannel(id);
    const ChannelStatus status = channel ? channel->status : ChannelStatus::Connected;
    m_register->setVisible(status == ChannelStatus::PendingVerification);
    m_renewToken->setVisible(status == ChannelStatus::NeedsAttention);
    // R1.3: a state that needs an admin says what to do.
    QString todo;
    if (status == ChannelStatus::PendingVerification)
        todo = tr("This number is not registered on WhatsApp yet: nothing can be sent or received "
                  "until it is. Choose “Register number…” to get a code by text message or call.");
    else if (status == ChannelStatus::NeedsAttention)
        todo = tr("WhatsApp refused this channel's access token: it expired or was revoked. "
                  "Messages wait until it has a new one. Create a new token for the system user "
                  "in Meta Business Settings and paste it under “New access token…”.");
    m_attention->setText(todo);
    m_attention->setVisible(!todo.isEmpty());
}

QString ChannelsPage::attentionText() const
{
    return m_attention->isVisible() ? m_attention->text() : QString();
}

ChannelEditor *ChannelsPage::addChannel()
{
    auto *editor = new ChannelEditor(m_hub, m_channels, m_departmentCount, {}, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ChannelEditor::saved, this, [this](const Channel &channel) {
        upsert(channel);
        selectChannel(channel.id);
        fetchIcon(channel.id);
    });
    editor->open();
    return editor;
}

ChannelEditor *ChannelsPage::editCurrent()
{
    const std::optional<Channel> channel = currentChannel();
    if (!channel)
        return nullptr;
    auto *editor = new ChannelEditor(m_hub, m_channels, m_departmentCount, *channel, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ChannelEditor::saved, this, [this](const Channel &saved) {
        upsert(saved);
        fetchIcon(saved.id);
    });
    editor->open();
    return editor;
}

ChannelProfileDialog *ChannelsPage::profileOfCurrent()
{
    const std::optional<Channel> channel = currentChannel();
    if (!channel || channel->status == ChannelStatus::Disconnected)
        return nullptr;
    auto *dialog = new ChannelProfileDialog(m_hub, *channel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ChannelsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace parley::ui
