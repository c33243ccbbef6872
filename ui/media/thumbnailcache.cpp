#include "ui/media/thumbnailcache.h"

#include "ui/media/mediafiles.h"
#include "ui/media/videoposter.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QImageWriter>
#include <QMutex>
#include <QPainter>
#include <QPdfDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace parley::ui {
namespace {

constexpr int memoryCapKiB = 32 * 1024;
constexpr qint64 retryFetchAfterMs = 15000;
// A picture whose decoded size would pass this is not decoded at all (a "decompression bomb").
constexpr int maxThumbnailDecodeMegabytes = 128;

QMutex pruneLock; // one prune at a time across the worker threads

void pruneFolder(const QString &dir, qint64 cap)
{
    QMutexLocker lock(&pruneLock);
    struct Entry {
        QString path;
        qint64 size;
        QDateTime used;
    };
    QList<Entry> entries;
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files);
    while (it.hasNext()) {
        it.next();
        entries.append({it.filePath(), it.fileInfo().size(), it.fileInfo().lastModified()});
        total += it.fileInfo().size();
    }
    if (total <= cap)
        return;
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.used < b.used; });
    for (const Entry &entry : entries) {
        if (total <= cap)
            break;
        if (QFile::remove(entry.path))
            total -= entry.size;
    }
}

bool saveThumbnail(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Photos as JPEG (a few KiB); stickers and anything with transparency as PNG, and video
    // posters too, whose PNG text keeps the video's length.
    const bool png = image.hasAlphaChannel() || VideoPoster::durationOf(image) > 0;
    QImageWriter writer(&file, png ? "png" : "jpeg");
    writer.setQuality(82);
    return writer.write(image) && file.commit();
}

} // namespace

ThumbnailCache::ThumbnailCache(MediaFiles *files, const QString &dir, qint64 capBytes,
                               QObject *parent)
    : QObject(parent), m_files(files), m_dir(dir), m_cap(capBytes), m_memory(memoryCapKiB)
{
    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

ThumbnailCache::~ThumbnailCache()
{
    waitForIdle();
}

QString ThumbnailCache::dirBeside(const QSqlDatabase &mirror)
{
    const QString file = mirror.databaseName();
    if (file.isEmpty() || file == QLatin1String(":memory:") ||
        file.startsWith(QLatin1String("file:")))
        return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
            .filePath(QStringLiteral("thumbnails"));
    return QFileInfo(file).dir().filePath(QStringLiteral("thumbnails"));
}

bool ThumbnailCache::hasThumbnail(const Message &message)
{
    if (message.id <= 0 || message.media.isEmpty())
        return false;
    if (message.kind == MessageKind::Image || message.kind == MessageKind::Sticker ||
        message.kind == MessageKind::Video)
        return true;
    return message.kind == MessageKind::Document &&
           message.media.mimeType == QLatin1String("application/pdf");
}

QString ThumbnailCache::thumbnailPath(Id messageId) const
{
    return QDir(m_dir).filePath(QString::number(messageId) + QStringLiteral(".thumb"));
}

QImage ThumbnailCache::thumbnail(const Message &message)
{
    if (const QImage *image = m_memory.object(message.id))
        return *image;
    if (!hasThumbnail(message) || m_busy.contains(message.id))
        return {};
    const auto unreadable = m_unreadable.constFind(message.id);
    if (unreadable != m_unreadable.constEnd() && *unreadable > QDateTime::currentMSecsSinceEpoch())
        return {};
    m_busy.insert(message.id);
    loadFromDisk(message);
    return {};
}

void ThumbnailCache::loadFromDisk(const Message &message)
{
    auto *watcher = new QFutureWatcher<QImage>(this);
    m_jobs.append(watcher);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, message] {
        m_jobs.removeOne(watcher);
        watcher->deleteLater();
        delivered(message.id, watcher->result(), true, message);
    });
    watcher->setFuture(QtConcurrent::run([path = thumbnailPath(message.id)] {
        QImageReader reader(path);
        return reader.read(); // null when there is none yet
    }));
}

void ThumbnailCache::makeFromFile(const Message &message, const QString &source)
{
    if (message.kind == MessageKind::Video) {
        // The first frame comes from Qt Multimedia's own threads; scaled and saved on a worker.
        auto *poster = new VideoPoster(source, this);
        connect(poster, &VideoPoster::finished, this, [this, message](const QImage &frame) {
            keep(message, [frame] {
                if (frame.isNull())
                    return frame;
                QImage image =
                    frame.width() > edge || frame.height() > edge
                        ? frame.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                        : frame;
                image.setText(QLatin1String(VideoPoster::durationKey),
                              frame.text(QLatin1String(VideoPoster::durationKey)));
                return image;
            });
        });
        return;
    }
    keep(message, [source, mime = message.media.mimeType] { return makeThumbnail(source, mime); });
}

void ThumbnailCache::keep(const Message &message, std::function<QImage()> make)
{
    auto *watcher = new QFutureWatcher<QImage>(this);
    m_jobs.append(watcher);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, message] {
        m_jobs.removeOne(watcher);
        watcher->deleteLater();
        delivered(message.id, watcher->result(), false, message);
    });
    watcher->setFuture(QtConcurrent::run(
        [make = std::move(make), target = thumbnailPath(message.id), dir = m_dir, cap = m_cap] {
            const QImage image = make();
            if (!image.isNull() && saveThumbnail(image, target))
                pruneFolder(dir, cap);
            return image;
        }));
}

void ThumbnailCache::delivered(Id messageId, const QImage &image, bool tryFile,
                               const Message &message)
{
    if (image.isNull() && tryFile) {
        // Not made yet: the file is fetched (only now, for a thumbnail someone looks at).
        m_files->fetchCopy(message, this, [this, message](const QString &path, const QString &) {
            if (path.isEmpty()) {
                // Not at the hub yet, or the hub is away: asked again a little later.
                m_busy.remove(message.id);
                m_unreadable.insert(message.id,
                                    QDateTime::currentMSecsSinceEpoch() + retryFetchAfterMs);
                return;
            }
            makeFromFile(message, path);
        });
        return;
    }
    m_busy.remove(messageId);
    if (image.isNull()) {
        // The file is there but is no picture this desktop reads: not tried again.
        m_unreadable.insert(messageId, std::numeric_limits<qint64>::max());
        return;
    }
    m_memory.insert(messageId, new QImage(image), int(qMax<qint64>(1, image.sizeInBytes() / 1024)));
    emit thumbnailReady(messageId);
}

void ThumbnailCache::waitForIdle()
{
    for (QObject *job : std::as_const(m_jobs))
        static_cast<QFutureWatcher<QImage> *>(job)->waitForFinished();
}

QImage ThumbnailCache::makeThumbnail(const QString &source, const QString &mimeType)
{
    if (mimeType == QLatin1String("application/pdf")) {
        QPdfDocument pdf;
        if (pdf.load(source) != QPdfDocument::Error::None || pdf.pageCount() < 1)
            return {};
        const QSizeF page = pdf.pagePointSize(0);
        if (page.isEmpty())
            return {};
        const QSize size = page.scaled(edge, edge, Qt::KeepAspectRatio).toSize();
        QImage image = pdf.render(0, size);
        if (image.isNull())
            return {};
        // A page is white paper even where the PDF paints nothing.
        QImage paper(image.size(), QImage::Format_RGB32);
        paper.fill(Qt::white);
        QPainter painter(&paper);
        painter.drawImage(0, 0, image);
        return paper;
    }
    QImageReader reader(source);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(maxThumbnailDecodeMegabytes);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > edge || size.height() > edge))
        reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > edge || image.height() > edge))
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace parley::ui
