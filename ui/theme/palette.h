#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

namespace parley::ui {

// The WCAG 2.1 AA minimum a pair of colours must meet: 4.5:1 for text (1.4.3), 3:1 for the
// parts of a control that tell it apart, such as a field's edge or a badge (1.4.11).
enum class PairUse { Text, UiPart };

struct ColorPair {
    const char *name;
    QColor foreground;
    QColor background;
    PairUse use;
};

// WCAG's relative luminance and contrast ratio (1:1 … 21:1).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);
double requiredContrast(PairUse use);

// Every colour Parley chooses, for the light and the dark scheme, in one place: the Qt palette
// of the Light and Dark appearances, and the colours the delegates and labels paint themselves.
// pairs() lists each foreground with every background it is drawn on, so tst_contrast can hold
// all of them to WCAG AA.
struct Palette {
    bool dark = false;

    // The window and its controls.
    QColor window, windowText, base, alternateBase, text, button, buttonText;
    QColor muted; // secondary text: times, previews, counts, placeholders
    QColor highlight, highlightedText, link;
    QColor fieldEdge; // the outline of fields, boxes and lists

    // Words that carry a state, on the window or a list.
    QColor success, warning, error;

    // The conversation list.
    QColor unreadBadge, unreadBadgeText;

    // The chat.
    QColor backdrop, dayLine, bubbleIn, bubbleOut, bubbleNote, bubbleText, bubbleMuted, tickRead,
        bubbleError;

    struct Avatar {
        QColor fill;
        QColor initials;
    };

    static const Palette &forScheme(bool dark);
    // The scheme of the application's palette in force (a desktop palette counts by its
    // window's lightness).
    static const Palette &current();
    // The scheme a widget's palette belongs to.
    static const Palette &of(const QPalette &palette);
    static bool isDark(const QPalette &palette);

    // The full Qt palette of the Light or Dark appearance.
    QPalette toQPalette() const;
    // Every pair drawn, with the minimum it must meet.
    QList<ColorPair> pairs() const;

    // A customer's avatar: a hue from the name, darkened until its white initials read at
    // 4.5:1.
    static Avatar avatar(const QString &key);
    static Avatar avatarForHue(int hue);
};

} // namespace parley::ui
