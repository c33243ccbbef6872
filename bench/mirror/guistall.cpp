// bench-gui-stall: the longest event the desktop's GUI thread runs while the agent types a
// search and while the sync worker applies a 10,000-event batch (gui_stall_max_ms), next to a
// bare Qt window's event loop doing the same typing, and waiting while a batch of the same size
// applies on another thread, in the same run. See docs/performance.md.
//
// A 1 ms timer on the GUI thread: the longest gap between two of its timeouts, less the
// interval, is the longest time the thread could not answer the agent.

#include "bench/common/benchoutput.h"
#include "bench/mirror/datagenerator.h"
#include "bench/mirror/vocabulary.h"
#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/hubclient.h"
#include "ui/main/mainwindow.h"
#include "ui/models/conversationlistmodel.h"
#include "ui/sync/synccontroller.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>
#include <utility>

namespace parley {
namespace {

using bench::loadAverage;
using bench::print;

class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = qMax(m_maxGapNs, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_maxGapNs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    // The longest stall since start() or the last lap(), in ms; the probe runs on.
    double lap() { return qMax(0.0, double(std::exchange(m_maxGapNs, 0)) / 1e6 - 1.0); }
    // The longest stall since start() or the last lap(), in ms.
    double stop()
    {
        m_timer.stop();
        return lap();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGapNs = 0;
};

void wait(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

// Types `text` into `field` a key every 60 ms (a fast typist), then waits `settleMs`.
double typingStall(QLineEdit *field, const QString &text, int settleMs)
{
    StallProbe probe;
    field->clear();
    wait(300);
    probe.start();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &release);
        wait(60);
    }
    wait(settleMs);
    return probe.stop();
}

SyncBatch conversationBatch(DataGenerator &generator, qint64 *seq, int maxEvents)
{
    SyncBatch batch;
    GeneratedConversation generated;
    while (batch.events.size() < maxEvents && generator.next(&generated)) {
        for (const Message &message : std::as_const(generated.messages))
            batch.events.append({++*seq, EventType::MessageCreated, toJson(message)});
        batch.events.append(
            {++*seq, EventType::ConversationUpdated, toJson(generated.conversation)});
    }
    batch.next = *seq;
    return batch;
}

// Applies one batch on a thread of its own (as the sync worker does) and hands the changes to
// the GUI thread, as SyncController does.
class BatchApplier : public QThread {
public:
    BatchApplier(QString path, SyncBatch batch) : m_path(std::move(path)), m_batch(std::move(batch))
    {}
    MirrorChanges changes;
    bool ok = false;

protected:
    void run() override
    {
        Mirror mirror;
        ok = mirror.open(m_path) == Mirror::OpenStatus::Ok && mirror.apply(m_batch, &changes);
    }

private:
    QString m_path;
    SyncBatch m_batch;
};

int run(qint64 messages)
{
    QTemporaryDir dir;
    // The window's settings and files go to the scratch folder, never to the user's own.
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(QStringLiteral("config"))));
    const QString path = dir.filePath(QStringLiteral("mirror.db"));
    DataGenerator generator(messages + 25000); // and two batches of 10,000 events
    qint64 seq = 0;
    {
        Mirror mirror;
        if (mirror.open(path) != Mirror::OpenStatus::Ok)
            return 1;
        qint64 applied = 0;
        while (applied < messages) {
            const SyncBatch batch = conversationBatch(generator, &seq, 5000);
            if (batch.events.isEmpty() || !mirror.apply(batch))
                return 1;
            applied += batch.events.size();
        }
    }
    const QString loadAtStart = loadAverage();

    // The baseline: a bare window with a line edit, typed into the same way.
    double bareTyping = 0;
    double bareBatch = 0;
    {
        QWidget bare;
        auto *layout = new QVBoxLayout(&bare);
        auto *field = new QLineEdit(&bare);
        layout->addWidget(field);
        bare.resize(1280, 800);
        bare.show();
        wait(300);
        bareTyping = qMax(typingStall(field, vocabulary::portugueseSearchWord, 1000),
                          typingStall(field, vocabulary::chineseSearchWord, 1000));
        // The same work on another thread as below (a batch of the same size applied to the
        // mirror), its changes handed to nobody: what the machine alone costs this event loop.
        BatchApplier applier(path, conversationBatch(generator, &seq, 10000));
        StallProbe probe;
        probe.start();
        applier.start();
        while (!applier.isFinished())
            wait(10);
        wait(1500);
        bareBatch = probe.stop();
        if (!applier.ok)
            return 1;
    }

    ui::SyncController sync;
    HubClient hub;
    const Agent me{
        DataGenerator::me, QStringLiteral("me"), QStringLiteral("Me"), Role::Agent, {}, true};
    Mirror guiMirror;
    if (guiMirror.open(path) != Mirror::OpenStatus::Ok)
        return 1;
    ui::MainWindow window(guiMirror.database(), &sync, &hub, me);
    window.show();
    QElapsedTimer loading;
    loading.start();
    while (window.conversations()->rowCount() == 0 && loading.elapsed() < 60000)
        wait(20);
    auto *search = window.findChild<QLineEdit *>();
    search->setFocus();
    const double typing = qMax(typingStall(search, vocabulary::portugueseSearchWord, 1000),
                               typingStall(search, vocabulary::chineseSearchWord, 1000));
    search->clear();
    wait(1000);

    // A 10,000-event batch arrives: applied on its own thread, its changes handed to the window.
    SyncBatch arriving = conversationBatch(generator, &seq, 10000);
    const int events = int(arriving.events.size());
    BatchApplier applier(path, std::move(arriving));
    StallProbe probe;
    probe.start();
    double duringApply = 0;
    double handoverMs = 0;
    bool handedOver = false;
    QObject::connect(&applier, &QThread::finished, &window, [&] {
        duringApply = probe.lap();
        // What SyncController does with the worker's signal: the window's slots run now.
        QElapsedTimer handing;
        handing.start();
        emit sync.mirrorChanged(applier.changes);
        handoverMs = double(handing.nsecsElapsed()) / 1e6;
        handedOver = true;
    });
    applier.start();
    while (!handedOver)
        wait(10);
    wait(1500);
    const double afterHandover = probe.stop();
    const double batch = qMax(duringApply, afterHandover);
    if (!applier.ok)
        return 1;

    print(QStringLiteral("# bench-gui-stall: %1 messages in the mirror, %2 cores, load average %3"
                         " at start, %4 at end")
              .arg(messages)
              .arg(QThread::idealThreadCount())
              .arg(loadAtStart, loadAverage()));
    print(QStringLiteral("gui_stall_max_ms: typing %1 (bare Qt window %2), %3-event batch %4"
                         " (bare Qt window while a batch of the same size applies %5; during the"
                         " apply %6, the handover's slots %7, after them %8)")
              .arg(typing, 0, 'f', 1)
              .arg(bareTyping, 0, 'f', 1)
              .arg(events)
              .arg(batch, 0, 'f', 1)
              .arg(bareBatch, 0, 'f', 1)
              .arg(duringApply, 0, 'f', 1)
              .arg(handoverMs, 0, 'f', 1)
              .arg(afterHandover, 0, 'f', 1));
    return 0;
}

} // namespace
} // namespace parley

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-gui-stall"));
    qint64 messages = 200000;
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--messages")));
    if (at >= 0 && at + 1 < args.size())
        messages = qMax<qint64>(1000, args.at(at + 1).toLongLong());
    return parley::run(messages);
}
