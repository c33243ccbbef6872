#include "ui/media/videoposter.h"

#include "ui/media/mediabackend.h"

#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

namespace parley::ui {
namespace {

// A file that gives no frame in this time is taken as unreadable (it is a few KB to a few MB
// on the local disk; a decoder that hangs must not hold a player for the session).
constexpr int posterDeadlineMs = 10000;

} // namespace

VideoPoster::VideoPoster(const QString &path, QObject *parent) : QObject(parent)
{
    chooseMediaBackend();
    m_player = new QMediaPlayer(this);
    auto *sink = new QVideoSink(this);
    m_player->setVideoSink(sink); // no audio output: nothing is heard
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { finish({}); });
    connect(sink, &QVideoSink::videoFrameChanged, this, &VideoPoster::frameArrived);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error) {
        if (error != QMediaPlayer::NoError)
            finish({});
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (status == QMediaPlayer::InvalidMedia || status == QMediaPlayer::EndOfMedia)
                    finish({});
            });
    // Started from the event loop, so that whoever made this connects to finished() first.
    QTimer::singleShot(0, this, [this, path] {
        m_deadline->start(posterDeadlineMs);
        m_player->setSource(QUrl::fromLocalFile(path));
        m_player->play();
    });
}

qint64 VideoPoster::durationOf(const QImage &poster)
{
    return poster.text(QLatin1String(durationKey)).toLongLong();
}

void VideoPoster::frameArrived(const QVideoFrame &frame)
{
    if (m_done || !frame.isValid())
        return;
    QImage image = frame.toImage();
    if (image.isNull())
        return;
    image = image.convertToFormat(QImage::Format_RGB32);
    image.setText(QLatin1String(durationKey), QString::number(m_player->duration()));
    finish(image);
}

void VideoPoster::finish(const QImage &poster)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    m_player->stop();
    emit finished(poster);
    deleteLater();
}

} // namespace parley::ui
