#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

namespace parley::ui {

// Settings (File ▸ Settings, Ctrl+,): language, light/dark, desktop notifications and starting
// at login. Everything is stored in QSettings at once; a new language needs a restart, which
// the dialog offers.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *appearanceBox() const { return m_appearance; }
    QCheckBox *notificationsBox() const { return m_notifications; }
    QCheckBox *autostartBox() const { return m_autostart; }
    // The window adds the agent's notification choice (kept on the hub) under the checkbox.
    void addNotificationChoice(QWidget *choice);

signals:
    void notificationsToggled(bool enabled);
    // The agent chose "Restart now" after picking another language.
    void restartRequested();

private:
    void languageChosen();
    void appearanceChosen();
    void autostartToggled(bool enabled);

    QComboBox *m_language = nullptr;
    QComboBox *m_appearance = nullptr;
    QCheckBox *m_notifications = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_notice = nullptr;
    QFormLayout *m_form = nullptr;
    QString m_languageAtStart;
};

} // namespace parley::ui
