#include "ui/admin/channeleditor.h"

#include "core/rules/channelrules.h"
#include "ui/admin/channelroutingbox.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

QString newVerifyToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ChannelEditor::ChannelEditor(HubClient *hub, const QList<Channel> &existing, int departmentCount,
                             const Channel &editing, QWidget *parent)
    : QDialog(parent), m_hub(hub), m_channels(HubApi(hub)), m_people(HubApi(hub)),
      m_existing(existing), m_departmentCount(departmentCount), m_editing(editing),
      m_error(new QLabel(this))
{
    setWindowTitle(isNew() ? tr("Connect a WhatsApp number") : tr("Channel %1").arg(editing.name));
    m_icon = new QToolButton(this);
    m_icon->setObjectName(QStringLiteral("channelIcon"));
    m_icon->setText(tr("Choose icon…"));
    m_icon->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_icon->setIconSize(QSize(48, 48));
    m_name = new QLineEdit(editing.name, this);
    m_name->setObjectName(QStringLiteral("channelName"));
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("channelNumber"));
    m_number->setPlaceholderText(tr("+55 11 91234 5678"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("channelDepartment"));
    m_error->setObjectName(QStringLiteral("channelError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto *identity = new QFormLayout;
    identity->addRow(tr("Icon (.jpg or .png, at most 1 MB):"), m_icon);
    identity->addRow(tr("Name:"), m_name);
    if (isNew())
        identity->addRow(tr("WhatsApp number:"), m_number);
    else
        identity->addRow(tr("WhatsApp number:"), new QLabel(u'+' + editing.displayNumber, this));
    identity->addRow(tr("Department:"), m_department);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveChannel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identity);
    if (isNew()) {
        layout->addWidget(credentialsBox());
        layout->addWidget(webhookBox());
    }
    layout->addWidget(preferencesBox());
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_icon, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Channel icon"), QString(),
                                                          tr("Images (*.jpg *.jpeg *.png)"));
        if (!path.isEmpty())
            setIconFile(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ChannelEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_people.isConnected()) {
        m_people.departments([this, self = QPointer(this)](const HubResult<QStringList> &names) {
            if (!self)
                return;
            const QStringList departments = names.ok() ? *names : QStringList();
            for (const QString &name : departments)
                m_department->addItem(name, name);
            m_departmentCount = qMax(m_departmentCount, int(departments.size()));
            m_department->setCurrentIndex(qMax(0, m_department->findData(m_editing.department)));
            emit departmentsLoaded();
        });
    }
    m_routing->load(editing.id);
    connect(m_routing, &ChannelRoutingBox::failed, this, &ChannelEditor::showError);
}

QWidget *ChannelEditor::credentialsBox()
{
    auto *box = new QGroupBox(tr("WhatsApp Cloud API"), this);
    m_wabaId = new QLineEdit(box);
    m_wabaId->setObjectName(QStringLiteral("wabaId"));
    m_phoneNumberId = new QLineEdit(box);
    m_phoneNumberId->setObjectName(QStringLiteral("phoneNumberId"));
    m_accessToken = new QLineEdit(box);
    m_accessToken->setObjectName(QStringLiteral("accessToken"));
    m_accessToken->setEchoMode(QLineEdit::Password);
    m_appSecret = new QLineEdit(box);
    m_appSecret->setObjectName(QStringLiteral("appSecret"));
    m_appSecret->setEchoMode(QLineEdit::Password);
    m_graphUrl = new QLineEdit(QStringLiteral("https://graph.facebook.com/v23.0"), box);
    m_graphUrl->setObjectName(QStringLiteral("graphUrl"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("WhatsApp Business Account id:"), m_wabaId);
    form->addRow(tr("Phone number id:"), m_phoneNumberId);
    form->addRow(tr("Access token:"), m_accessToken);
    form->addRow(tr("App secret:"), m_appSecret);
    form->addRow(tr("Graph API address:"), m_graphUrl);
    // R1.10: a number not yet on the Cloud API starts "pending verification" and is registered
    // from the channel list (code by SMS or call, then a PIN).
    m_needsRegistration =
        new QCheckBox(tr("This number still has to be registered on WhatsApp"), box);
    m_needsRegistration->setObjectName(QStringLiteral("needsRegistration"));
    form->addRow(m_needsRegistration);
    return box;
}

QWidget *ChannelEditor::webhookBox()
{
    auto *box = new QGroupBox(tr("Webhook: paste these into Meta's app dashboard"), this);
    m_webhookUrl = new QLineEdit(webhookUrl(), box);
    m_webhookUrl->setObjectName(QStringLiteral("webhookUrl"));
    m_webhookUrl->setReadOnly(true);
    m_verifyToken = new QLineEdit(newVerifyToken(), box);
    m_verifyToken->setObjectName(QStringLiteral("verifyToken"));
    auto *form = new QFormLayout(box);
    auto *url = new QHBoxLayout;
    url->addWidget(m_webhookUrl);
    url->addWidget(copyButton(m_webhookUrl, "copyWebhookUrl"));
    auto *token = new QHBoxLayout;
    token->addWidget(m_verifyToken);
    token->addWidget(copyButton(m_verifyToken, "copyVerifyToken"));
    form->addRow(tr("Callback URL:"), url);
    form->addRow(tr("Verify token:"), token);
    return box;
}

QWidget *ChannelEditor::preferencesBox()
{
    auto *box = new QGroupBox(tr("Preferences"), this);
    m_newCustomers = new QComboBox(box);
    m_newCustomers->setObjectName(QStringLiteral("newCustomersAs"));
    m_newCustomers->addItem(tr("Leads"), QStringLiteral("leads"));
    m_newCustomers->addItem(tr("Contacts"), QStringLiteral("contacts"));
    m_newCustomers->setCurrentIndex(m_editing.newCustomersAs == NewCustomerModule::Contacts);
    m_autoClose = new QSpinBox(box);
    m_autoClose->setObjectName(QStringLiteral("autoCloseMinutes"));
    m_autoClose->setRange(0, 60 * 24 * 365);
    m_autoClose->setSpecialValueText(tr("Never"));
    m_autoClose->setSuffix(tr(" min"));
    m_autoClose->setValue(int(m_editing.autoCloseAfterMinutes));
    m_routing = new ChannelRoutingBox(m_hub, box);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Add new customers as:"), m_newCustomers);
    form->addRow(tr("Close unanswered chats after:"), m_autoClose);
    form->addRow(m_routing);
    return box;
}

QToolButton *ChannelEditor::copyButton(QLineEdit *source, const char *name)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QLatin1String(name));
    button->setText(tr("Copy"));
    connect(button, &QToolButton::clicked, this,
            [source] { QGuiApplication::clipboard()->setText(source->text()); });
    return button;
}

QString ChannelEditor::webhookUrl() const
{
    QString hub = m_channels.hubUrl().toString();
    while (hub.endsWith(u'/'))
        hub.chop(1);
    return hub + QStringLiteral("/webhooks/whatsapp");
}

QString ChannelEditor::verifyToken() const
{
    return m_verifyToken ? m_verifyToken->text() : QString();
}

bool ChannelEditor::setIconFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("%1 cannot be read.").arg(name));
        return false;
    }
    const QByteArray head = file.peek(64);
    const RuleErrors errors = checkChannelIcon({name, file.size(), head});
    if (!errors.isEmpty()) {
        showError(errors.first().message());
        return false;
    }
    m_iconName = name;
    m_iconData = file.readAll();
    QPixmap pixmap;
    pixmap.loadFromData(m_iconData);
    m_icon->setIcon(QIcon(pixmap));
    m_icon->setText(name);
    m_error->hide();
    return true;
}

QString ChannelEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

ChannelSettings ChannelEditor::settings() const
{
    ChannelSettings settings{m_name->text(), m_department->currentData().toString(),
                             m_newCustomers->currentData().toString(), m_autoClose->value(),
                             std::nullopt};
    if (isNew())
        settings.credentials = ChannelCredentials{m_number->text(),
                                                  m_wabaId->text(),
                                                  m_phoneNumberId->text(),
                                                  m_accessToken->text(),
                                                  m_appSecret->text(),
                                                  m_verifyToken->text(),
                                                  m_graphUrl->text().trimmed(),
                                                  m_needsRegistration->isChecked()};
    return settings;
}

void ChannelEditor::save()
{
    if (!m_channels.isConnected() || !m_routing->isLoaded())
        return;
    if (isNew()) {
        ChannelSetup setup;
        setup.name = m_name->text();
        setup.department = m_department->currentData().toString();
        setup.displayNumber = m_number->text();
        setup.wabaId = m_wabaId->text();
        setup.phoneNumberId = m_phoneNumberId->text();
        setup.accessToken = m_accessToken->text();
        setup.appSecret = m_appSecret->text();
        setup.verifyToken = m_verifyToken->text();
        const RuleErrors errors = checkChannelSetup(setup, m_existing, m_departmentCount);
        if (!errors.isEmpty()) {
            showError(errors.first().message());
            return;
        }
    }
    if (const QString problem = m_routing->problem(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    m_save->setEnabled(false);
    m_channels.save(isNew() ? 0 : m_editing.id, settings(),
                    [this, self = QPointer(this)](const HubResult<Channel> &channel) {
                        if (!self)
                            return;
                        if (!channel.ok())
                            return fail(channel.error());
                        // A retry after a later step failed edits what was created.
                        m_editing = *channel;
                        saveRouting(*channel);
                    });
}

void ChannelEditor::saveRouting(const Channel &channel)
{
    m_channels.setRouting(channel.id, m_routing->routing(),
                          [this, self = QPointer(this), channel](const HubResult<Done> &saved) {
                              if (!self)
                                  return;
                              if (!saved.ok())
                                  return fail(saved.error());
                              saveIcon(channel);
                          });
}

void ChannelEditor::saveIcon(const Channel &channel)
{
    if (m_iconData.isEmpty())
        return finish(channel);
    m_channels.setIcon(channel.id, ChannelIconUpload{m_iconName, m_iconData},
                       [this, self = QPointer(this), channel](const HubResult<Done> &saved) {
                           if (!self)
                               return;
                           if (!saved.ok())
                               return fail(saved.error());
                           finish(channel);
                       });
}

void ChannelEditor::finish(const Channel &channel)
{
    emit saved(channel);
    accept();
}

void ChannelEditor::fail(const HubError &error)
{
    m_save->setEnabled(true);
    showError(error.text());
}

void ChannelEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace parley::ui
