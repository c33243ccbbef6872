#pragma once

#include "core/domain/message.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace parley::ui {

class MediaFiles;

// Small pictures of photos, stickers, PDFs' first pages and videos' first frames (with the
// video's length, ui/media/videoposter.h), made on this desktop (docs/desktop.md
// "Media" says why not on the hub). A thumbnail is asked for only when its bubble or row is
// painted, so a thread of 500 photos fetches the files of the few on screen, not 500. Made once,
// each is kept in a size-capped folder beside the mirror and in a small memory cache; decoding,
// scaling and the disk all happen on a worker thread, and thumbnailReady() comes back queued.
class ThumbnailCache : public QObject {
    Q_OBJECT
public:
    // The longest side of a thumbnail, in pixels (two bubbles' worth on a HiDPI screen).
    static constexpr int edge = 320;
    static constexpr qint64 defaultCap = 64LL * 1024 * 1024;

    ThumbnailCache(MediaFiles *files, const QString &dir, qint64 capBytes = defaultCap,
                   QObject *parent = nullptr);
    ~ThumbnailCache() override;

    // <the mirror's folder>/thumbnails; for a mirror without a file (tests), the cache location.
    static QString dirBeside(const QSqlDatabase &mirror);
    // Photos, stickers, videos and PDFs have thumbnails; other files show their type.
    static bool hasThumbnail(const Message &message);

    // The thumbnail if it is in memory; otherwise a null image, and the thumbnail is fetched or
    // made in the background (thumbnailReady follows, or nothing when the file cannot be read).
    QImage thumbnail(const Message &message);
    // Blocks until the background work has finished (for tests and shutdown).
    void waitForIdle();

    // Made in the calling thread: the file at `source` scaled to fit edge × edge (a PDF's first
    // page); null when it is not a picture or a PDF this desktop can read.
    static QImage makeThumbnail(const QString &source, const QString &mimeType);

signals:
    void thumbnailReady(parley::Id messageId);

private:
    void loadFromDisk(const Message &message);
    void makeFromFile(const Message &message, const QString &source);
    // Runs `make` on a worker, saves what it made to the folder and delivers it.
    void keep(const Message &message, std::function<QImage()> make);
    void delivered(Id messageId, const QImage &image, bool tryFile, const Message &message);
    QString thumbnailPath(Id messageId) const;

    MediaFiles *m_files;
    QString m_dir;
    qint64 m_cap;
    QCache<Id, QImage> m_memory; // cost in KiB
    QSet<Id> m_busy;
    // Files that could not be fetched or read, and until when (ms since the epoch) they are not
    // asked for again: a customer's file reaches the hub a moment after the message, and a
    // bubble painted in between must not stay a placeholder for the session.
    QHash<Id, qint64> m_unreadable;
    QList<QObject *> m_jobs;
};

} // namespace parley::ui
