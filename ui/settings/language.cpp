#include "ui/settings/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace parley::ui {
namespace {

const QString languageKey = QStringLiteral("ui/language");

// The translation file that serves a locale: an exact match first ("pt_BR"), then the language
// alone ("zh" → "zh_CN", "ja" → "ja").
QString codeFor(const QLocale &locale)
{
    const QStringList codes = Language::available();
    const QString name = locale.name();
    if (codes.contains(name))
        return name;
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    for (const QString &code : codes) {
        if (code.section(QLatin1Char('_'), 0, 0) == language)
            return code;
    }
    return QStringLiteral("en");
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("pt_BR"), QStringLiteral("zh_CN"),
            QStringLiteral("ja")};
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return QStringLiteral("English");
}

QString Language::stored()
{
    return QSettings().value(languageKey).toString();
}

void Language::store(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QLocale Language::effectiveLocale()
{
    const QString code = stored();
    if (code.isEmpty() || !available().contains(code))
        return QLocale::system();
    return localeOf(code);
}

QLocale Language::localeOf(const QString &code)
{
    return QLocale(code == QLatin1String("en") ? QStringLiteral("en_US") : code);
}

QString Language::install()
{
    const QLocale locale = effectiveLocale();
    QLocale::setDefault(locale);
    const QString code = codeFor(locale);
    auto *parley = new QTranslator(QCoreApplication::instance());
    if (parley->load(QStringLiteral(":/i18n/parley_") + code))
        QCoreApplication::installTranslator(parley);
    // English's file holds only its plural forms ("1 ticket", "5 tickets"); Qt's own English
    // words need no translation.
    if (code == QLatin1String("en"))
        return code;
    // Qt's own strings (dialog buttons, context menus) from the system's Qt translations.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return parley->isEmpty() ? QStringLiteral("en") : code;
}

} // namespace parley::ui
