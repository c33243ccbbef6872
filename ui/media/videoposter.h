#pragma once

#include <QImage>
#include <QObject>
#include <QString>

class QMediaPlayer;
class QTimer;
class QVideoFrame;

namespace parley::ui {

// The first frame and the length of a video file, for its bubble. Qt Multimedia demuxes and
// decodes on its own threads; the GUI thread only receives the one frame, with no sound played.
// Deletes itself after finished().
class VideoPoster : public QObject {
    Q_OBJECT
public:
    // The key under which the poster's QImage::text() carries the video's length in ms (kept in
    // the PNG saved to the thumbnail cache, so the length is known without opening the video).
    static constexpr char durationKey[] = "parley-duration-ms";

    VideoPoster(const QString &path, QObject *parent = nullptr);

    // The video's length from a poster, 0 when not known.
    static qint64 durationOf(const QImage &poster);

signals:
    // The first frame with the length in its text, or a null image when the file could not be
    // decoded within a few seconds.
    void finished(const QImage &poster);

private:
    void frameArrived(const QVideoFrame &frame);
    void finish(const QImage &poster);

    QMediaPlayer *m_player;
    QTimer *m_deadline;
    bool m_done = false;
};

} // namespace parley::ui
