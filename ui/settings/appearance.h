#pragma once

#include <QString>

namespace parley::ui {

// Light or dark: Parley follows the desktop's palette unless the agent chose one in Settings
// ("ui/appearance": "system", "light" or "dark"). Painted rows and bubbles read
// QPalette::Window's lightness, so they follow whichever palette is in force.
class Appearance {
public:
    static QString stored();
    static void store(const QString &choice);
    // Applies the stored choice to the running app.
    static void apply();
    static void apply(const QString &choice);
};

} // namespace parley::ui
