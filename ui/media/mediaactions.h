#pragma once

#include "core/domain/message.h"

#include <QObject>
#include <QSqlDatabase>

class QWidget;

namespace parley {
class MirrorStore;
}

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
    // `store` reads the conversation's photos for the viewer off the GUI thread; without one,
    // the actions make their own over the mirror's file.
    MediaActions(MirrorStore *store, MediaFiles *files, QWidget *window);
    MediaActions(QSqlDatabase mirror, MediaFiles *files, QWidget *window);

    MediaFiles *files() const { return m_files; }
    // The one player of voice notes and audio (one plays at a time).
    AudioPlayer *audio() const { return m_audio; }
    void saveAs(const Message &message);
    // Streams to `path` with a progress dialog; the outcome comes as a status() text.
    void saveTo(const Message &message, const QString &path);
    // A photo or sticker opens in the viewer once the conversation's others are read (on the
    // store's reader thread); opening another file meanwhile drops that one.
    void open(const Message &message);
    // A click on a bubble's media: audio plays or pauses in place, the rest opens.
    void activate(const Message &message);

signals:
    // A line for the status bar: "Saved …", why it failed, …
    void status(const QString &text);

private:
    void showViewer(const Message &message, QList<Message> photos);

    MirrorStore *m_store;
    quint64 m_photosAsked = 0; // the photos of the last photo opened, on their way
    MediaFiles *m_files;
    AudioPlayer *m_audio;
    QWidget *m_window;
};

} // namespace parley::ui
