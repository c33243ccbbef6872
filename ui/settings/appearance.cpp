#include "ui/settings/appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace parley::ui {
namespace {

const QString appearanceKey = QStringLiteral("ui/appearance");

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x26);
    const QColor base(0x17, 0x1a, 0x1d);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor muted(0x8a, 0x91, 0x99);
    const QColor accent(0x25, 0xa8, 0x63);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x33));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5c, 0xb8, 0xff));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x44));
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x14));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x44));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

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
    if (choice == QLatin1String("system")) {
        // A palette with no roles set hands every role back to the desktop's theme.
        QApplication::setPalette(QPalette());
        return;
    }
    // Fusion draws every control from the palette, so a chosen palette looks whole.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        choice == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
}

} // namespace parley::ui
