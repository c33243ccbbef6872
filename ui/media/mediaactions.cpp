#include "ui/media/mediaactions.h"

#include "core/mirror/mirrorstore.h"
#include "core/mirror/screenreads.h"
#include "core/sync/filedownload.h"
#include "core/sync/huberror.h"
#include "ui/media/audioplayer.h"
#include "ui/media/mediafiles.h"
#include "ui/media/photoviewer.h"

#include <QDir>
#include <QFileDialog>
#include <QPointer>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QWidget>

namespace parley::ui {

MediaActions::MediaActions(QSqlDatabase mirror, MediaFiles *files, QWidget *window)
    : MediaActions(nullptr, files, window)
{
    m_store = new MirrorStore(mirror.databaseName(), this);
}

MediaActions::MediaActions(MirrorStore *store, MediaFiles *files, QWidget *window)
    : QObject(window), m_store(store), m_files(files), m_audio(new AudioPlayer(files, this)),
      m_window(window)
{
    connect(m_files, &MediaFiles::failed, this, &MediaActions::status);
}

void MediaActions::saveAs(const Message &message)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
            .filePath(MediaFiles::safeFileName(message));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save attachment"), suggested);
    if (!path.isEmpty())
        saveTo(message, path);
}

void MediaActions::saveTo(const Message &message, const QString &path)
{
    FileDownload *download = m_files->saveAs(message, path);
    auto *progress = new QProgressDialog(tr("Saving %1…").arg(MediaFiles::safeFileName(message)),
                                         tr("Cancel"), 0, 0, m_window);
    progress->setWindowTitle(tr("Save attachment"));
    progress->setMinimumDuration(500); // small files are saved before it would show
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(progress, &QProgressDialog::canceled, download, &FileDownload::cancel);
    connect(download, &FileDownload::progress, progress, [progress](qint64 received, qint64 total) {
        // Kilobytes, so that a 100 MB file fits the dialog's int range.
        progress->setMaximum(total > 0 ? int(total / 1024) : 0);
        progress->setValue(int(received / 1024));
    });
    connect(download, &FileDownload::finished, this, [this, download, progress, path] {
        progress->deleteLater();
        switch (download->outcome()) {
        case FileDownload::Outcome::Saved:
            emit status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
            break;
        case FileDownload::Outcome::Cancelled:
            emit status(tr("Not saved: cancelled"));
            break;
        default:
            emit status(tr("Not saved: %1")
                            .arg(hubErrorText(download->errorCode(), download->errorMessage(),
                                              HubSubject::Send)));
            break;
        }
    });
}

void MediaActions::open(const Message &message)
{
    m_photosAsked = 0; // whatever was opened before and is still being read stays closed
    if (message.kind != MessageKind::Image && message.kind != MessageKind::Sticker) {
        emit status(tr("Opening %1…").arg(MediaFiles::safeFileName(message)));
        m_files->open(message);
        return;
    }
    const Id conversationId = message.conversationId;
    m_photosAsked = m_store->read<QList<Message>>(
        [conversationId](QSqlDatabase db) { return readPhotos(db, conversationId); },
        [self = QPointer<MediaActions>(this), message](quint64 asked,
                                                       const QList<Message> &photos) {
            if (!self || asked != self->m_photosAsked)
                return;
            self->m_photosAsked = 0;
            self->showViewer(message, photos);
        });
}

void MediaActions::showViewer(const Message &message, QList<Message> photos)
{
    int current = 0;
    for (int i = 0; i < photos.size(); ++i) {
        if (photos.at(i).id == message.id)
            current = i;
    }
    if (photos.isEmpty())
        photos.append(message);
    auto *viewer = new PhotoViewer(m_files, photos, current, m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewer, &PhotoViewer::saveRequested, this, &MediaActions::saveAs);
    viewer->show();
}

void MediaActions::activate(const Message &message)
{
    if (message.kind == MessageKind::Audio)
        m_audio->toggle(message);
    else
        open(message);
}

} // namespace parley::ui
