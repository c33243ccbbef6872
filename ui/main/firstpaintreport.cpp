#include "ui/main/firstpaintreport.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>

#include <chrono>
#include <cstdio>

namespace parley::ui {
namespace {

class FirstPaintReporter : public QObject {
public:
    explicit FirstPaintReporter(QAbstractItemView *view) : QObject(view), m_view(view) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const int rows = m_view->model() ? m_view->model()->rowCount() : 0;
        if (m_painting || event->type() != QEvent::Paint || rows == 0)
            return false;
        // Paint now, inside this event, so that the time taken is that of a finished paint.
        m_painting = true;
        QCoreApplication::sendEvent(watched, event);
        const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                            std::chrono::steady_clock::now().time_since_epoch())
                            .count();
        std::printf("parley-first-paint steady_ns=%lld rows=%d\n", static_cast<long long>(ns),
                    rows);
        std::fflush(stdout);
        watched->removeEventFilter(this);
        deleteLater();
        return true;
    }

private:
    QAbstractItemView *m_view;
    bool m_painting = false;
};

} // namespace

void reportFirstPaintIfAsked(QAbstractItemView *view)
{
    if (qEnvironmentVariableIntValue("PARLEY_REPORT_FIRST_PAINT") != 1)
        return;
    view->viewport()->installEventFilter(new FirstPaintReporter(view));
}

} // namespace parley::ui
