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
    case Tone::Normal:
        return p.windowText;
    case Tone::Muted:
        return p.muted;
    case Tone::Success:
        return p.success;
    case Tone::Warning:
        return p.warning;
    case Tone::Error:
        return p.error;
    }
    return {};
}

void applyTone(QWidget *widget)
{
    const Tone tone = Tone(widget->property(toneProperty).toInt());
    const Palette &scheme = Palette::current();
    const QColor windowText = tone == Tone::Normal ? scheme.windowText : colorOf(tone, scheme);
    const QColor text = tone == Tone::Normal ? scheme.text : windowText;
    if (widget->palette().color(QPalette::WindowText) == windowText &&
        widget->palette().color(QPalette::Text) == text)
        return;
    // A palette with only the text roles set: every other role still comes from the parent.
    QPalette palette;
    palette.setColor(QPalette::WindowText, windowText);
    palette.setColor(QPalette::Text, text);
    widget->setPalette(palette);
}

// Re-colours every toned widget when the application palette changes (Light ↔ Dark): one
// filter on the application, which QGuiApplication tells with ApplicationPaletteChange.
class ToneKeeper : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (QWidget *widget : QApplication::allWidgets()) {
                if (widget->property(toneProperty).isValid())
                    applyTone(widget);
            }
        }
        return false;
    }
};

} // namespace

void setTone(QWidget *widget, Tone tone)
{
    static ToneKeeper *keeper = nullptr;
    if (!keeper && qApp) {
        keeper = new ToneKeeper(qApp);
        qApp->installEventFilter(keeper);
    }
    widget->setProperty(toneProperty, int(tone));
    applyTone(widget);
}

} // namespace parley::ui
