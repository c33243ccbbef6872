#include "bench/desktop/paintprobe.h"

#include "bench/desktop/measure.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>

namespace parley::bench {

PaintProbe::PaintProbe(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

qint64 PaintProbe::wait(int timeoutMs)
{
    if (m_paintedNs != 0)
        return m_paintedNs;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_loop = &loop;
    loop.exec();
    m_loop = nullptr;
    return m_paintedNs;
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (m_painting || event->type() != QEvent::Paint || m_paintedNs != 0)
        return false;
    // Deliver the paint from here (the view's own filters and handler run as usual) so that
    // the clock is read after it, then tell the caller it was handled.
    m_painting = true;
    QCoreApplication::sendEvent(watched, event);
    m_painting = false;
    m_paintedNs = steadyNs();
    if (m_loop)
        m_loop->quit();
    return true;
}

} // namespace parley::bench
