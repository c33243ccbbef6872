#include "ui/main/firstpaintreport.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace parley::ui {
namespace {

Q_LOGGING_CATEGORY(startupLog, "parley.startup", QtWarningMsg)

qint64 steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

bool benchmarkAsked()
{
    return qEnvironmentVariableIntValue("PARLEY_REPORT_FIRST_PAINT") == 1;
}

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
        std::printf("parley-first-paint steady_ns=%lld rows=%d\n",
                    static_cast<long long>(steadyNowNs()), rows);
        std::fflush(stdout);
        watched->removeEventFilter(this);
        deleteLater();
        return true;
    }

private:
    QAbstractItemView *m_view;
    bool m_painting = false;
};

// Watches the viewport's paints; the first with rows queues `then` behind itself.
class FirstPaintWaiter : public QObject {
public:
    FirstPaintWaiter(QAbstractItemView *view, QObject *context, std::function<void()> then)
        : QObject(view), m_view(view), m_context(context), m_then(std::move(then))
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !m_view->model() || m_view->model()->rowCount() == 0)
            return false;
        watched->removeEventFilter(this);
        // Queued: the paint (and the window's flush after it) finishes first.
        QTimer::singleShot(0, this, [this] {
            if (m_context)
                m_then();
            deleteLater();
        });
        return false;
    }

private:
    QAbstractItemView *m_view;
    QPointer<QObject> m_context;
    std::function<void()> m_then;
};

} // namespace

void reportFirstPaintIfAsked(QAbstractItemView *view)
{
    if (!benchmarkAsked())
        return;
    view->viewport()->installEventFilter(new FirstPaintReporter(view));
}

void reportStartupPhase(const char *name)
{
    static QElapsedTimer sinceFirst;
    if (!sinceFirst.isValid())
        sinceFirst.start();
    if (benchmarkAsked()) {
        std::printf("phase %s %lld\n", name, static_cast<long long>(steadyNowNs()));
        std::fflush(stdout);
    }
    qCDebug(startupLog, "%s at %lld ms", name, static_cast<long long>(sinceFirst.elapsed()));
}

void afterFirstPaintWithRows(QAbstractItemView *view, QObject *context, std::function<void()> then)
{
    view->viewport()->installEventFilter(new FirstPaintWaiter(view, context, std::move(then)));
}

} // namespace parley::ui
