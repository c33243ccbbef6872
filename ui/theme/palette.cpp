#include "ui/theme/palette.h"

#include <QGuiApplication>
#include <QtMath>

#include <array>

namespace parley::ui {
namespace {

Palette makeLight()
{
    Palette p;
    p.dark = false;
    p.window = QColor(0xef, 0xef, 0xef);
    p.windowText = QColor(0x1b, 0x1b, 0x1b);
    p.base = QColor(0xff, 0xff, 0xff);
    p.alternateBase = QColor(0xf5, 0xf5, 0xf5);
    p.text = QColor(0x1b, 0x1b, 0x1b);
    p.button = QColor(0xe8, 0xe8, 0xe8);
    p.buttonText = QColor(0x1b, 0x1b, 0x1b);
    p.muted = QColor(0x5f, 0x63, 0x68);
    p.highlight = QColor(0x0b, 0x57, 0xd0);
    p.highlightedText = QColor(0xff, 0xff, 0xff);
    p.link = QColor(0x0b, 0x57, 0xd0);
    p.fieldEdge = QColor(0x76, 0x76, 0x76);
    p.success = QColor(0x14, 0x6c, 0x2e);
    p.warning = QColor(0x8a, 0x53, 0x00);
    p.error = QColor(0xb3, 0x26, 0x1e);
    p.unreadBadge = QColor(0x0a, 0x7d, 0x3c); // WhatsApp's green, deep enough for white digits
    p.unreadBadgeText = QColor(0xff, 0xff, 0xff);
    p.backdrop = QColor(0xef, 0xea, 0xe2);
    p.dayLine = QColor(0x5f, 0x63, 0x68);
    p.bubbleIn = QColor(0xff, 0xff, 0xff);
    p.bubbleOut = QColor(0xdc, 0xf8, 0xc6);
    p.bubbleNote = QColor(0xff, 0xf4, 0xc2);
    p.bubbleText = QColor(0x11, 0x11, 0x11);
    p.bubbleMuted = QColor(0x4f, 0x5b, 0x55);
    p.tickRead = QColor(0x0b, 0x57, 0xd0);
    p.bubbleError = QColor(0xb3, 0x26, 0x1e);
    return p;
}

Palette makeDark()
{
    Palette p;
    p.dark = true;
    p.window = QColor(0x20, 0x23, 0x26);
    p.windowText = QColor(0xe8, 0xea, 0xed);
    p.base = QColor(0x17, 0x1a, 0x1d);
    p.alternateBase = QColor(0x1d, 0x20, 0x23);
    p.text = QColor(0xe8, 0xea, 0xed);
    p.button = QColor(0x2b, 0x2f, 0x33);
    p.buttonText = QColor(0xe8, 0xea, 0xed);
    p.muted = QColor(0xa5, 0xad, 0xb5);
    p.highlight = QColor(0x23, 0x84, 0x56);
    p.highlightedText = QColor(0xff, 0xff, 0xff);
    p.link = QColor(0x8a, 0xb4, 0xf8);
    p.fieldEdge = QColor(0x7d, 0x84, 0x8c);
    p.success = QColor(0x81, 0xc9, 0x95);
    p.warning = QColor(0xf0, 0xb3, 0x5a);
    p.error = QColor(0xf2, 0x8b, 0x82);
    p.unreadBadge = QColor(0x1f, 0x7a, 0x4a);
    p.unreadBadgeText = QColor(0xff, 0xff, 0xff);
    p.backdrop = QColor(0x12, 0x16, 0x19);
    p.dayLine = QColor(0xa5, 0xad, 0xb5);
    p.bubbleIn = QColor(0x2a, 0x2f, 0x33);
    p.bubbleOut = QColor(0x1f, 0x4d, 0x3a);
    p.bubbleNote = QColor(0x5a, 0x4a, 0x1a);
    p.bubbleText = QColor(0xee, 0xee, 0xee);
    p.bubbleMuted = QColor(0xb8, 0xc0, 0xc6);
    p.tickRead = QColor(0x9e, 0xc1, 0xfa);
    p.bubbleError = QColor(0xff, 0xb4, 0xab);
    return p;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

double requiredContrast(PairUse use)
{
    return use == PairUse::Text ? 4.5 : 3.0;
}

const Palette &Palette::forScheme(bool dark)
{
    static const Palette light = makeLight();
    static const Palette night = makeDark();
    return dark ? night : light;
}

bool Palette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

const Palette &Palette::of(const QPalette &palette)
{
    return forScheme(isDark(palette));
}

const Palette &Palette::current()
{
    return of(QGuiApplication::palette());
}

QPalette Palette::toQPalette() const
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, windowText);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternateBase);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, buttonText);
    p.setColor(QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightedText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    // Fusion shades bevels from these; the field edges themselves come from ParleyStyle.
    p.setColor(QPalette::Light, dark ? button.lighter(130) : QColor(Qt::white));
    p.setColor(QPalette::Midlight, dark ? button.lighter(115) : window.lighter(105));
    p.setColor(QPalette::Mid, fieldEdge);
    p.setColor(QPalette::Dark, dark ? QColor(0x10, 0x12, 0x14) : window.darker(150));
    p.setColor(QPalette::Shadow, QColor(Qt::black));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, fieldEdge);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button);
    return p;
}

QList<ColorPair> Palette::pairs() const
{
    using U = PairUse;
    QList<ColorPair> out = {
        {"window text", windowText, window, U::Text},
        {"text on base", text, base, U::Text},
        {"text on alternate base", text, alternateBase, U::Text},
        {"button text", buttonText, button, U::Text},
        {"muted on base", muted, base, U::Text},
        {"muted on alternate base", muted, alternateBase, U::Text},
        {"muted on window", muted, window, U::Text},
        {"placeholder on base", muted, base, U::Text},
        {"selected text", highlightedText, highlight, U::Text},
        {"link on base", link, base, U::Text},
        {"link on window", link, window, U::Text},
        {"field edge on base", fieldEdge, base, U::UiPart},
        {"field edge on window", fieldEdge, window, U::UiPart},
        {"field edge on button", fieldEdge, button, U::UiPart},
        {"focus ring on window", highlight, window, U::UiPart},
        {"focus ring on base", highlight, base, U::UiPart},
        {"success on window", success, window, U::Text},
        {"success on base", success, base, U::Text},
        {"warning on window", warning, window, U::Text},
        {"warning on base", warning, base, U::Text},
        {"warning on alternate base", warning, alternateBase, U::Text},
        {"error on window", error, window, U::Text},
        {"error on base", error, base, U::Text},
        {"unread badge digits", unreadBadgeText, unreadBadge, U::Text},
        {"unread badge on base", unreadBadge, base, U::UiPart},
        // A selected row turns the badge round: highlight-coloured digits on a light disc.
        {"selected badge digits", highlight, highlightedText, U::Text},
        {"selected badge on highlight", highlightedText, highlight, U::UiPart},
        {"day line on backdrop", dayLine, backdrop, U::Text},
    };
    for (const auto &[bubbleName, fill] :
         {std::pair{"incoming bubble", bubbleIn}, std::pair{"outgoing bubble", bubbleOut},
          std::pair{"note bubble", bubbleNote}}) {
        Q_UNUSED(bubbleName);
        out.append({"bubble text", bubbleText, fill, U::Text});
        out.append({"bubble time and ticks", bubbleMuted, fill, U::Text});
        out.append({"read ticks", tickRead, fill, U::Text});
        out.append({"failure reason", bubbleError, fill, U::Text});
    }
    return out;
}

Palette::Avatar Palette::avatarForHue(int hue)
{
    static const std::array<Avatar, 360> table = [] {
        std::array<Avatar, 360> hues;
        const QColor white(Qt::white);
        for (int h = 0; h < 360; ++h) {
            // The old colourful middle tone, darkened only as far as white initials need.
            int lightness = 120;
            QColor fill = QColor::fromHsl(h, 110, lightness);
            while (contrastRatio(fill, white) < 4.5 && lightness > 0)
                fill = QColor::fromHsl(h, 110, --lightness);
            hues[size_t(h)] = {fill, white};
        }
        return hues;
    }();
    return table[size_t(((hue % 360) + 360) % 360)];
}

Palette::Avatar Palette::avatar(const QString &key)
{
    return avatarForHue(int(qHash(key) % 360));
}

} // namespace parley::ui
