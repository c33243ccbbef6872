#pragma once

#include "core/domain/message.h"

#include <QObject>
#include <QSqlDatabase>

class QWidget;

namespace parley::ui {

class AudioPlayer;
class MediaFiles;

// What an agent does with a message's file, wherever the file is shown (a bubble, the photo
// viewer, the Attachments tab): Save as… (a file dialog, then the download with a progress
// dialog that can cancel it), Open (photos and stickers in the viewer, the rest in the system's
// application), and in a chat bubble a click that plays a voice note in place.
class MediaActions : public QObject {
    Q_OBJECT
public:
    MediaActions(QSqlDatabase mirror, MediaFiles *files, QWidget *window);

    MediaFiles *files() const { return m_files; }
    // The one player of voice notes and audio (one plays at a time).
    AudioPlayer *audio() const { return m_audio; }
    void saveAs(const Message &message);
    // Streams to `path` with a progress dialog; the outcome comes as a status() text.
    void saveTo(const Message &message, const QString &path);
    void open(const Message &message);
    // A click on a bubble's media: audio plays or pauses in place, the rest opens.
    void activate(const Message &message);

signals:
    // A line for the status bar: "Saved …", why it failed, …
    void status(const QString &text);

private:
    QSqlDatabase m_db;
    MediaFiles *m_files;
    AudioPlayer *m_audio;
    QWidget *m_window;
};

} // namespace parley::ui
