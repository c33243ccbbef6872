#include "ui/admin/channelprofiledialog.h"

#include "core/rules/profilerules.h"
#include "core/rules/templaterules.h"
#include "ui/theme/tone.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace parley::ui {
namespace {

// Meta's vertical codes in words, in businessVerticals() order.
QStringList verticalNames()
{
    return {ChannelProfileDialog::tr("Not set"),
            ChannelProfileDialog::tr("Other"),
            ChannelProfileDialog::tr("Automotive"),
            ChannelProfileDialog::tr("Beauty, spa and salon"),
            ChannelProfileDialog::tr("Clothing and apparel"),
            ChannelProfileDialog::tr("Education"),
            ChannelProfileDialog::tr("Entertainment"),
            ChannelProfileDialog::tr("Event planning and service"),
            ChannelProfileDialog::tr("Finance and banking"),
            ChannelProfileDialog::tr("Food and grocery"),
            ChannelProfileDialog::tr("Public service"),
            ChannelProfileDialog::tr("Hotel and lodging"),
            ChannelProfileDialog::tr("Medical and health"),
            ChannelProfileDialog::tr("Non-profit"),
            ChannelProfileDialog::tr("Professional services"),
            ChannelProfileDialog::tr("Shopping and retail"),
            ChannelProfileDialog::tr("Travel and transportation"),
            ChannelProfileDialog::tr("Restaurant"),
            ChannelProfileDialog::tr("Not a business")};
}

} // namespace

ChannelProfileDialog::ChannelProfileDialog(HubClient *hub, const Channel &channel, QWidget *parent)
    : QDialog(parent), m_channels(HubApi(hub)), m_channel(channel), m_about(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_address(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_website1(new QLineEdit(this)),
      m_website2(new QLineEdit(this)), m_vertical(new QComboBox(this)),
      m_aboutCount(new QLabel(this)), m_descriptionCount(new QLabel(this)),
      m_addressCount(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Business profile of %1").arg(channel.name));
    const QStringList names = verticalNames();
    for (int i = 0; i < businessVerticals().size(); ++i)
        m_vertical->addItem(names.value(i), businessVerticals().at(i));
    m_email->setMaxLength(maxProfileEmailLength);
    m_website1->setPlaceholderText(QStringLiteral("https://"));
    m_website2->setPlaceholderText(QStringLiteral("https://"));

    auto *name = new QLabel(tr("%1 — the name customers see is changed in WhatsApp Manager and "
                               "takes effect only after Meta reviews it.")
                                .arg(channel.displayNumber),
                            this);
    name->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Display name:"), name);
    form->addRow(tr("About:"), m_about);
    form->addRow(QString(), m_aboutCount);
    form->addRow(tr("Category:"), m_vertical);
    form->addRow(tr("Description:"), m_description);
    form->addRow(QString(), m_descriptionCount);
    form->addRow(tr("Address:"), m_address);
    form->addRow(QString(), m_addressCount);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Website:"), m_website1);
    form->addRow(tr("Second website:"), m_website2);
    m_error->setWordWrap(true);
    setTone(m_error, Tone::Error);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_about, m_address, m_email, m_website1, m_website2})
        connect(edit, &QLineEdit::textChanged, this, &ChannelProfileDialog::updateCounters);
    connect(m_description, &QPlainTextEdit::textChanged, this,
            &ChannelProfileDialog::updateCounters);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChannelProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCounters();
    load();
}

QPushButton *ChannelProfileDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QString ChannelProfileDialog::errorText() const
{
    return m_error->text();
}

void ChannelProfileDialog::load()
{
    if (!m_channels.isConnected())
        return;
    m_loaded = false;
    updateCounters();
    m_channels.profile(m_channel.id, [this, self = QPointer(this)](
                                         const HubResult<whatsapp::BusinessProfile> &profile) {
        if (!self)
            return;
        if (!profile.ok())
            return showError(profile.error().text());
        show(*profile);
        emit loaded();
    });
}

void ChannelProfileDialog::show(const whatsapp::BusinessProfile &profile)
{
    m_about->setText(profile.about);
    m_description->setPlainText(profile.description);
    m_address->setText(profile.address);
    m_email->setText(profile.email);
    m_website1->setText(profile.websites.value(0));
    m_website2->setText(profile.websites.value(1));
    const int vertical = m_vertical->findData(profile.vertical);
    m_vertical->setCurrentIndex(qMax(0, vertical)); // "" reads as UNDEFINED, "Not set"
    m_loaded = true;
    m_error->clear();
    updateCounters();
}

whatsapp::BusinessProfile ChannelProfileDialog::profile() const
{
    whatsapp::BusinessProfile profile;
    profile.about = m_about->text();
    profile.description = m_description->toPlainText();
    profile.address = m_address->text();
    profile.email = m_email->text().trimmed();
    profile.vertical = m_vertical->currentData().toString();
    for (QLineEdit *edit : {m_website1, m_website2}) {
        if (!edit->text().trimmed().isEmpty())
            profile.websites.append(edit->text().trimmed());
    }
    return profile;
}

void ChannelProfileDialog::updateCounters()
{
    const auto count = [](QLabel *label, const QString &text, int max) {
        const int length = codePointCount(text);
        label->setText(tr("%1 of %2 characters").arg(length).arg(max));
        setTone(label, length > max ? Tone::Error : Tone::Normal);
    };
    count(m_aboutCount, m_about->text(), maxProfileAboutLength);
    count(m_descriptionCount, m_description->toPlainText(), maxProfileDescriptionLength);
    count(m_addressCount, m_address->text(), maxProfileAddressLength);

    const RuleErrors errors = checkBusinessProfile(profile());
    saveButton()->setEnabled(m_loaded && errors.isEmpty());
    saveButton()->setToolTip(errors.isEmpty() ? QString() : errors.first().message());
}

void ChannelProfileDialog::save()
{
    if (!m_channels.isConnected() || !saveButton()->isEnabled())
        return;
    saveButton()->setEnabled(false);
    m_channels.setProfile(m_channel.id, profile(),
                          [this, self = QPointer(this)](const HubResult<Done> &stored) {
                              if (!self)
                                  return;
                              updateCounters();
                              if (!stored.ok())
                                  return showError(stored.error().text());
                              emit saved();
                              accept();
                          });
}

void ChannelProfileDialog::showError(const QString &message)
{
    m_error->setText(message);
    emit failed(message);
}

} // namespace parley::ui
