#pragma once

#include <QObject>

class QEventLoop;
class QWidget;

namespace parley::bench {

// Times "until it has painted": arm(), do what should repaint `widget`, then wait(). The time
// is taken when the widget's paint event has finished, that is once the new content is drawn
// into the window's backing store (the flush to the screen follows).
class PaintProbe : public QObject {
public:
    explicit PaintProbe(QWidget *widget);

    void arm() { m_paintedNs = 0; }
    // The steady_clock time of the first paint since arm(), 0 after `timeoutMs`.
    qint64 wait(int timeoutMs = 10000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painting = false;
    qint64 m_paintedNs = 0;
    QEventLoop *m_loop = nullptr;
};

} // namespace parley::bench
