#include "ui/theme/tone.h"

#include "ui/theme/palette.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace parley::ui {
namespace {

const char *const toneProperty = "parleyTone";

QColor colorOf(Tone tone, const Palette &p)
{
    switch (tone) {
    case Tone::Muted:
        return p.muted;
    case Tone::Success:
        return p.success;
    case Tone::Warning:
        return p.warning;
    case Tone::Error:
        return p.error;
    case Tone::Normal:
        break;
    }
    return {};
}

void applyTone(QWidget *widget)
{
    const Tone tone = Tone(widget->property(toneProperty).toInt());
    if (tone == Tone::Normal) {
        // Nothing of its own: every role comes from the parent again.
        if (widget->palette().resolveMask() != 0)
            widget->setPalette(QPalette());
        return;
    }
    const QColor color = colorOf(tone, Palette::current());
    if (widget->palette().color(QPalette::WindowText) == color &&
        widget->palette().color(QPalette::Text) == color)
        return; // also ends the PaletteChange that setPalette() itself sends
    // A palette with only the text roles set: every other role still comes from the parent.
    QPalette palette;
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    widget->setPalette(palette);
}

// Re-colours its widget when the scheme changes: the application palette reaches windows as
// ApplicationPaletteChange and their children as PaletteChange.
class ToneKeeper : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange ||
            event->type() == QEvent::PaletteChange)
            applyTone(static_cast<QWidget *>(watched));
        return false;
    }
};

} // namespace

void setTone(QWidget *widget, Tone tone)
{
    widget->setProperty(toneProperty, int(tone));
    if (!widget->findChild<ToneKeeper *>(QString(), Qt::FindDirectChildrenOnly))
        widget->installEventFilter(new ToneKeeper(widget));
    applyTone(widget);
}

} // namespace parley::ui
