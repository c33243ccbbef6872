#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>

class QWidget;

namespace parley::ui {

// Windows that fit the screen they open on (R10): a laptop's 1366×768, or a 2732×1536 screen at
// 200 %, which is the same 1366×768 to Qt. A window is sized to what it would like, but never
// more than the screen's available area (less its frame), and placed inside that area, so Send
// and the status bar are never below the screen's edge.
class ScreenFit {
public:
    // The geometry (client area) for a window that would like `wanted`, with the given frame
    // margins, on a screen whose available area is `available`: shrunk to fit, never below
    // `minimum`, and moved inside.
    static QRect fitted(const QRect &wanted, const QSize &minimum, const QMargins &frame,
                        const QRect &available);
    // Resizes `window` to `preferred` (clamped) and centres it in its screen's available area.
    static void place(QWidget *window, const QSize &preferred);
    // Clamps the window as it is now (after restoreGeometry(), or when shown).
    static void clamp(QWidget *window);
    // From now on every dialog and window of the application is clamped as it is shown.
    static void clampEveryWindow();
};

} // namespace parley::ui
