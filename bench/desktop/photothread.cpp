// bench-media: issue #10's figures for a thread of 500 photos (docs/performance.md "Media").
//
//  - worst frame while scrolling it from top to bottom once its thumbnails are cached on disk
//    (every paint of the message view timed, thumbnails read back on the worker as they scroll
//    in), next to a bare QListView scrolling 500 plain text rows by the same steps;
//  - resident memory after opening it and 100 other conversations, next to the same process's
//    resident memory with only the bare QListView shown (measured first, so the Parley figure
//    includes it).
//
// Everything runs in this process on a generated mirror: the real ConversationPane,
// MessageDelegate and ThumbnailCache; no hub (no file is fetched: the thumbnails are cached).
// Nothing passes or fails on time: the figures are printed, with the machine's load.

#include "bench/common/benchoutput.h"
#include "bench/desktop/measure.h"
#include "core/mirror/mirror.h"
#include "core/protocol/entitycodec.h"
#include "core/sync/hubclient.h"
#include "ui/conversation/conversationpane.h"
#include "ui/media/mediaactions.h"
#include "ui/media/mediafiles.h"
#include "ui/media/thumbnailcache.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QTemporaryDir>

#include <cstdio>

using namespace parley;
using parley::bench::loadAverage;
using parley::bench::print;

namespace {

constexpr int photos = 500;
constexpr int otherConversations = 100;
constexpr int messagesPerOther = 30;
constexpr int scrollStepPx = 120; // one wheel notch of three lines, about

// Times every paint of a view's viewport: one paint is one frame's work on the GUI thread.
class FrameTimer : public QObject {
public:
    explicit FrameTimer(QWidget *viewport) { viewport->installEventFilter(this); }
    QList<double> frames;
    bool recording = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !recording)
            return false;
        QElapsedTimer clock;
        clock.start();
        // Painted here, inside the timer; returning true keeps Qt from painting it twice.
        static_cast<QWidget *>(watched)->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event);
        watched->installEventFilter(this);
        frames.append(double(clock.nsecsElapsed()) / 1e6);
        return true;
    }
};

// Scrolls `view` from top to bottom by `scrollStepPx`, painting after each step and letting
// queued work (thumbnails read back) arrive between frames, as a wheel does.
QList<double> scrollThrough(QListView *view)
{
    FrameTimer timer(view->viewport());
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    QCoreApplication::processEvents();
    timer.recording = true;
    for (int value = 0; value <= bar->maximum(); value += scrollStepPx) {
        bar->setValue(value);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    timer.recording = false;
    return timer.frames;
}

QString frameLine(const QString &what, const QList<double> &frames)
{
    return QStringLiteral("%1: %2 frames, worst %3 ms, p99 %4 ms, median %5 ms")
        .arg(what)
        .arg(frames.size())
        .arg(bench::percentile(frames, 100), 0, 'f', 2)
        .arg(bench::percentile(frames, 99), 0, 'f', 2)
        .arg(bench::percentile(frames, 50), 0, 'f', 2);
}

Message photoMessage(Id id, Id conversationId, TimestampMs at)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.direction = id % 3 == 0 ? Direction::Out : Direction::In;
    m.kind = MessageKind::Image;
    m.media.mediaId = QStringLiteral("media.%1").arg(id);
    m.media.mimeType = QStringLiteral("image/jpeg");
    m.media.size = 180000 + id;
    m.text = id % 4 == 0 ? QStringLiteral("Photo %1 of the broken part").arg(id) : QString();
    m.state = m.direction == Direction::In ? DeliveryState::Received : DeliveryState::Read;
    m.wamid = QStringLiteral("wamid.bench.%1").arg(id);
    m.createdAt = at;
    return m;
}

Message textMessage(Id id, Id conversationId, TimestampMs at)
{
    Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.direction = id % 2 ? Direction::In : Direction::Out;
    m.text = QStringLiteral("Message %1: is the delivery still on for Thursday afternoon?").arg(id);
    m.state = m.direction == Direction::In ? DeliveryState::Received : DeliveryState::Read;
    m.wamid = QStringLiteral("wamid.bench.%1").arg(id);
    m.createdAt = at;
    return m;
}

// One conversation of 500 photos (id 1) and 100 of text, applied as the hub's events.
bool fillMirror(Mirror &mirror)
{
    QList<Event> events;
    qint64 seq = 0;
    const TimestampMs start = 1767225600000; // 2026-01-01
    Id nextMessage = 1;
    for (Id c = 1; c <= 1 + otherConversations; ++c) {
        Conversation conversation;
        conversation.id = c;
        conversation.channelId = 1;
        conversation.customerNumber = QStringLiteral("55119%1").arg(10000000 + c);
        conversation.customerName = QStringLiteral("Customer %1").arg(c);
        const int count = c == 1 ? photos : messagesPerOther;
        conversation.lastMessageAt = start + count * 60000;
        events.append({++seq, EventType::ConversationUpdated, toJson(conversation)});
        for (int i = 0; i < count; ++i) {
            const Id id = nextMessage++;
            const TimestampMs at = start + i * 60000;
            events.append({++seq, EventType::MessageCreated,
                           toJson(c == 1 ? photoMessage(id, c, at) : textMessage(id, c, at))});
        }
    }
    return mirror.apply({events, seq});
}

// The thumbnails as the cache keeps them once made: a JPEG of 320 × 240 per photo.
void cacheThumbnails(const QString &dir)
{
    QDir().mkpath(dir);
    for (Id id = 1; id <= photos; ++id) {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(int(id * 37 % 360), 120, 220));
        QPainter painter(&image);
        painter.drawText(image.rect(), Qt::AlignCenter, QString::number(id));
        painter.end();
        image.save(QDir(dir).filePath(QString::number(id) + QStringLiteral(".thumb")), "JPEG", 82);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir scratch;
    print(QStringLiteral("bench-media: %1 photos, %2 other conversations; platform %3; load %4")
              .arg(photos)
              .arg(otherConversations)
              .arg(QGuiApplication::platformName(), loadAverage()));

    // Baseline first: a bare QListView with 500 plain rows, same size, same steps; its memory
    // now, its frames later (as many as the photo thread's, so the worst of each is taken over
    // the same number of frames).
    QStringList rows;
    for (int i = 0; i < photos; ++i)
        rows.append(QStringLiteral("Row %1").arg(i));
    QStringListModel plainRows(rows);
    QListView plainView;
    plainView.setModel(&plainRows);
    plainView.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    plainView.resize(700, 900);
    plainView.show();
    QCoreApplication::processEvents();
    scrollThrough(&plainView); // warm-up, as for Parley
    const double baselineRss = bench::memoryOf(QCoreApplication::applicationPid()).rssMb;
    plainView.hide();

    Mirror mirror;
    if (mirror.open(scratch.filePath(QStringLiteral("mirror/mirror.sqlite"))) !=
            Mirror::OpenStatus::Ok ||
        !fillMirror(mirror)) {
        print(QStringLiteral("bench-media: could not make the mirror"));
        return 1;
    }
    const QString thumbnails = ui::ThumbnailCache::dirBeside(mirror.database());
    cacheThumbnails(thumbnails);
    HubClient hub; // no hub: every thumbnail is cached, nothing is fetched
    ui::MediaFiles files(&hub, scratch.filePath(QStringLiteral("files")));
    ui::ThumbnailCache cache(&files, thumbnails);
    ui::ConversationPane pane(mirror.database());
    auto *actions = new ui::MediaActions(mirror.database(), &files, &pane);
    pane.setMedia(actions, &cache);
    pane.resize(700, 900);
    pane.show();
    Conversation thread;
    thread.id = 1;
    thread.channelId = 1;
    thread.customerName = QStringLiteral("Customer 1");
    pane.showConversation(thread);
    QCoreApplication::processEvents();
    QListView *view = pane.messageView();
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Warm-up: every thumbnail read once (the memory cache keeps the last 32 MB of them).
    scrollThrough(view);
    cache.waitForIdle();
    QCoreApplication::processEvents();
    const QList<double> photoFrames = scrollThrough(view);

    for (Id c = 2; c <= 1 + otherConversations; ++c) {
        Conversation other;
        other.id = c;
        other.channelId = 1;
        other.customerName = QStringLiteral("Customer %1").arg(c);
        pane.showConversation(other);
        pane.messageView()->viewport()->repaint();
        QCoreApplication::processEvents();
    }
    cache.waitForIdle();
    QCoreApplication::processEvents();
    const bench::Memory memory = bench::memoryOf(QCoreApplication::applicationPid());
    pane.hide();
    plainView.show();
    QList<double> plainFrames;
    while (plainFrames.size() < photoFrames.size())
        plainFrames += scrollThrough(&plainView);
    plainFrames.resize(photoFrames.size());
    print(frameLine(QStringLiteral("baseline  bare QListView, %1 plain rows").arg(photos),
                    plainFrames));
    print(frameLine(QStringLiteral("parley    500-photo thread, thumbnails cached"), photoFrames));
    print(QStringLiteral("baseline  RSS with the bare QListView shown: %1 MB")
              .arg(baselineRss, 0, 'f', 1));
    print(QStringLiteral("parley    RSS after the photo thread and %1 other conversations: %2 MB "
                         "(peak %3 MB; includes the baseline's)")
              .arg(otherConversations)
              .arg(memory.rssMb, 0, 'f', 1)
              .arg(memory.hwmMb, 0, 'f', 1));
    return 0;
}
