#include "ui/main/screenfit.h"

#include <QApplication>
#include <QEvent>
#include <QScreen>
#include <QWidget>

namespace parley::ui {
namespace {

QRect availableFor(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

QMargins frameOf(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect client = window->geometry();
    return {client.left() - frame.left(), client.top() - frame.top(),
            frame.right() - client.right(), frame.bottom() - client.bottom()};
}

class ShowWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            const Qt::WindowType type = widget->windowType();
            if (widget->isWindow() && (type == Qt::Window || type == Qt::Dialog))
                ScreenFit::clamp(widget);
        }
        return false;
    }
};

} // namespace

QRect ScreenFit::fitted(const QRect &wanted, const QSize &minimum, const QMargins &frame,
                        const QRect &available)
{
    if (available.isEmpty())
        return wanted;
    const QSize room(available.width() - frame.left() - frame.right(),
                     available.height() - frame.top() - frame.bottom());
    const QSize size(qMax(minimum.width(), qMin(wanted.width(), room.width())),
                     qMax(minimum.height(), qMin(wanted.height(), room.height())));
    // Inside the available area, as far as the size allows; the top-left corner wins when
    // the window cannot be smaller (its title bar and menus stay reachable).
    const int left = available.left() + frame.left();
    const int top = available.top() + frame.top();
    const int right = available.right() - frame.right() - size.width() + 1;
    const int bottom = available.bottom() - frame.bottom() - size.height() + 1;
    const int x = qMax(left, qMin(wanted.x(), right));
    const int y = qMax(top, qMin(wanted.y(), bottom));
    return {QPoint(x, y), size};
}

void ScreenFit::place(QWidget *window, const QSize &preferred)
{
    const QRect available = availableFor(window);
    QRect wanted(QPoint(), preferred);
    if (!available.isEmpty())
        wanted.moveCenter(available.center());
    window->setGeometry(fitted(wanted, window->minimumSize(), frameOf(window), available));
}

void ScreenFit::clamp(QWidget *window)
{
    const QRect now = window->geometry();
    const QRect fit = fitted(now, window->minimumSize(), frameOf(window), availableFor(window));
    if (fit != now)
        window->setGeometry(fit);
}

void ScreenFit::clampEveryWindow()
{
    static ShowWatcher *watcher = nullptr;
    if (watcher || !qApp)
        return;
    watcher = new ShowWatcher(qApp);
    qApp->installEventFilter(watcher);
}

} // namespace parley::ui
