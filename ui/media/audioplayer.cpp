#include "ui/media/audioplayer.h"

#include "ui/media/audiolength.h"
#include "ui/media/mediabackend.h"
#include "ui/media/mediafiles.h"

#include <QAudioOutput>
#include <QFutureWatcher>
#include <QMediaPlayer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace parley::ui {

AudioPlayer::AudioPlayer(MediaFiles *files, QObject *parent) : QObject(parent), m_files(files) {}

QMediaPlayer *AudioPlayer::player()
{
    // Made on the first play, not with the window: Qt Multimedia's backend and the sound
    // server are not loaded at all by a desktop that never plays a voice note.
    if (m_player)
        return m_player;
    chooseMediaBackend();
    m_player = new QMediaPlayer(this);
    if (hasAudioOutput()) {
        m_output = new QAudioOutput(this);
        m_player->setAudioOutput(m_output);
    }
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        if (m_current == 0 || ms <= 0)
            return;
        m_durations.insert(m_current, ms);
        emit changed(m_current);
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this] {
        if (m_current != 0)
            emit changed(m_current);
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this] {
        if (m_current != 0)
            emit changed(m_current);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) {
                if (m_current == 0)
                    return;
                if (status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia ||
                    status == QMediaPlayer::EndOfMedia || status == QMediaPlayer::InvalidMedia)
                    m_loading = false;
                if (status == QMediaPlayer::EndOfMedia)
                    m_player->setPosition(0); // played through: back to the start, like WhatsApp
                emit changed(m_current);
            });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error) {
        if (m_current == 0 || error == QMediaPlayer::NoError)
            return;
        m_loading = false;
        m_problem = tr("This audio cannot be played: %1").arg(m_player->errorString());
        emit changed(m_current);
    });
    return m_player;
}

AudioPlayer::State AudioPlayer::stateFor(const Message &message)
{
    wantLength(message);
    return state(message.id);
}

void AudioPlayer::wantLength(const Message &message)
{
    if (!m_files || message.id == 0 || m_durations.contains(message.id) ||
        m_lengthAsked.contains(message.id))
        return;
    m_lengthAsked.insert(message.id);
    const Id id = message.id;
    m_files->fetchCopy(message, this, [this, id](const QString &path, const QString &) {
        if (path.isEmpty())
            return; // no length shown; a play says why
        auto *watcher = new QFutureWatcher<qint64>(this);
        connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, id] {
            watcher->deleteLater();
            const qint64 ms = watcher->result();
            // What the player measured while playing wins over the container's word.
            if (ms > 0 && !m_durations.contains(id)) {
                m_durations.insert(id, ms);
                emit changed(id);
            }
        });
        watcher->setFuture(QtConcurrent::run(&audioFileLengthMs, path));
    });
}

AudioPlayer::State AudioPlayer::state(Id messageId) const
{
    State state;
    state.durationMs = m_durations.value(messageId);
    if (messageId == 0 || messageId != m_current)
        return state;
    state.current = true;
    state.loading = m_loading;
    state.playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    state.positionMs = m_player ? m_player->position() : 0;
    state.problem = m_problem;
    return state;
}

void AudioPlayer::toggle(const Message &message)
{
    if (message.id == 0)
        return;
    if (message.id == m_current) {
        if (m_loading)
            return;
        if (player()->playbackState() == QMediaPlayer::PlayingState)
            player()->pause();
        else if (m_output && m_problem.isEmpty())
            player()->play();
        emit changed(m_current);
        return;
    }
    stop();
    m_current = message.id;
    m_loading = true;
    m_problem.clear();
    emit changed(m_current);
    const Id id = message.id;
    m_files->fetchCopy(message, this, [this, id](const QString &path, const QString &error) {
        opened(id, path, error);
    });
}

void AudioPlayer::opened(Id messageId, const QString &path, const QString &error)
{
    if (messageId != m_current)
        return; // another one was started meanwhile
    if (path.isEmpty()) {
        m_loading = false;
        m_problem = error;
        emit changed(messageId);
        return;
    }
    // Loaded even without an output: opening the file tells its length.
    player()->setSource(QUrl::fromLocalFile(path));
    if (m_output)
        player()->play();
    else
        m_problem = tr("No audio output on this computer");
    emit changed(messageId);
}

void AudioPlayer::stop()
{
    const Id previous = m_current;
    if (previous == 0)
        return;
    m_current = 0;
    m_loading = false;
    m_problem.clear();
    if (m_player) {
        m_player->stop();
        m_player->setSource(QUrl());
    }
    emit changed(previous);
}

QString AudioPlayer::timeText(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = seconds / 3600;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg(hours > 0 ? (seconds / 60) % 60 : seconds / 60,
                                            hours > 0 ? 2 : 1, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return hours > 0 ? QString::number(hours) + QLatin1Char(':') + minutesSeconds : minutesSeconds;
}

} // namespace parley::ui
