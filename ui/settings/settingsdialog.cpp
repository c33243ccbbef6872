#include "ui/settings/settingsdialog.h"

#include "ui/main/autostart.h"
#include "ui/settings/appearance.h"
#include "ui/settings/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace parley::ui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_languageAtStart = Language::stored();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_languageAtStart)));

    m_appearance = new QComboBox(this);
    m_appearance->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(Appearance::stored())));

    m_notifications = new QCheckBox(tr("Show a desktop notification for new messages"), this);
    m_notifications->setChecked(
        QSettings().value(QStringLiteral("notifications/enabled"), true).toBool());
    m_autostart = new QCheckBox(tr("Start Parley when I log in"), this);
    m_autostart->setChecked(Autostart().isEnabled());

    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->hide();

    auto *form = m_form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Appearance:"), m_appearance);
    form->addRow(QString(), m_notifications);
    form->addRow(QString(), m_autostart);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *restart = buttons->addButton(tr("Restart now"), QDialogButtonBox::ActionRole);
    restart->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restart, &QPushButton::clicked, this, [this] {
        emit restartRequested();
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this, restart] {
        languageChosen();
        restart->setVisible(m_language->currentData().toString() != m_languageAtStart);
    });
    connect(m_appearance, &QComboBox::currentIndexChanged, this, &SettingsDialog::appearanceChosen);
    connect(m_notifications, &QCheckBox::toggled, this, [this](bool enabled) {
        QSettings().setValue(QStringLiteral("notifications/enabled"), enabled);
        emit notificationsToggled(enabled);
    });
    connect(m_autostart, &QCheckBox::toggled, this, &SettingsDialog::autostartToggled);
}

void SettingsDialog::addNotificationChoice(QWidget *choice)
{
    int row = m_form->rowCount();
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(m_notifications, &row, &role);
    m_form->insertRow(row + 1, tr("Notify me about:"), choice);
}

void SettingsDialog::languageChosen()
{
    const QString code = m_language->currentData().toString();
    Language::store(code);
    const bool changed = code != m_languageAtStart;
    m_notice->setVisible(changed);
    m_notice->setText(tr("Parley will use the new language after a restart."));
}

void SettingsDialog::appearanceChosen()
{
    const QString choice = m_appearance->currentData().toString();
    Appearance::store(choice);
    Appearance::apply(choice);
}

void SettingsDialog::autostartToggled(bool enabled)
{
    QString error;
    if (Autostart().setEnabled(enabled, &error))
        return;
    QSignalBlocker keep(m_autostart);
    m_autostart->setChecked(!enabled);
    m_notice->setText(error);
    m_notice->show();
}

} // namespace parley::ui
