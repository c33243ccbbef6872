#pragma once

#include "core/domain/message.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QAudioOutput;
class QMediaPlayer;

namespace parley::ui {

class MediaFiles;

// Voice notes and audio played inside their bubbles, one at a time: starting one stops the
// other. The file is fetched through MediaFiles into the private cache and played from there.
// Its length is known before the first play: when a bubble first asks (lengthOf), the file is
// fetched (voice notes are small) and its container read off the GUI thread (audiolength.h).
// Where the computer has no audio output, the bubble says that there is nowhere to play it.
class AudioPlayer : public QObject {
    Q_OBJECT
public:
    explicit AudioPlayer(MediaFiles *files, QObject *parent = nullptr);

    // What a bubble shows for one message.
    struct State {
        bool current = false; // the message the player holds
        bool loading = false; // fetching or opening the file
        bool playing = false;
        qint64 positionMs = 0;
        qint64 durationMs = 0; // 0 until the file has been opened once
        QString problem;       // why it does not play, in the agent's language
    };
    State state(Id messageId) const;
    // The same, and the file's length asked for when nobody has yet (once per message).
    State stateFor(const Message &message);
    // Fetches the file and reads its length from its container (changed() when known).
    void wantLength(const Message &message);

    // Plays the message's audio, or pauses it when it is the one playing.
    void toggle(const Message &message);
    void stop();

    // "0:07", "1:02:09".
    static QString timeText(qint64 ms);

signals:
    // The message's play state, position or length changed: its bubble repaints.
    void changed(parley::Id messageId);

private:
    void opened(Id messageId, const QString &path, const QString &error);
    QMediaPlayer *player();

    MediaFiles *m_files;
    QMediaPlayer *m_player = nullptr; // made on the first play
    QAudioOutput *m_output = nullptr; // none when the computer has no audio output
    Id m_current = 0;
    bool m_loading = false;
    QString m_problem;
    QHash<Id, qint64> m_durations;
    QSet<Id> m_lengthAsked; // fetched or being read for its length, whatever came of it
};

} // namespace parley::ui
