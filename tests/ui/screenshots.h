#pragma once

// The widget tests that also take docs/screenshots' pictures (scripts/screenshots.sh): with
// PARLEY_SCREENSHOT_DIR set, a test saves what it shows as <dir>/<name>-<lang>.png, in the
// language PARLEY_SCREENSHOT_LANG names (en by default; the app's own translations and locale,
// as Language::install() sets them in the app).

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include "ui/settings/language.h"

namespace parley::testing {

inline QString screenshotLanguage()
{
    return qEnvironmentVariable("PARLEY_SCREENSHOT_LANG", QStringLiteral("en"));
}

// Qt's own words (Close, Cancel, …) in `lang`, as Language::install() loads them in the app.
inline void installQtWords(QTranslator *qt, const QString &lang)
{
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

// Installs the screenshot language's translations and, when PARLEY_SCREENSHOT_LANG names one,
// makes its locale the default (dates, numbers, weekday names) as the app does; false when the
// translations cannot be loaded. Without it the tests keep the system's locale.
inline bool installScreenshotLanguage(QTranslator *translator)
{
    const QString lang = screenshotLanguage();
    if (qEnvironmentVariableIsSet("PARLEY_SCREENSHOT_LANG"))
        QLocale::setDefault(ui::Language::localeOf(lang));
    if (lang == QLatin1String("en"))
        return true;
    if (!translator->load(QStringLiteral(":/i18n/parley_%1.qm").arg(lang)))
        return false;
    QCoreApplication::installTranslator(translator);
    static QTranslator qt;
    installQtWords(&qt, lang);
    return true;
}

// True when no picture is asked for, or `widget` was shown and saved as `name` in `lang`.
inline bool saveScreenshot(QWidget *widget, const QString &name,
                           const QString &lang = screenshotLanguage())
{
    const QString dir = qEnvironmentVariable("PARLEY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        return false;
    QTest::qWait(200); // queued layouts and repaints
    return widget->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, lang)));
}

} // namespace parley::testing
