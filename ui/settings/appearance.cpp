#include "ui/settings/appearance.h"

#include "ui/theme/palette.h"
#include "ui/theme/style.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>

namespace parley::ui {
namespace {

const QString appearanceKey = QStringLiteral("ui/appearance");

} // namespace

QString Appearance::stored()
{
    return QSettings().value(appearanceKey, QStringLiteral("system")).toString();
}

void Appearance::store(const QString &choice)
{
    QSettings().setValue(appearanceKey, choice);
}

void Appearance::apply()
{
    apply(stored());
}

void Appearance::apply(const QString &choice)
{
    // Fusion draws every control from the palette, so a chosen palette looks whole; ParleyStyle
    // gives its fields edges that can be seen (ui/theme/style.h).
    if (!qobject_cast<ParleyStyle *>(QApplication::style()))
        QApplication::setStyle(new ParleyStyle);
    bool dark = choice == QLatin1String("dark");
    if (choice == QLatin1String("system")) {
        // A palette with no roles set hands every role back to the desktop's theme, which says
        // light or dark; the colours are then Parley's own for that scheme, because a desktop
        // palette's selection and fields need not reach WCAG AA (Fusion's own does not).
        QApplication::setPalette(QPalette());
        dark = Palette::isDark(QApplication::palette());
    }
    QApplication::setPalette(Palette::forScheme(dark).toQPalette());
}

} // namespace parley::ui
