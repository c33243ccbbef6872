#pragma once

#include <QString>

namespace parley::ui {

// "Start Parley when I log in": an XDG autostart entry (the Desktop Application Autostart
// Specification) in the user's config folder, ~/.config/autostart/io.parley.Parley.desktop.
class Autostart {
public:
    // program: what the entry starts; by default this very executable.
    explicit Autostart(const QString &program = QString());

    QString entryPath() const;
    // True when the entry exists and the desktop has not switched it off (Hidden=true, or
    // GNOME's X-GNOME-Autostart-enabled=false, as session settings tools write).
    bool isEnabled() const;
    // Writes or removes the entry; on failure returns false and says why in *error (translated).
    bool setEnabled(bool enabled, QString *error);

private:
    QString entryText() const;

    QString m_program;
};

} // namespace parley::ui
