#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace parley::ui {

// The languages Parley speaks (R: pt_BR, zh_CN, ja besides English) and the one in use. The
// choice is stored in QSettings under "ui/language"; empty means "follow the system".
class Language {
public:
    // Language codes in menu order; "en" first.
    static QStringList available();
    // The language's own name ("Português (Brasil)", "中文（简体）", "日本語").
    static QString nativeName(const QString &code);

    static QString stored();
    static void store(const QString &code);

    // The locale the app uses: the stored language, or the system's when none is stored. Dates,
    // numbers and money follow it through QLocale().
    static QLocale effectiveLocale();
    // The locale a language code stands for ("en" is en_US): what effectiveLocale() gives when
    // `code` is stored.
    static QLocale localeOf(const QString &code);

    // Sets QLocale's default and installs Parley's and Qt's own translators on the app. Call once
    // after QApplication exists and before any window is built; returns the language loaded
    // ("en" when no translation matched).
    static QString install();
};

} // namespace parley::ui
