#include "ui/media/mediafiles.h"

#include "core/rules/attachmentrules.h"
#include "core/sync/filedownload.h"
#include "core/sync/hubclient.h"
#include "core/sync/huberror.h"
#include "core/sync/mediaapi.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace parley::ui {
namespace {

QString mediaPath(const Message &message)
{
    return messageMediaPath(message.id);
}

// The largest file WhatsApp carries (a document); a longer body is not a WhatsApp file.
constexpr qint64 maxFileBytes = maxDocumentBytes;

} // namespace

MediaFiles::MediaFiles(HubClient *hub, const QString &cacheDir, qint64 capBytes, QObject *parent)
    : QObject(parent), m_hub(hub),
      m_dir(cacheDir.isEmpty()
                ? QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                      .filePath(QStringLiteral("files"))
                : cacheDir),
      m_cap(capBytes)
{
    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString MediaFiles::safeFileName(const Message &message)
{
    QString name = message.media.fileName;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    name = name.left(200);
    if (name.trimmed().isEmpty()) {
        const QString suffix =
            QMimeDatabase().mimeTypeForName(message.media.mimeType).preferredSuffix();
        name = QStringLiteral("%1-%2").arg(messageKindName(message.kind)).arg(message.id);
        if (!suffix.isEmpty())
            name += QLatin1Char('.') + suffix;
    }
    return name;
}

QString MediaFiles::copyPath(const Message &message) const
{
    // One folder per message, so that the copy keeps the customer's file name (what an opened
    // application or a file manager shows) and two files of one name never meet.
    return QDir(m_dir).filePath(QString::number(message.id) + QLatin1Char('/') +
                                safeFileName(message));
}

QMimeData *MediaFiles::dragData(const QList<Message> &messages) const
{
    QList<QUrl> urls;
    for (const Message &message : messages) {
        const QString path = copyPath(message);
        if (QFileInfo(path).isFile())
            urls.append(QUrl::fromLocalFile(path));
    }
    if (urls.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setUrls(urls);
    return data;
}

FileDownload *MediaFiles::saveAs(const Message &message, const QString &path)
{
    return m_hub->download(mediaPath(message), path, maxFileBytes);
}

void MediaFiles::fetchCopy(const Message &message, QObject *context, CopyDone done)
{
    const QString path = copyPath(message);
    if (QFileInfo(path).isFile()) {
        // Used again: its time keeps it from being pruned first.
        QFile file(path);
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        done(path, QString());
        return;
    }
    const bool alreadyFetching = m_fetching.contains(message.id);
    m_fetching[message.id].append({context, std::move(done)});
    if (alreadyFetching)
        return;
    FileDownload *download = m_hub->download(mediaPath(message), path, maxFileBytes);
    const Id id = message.id;
    connect(download, &FileDownload::finished, this, [this, download, id, path] {
        const bool saved = download->outcome() == FileDownload::Outcome::Saved;
        const QString error =
            saved ? QString()
                  : hubErrorText(download->errorCode(), download->errorMessage(), HubSubject::Send);
        if (saved)
            prune(path);
        else
            QDir().rmdir(QFileInfo(path).absolutePath()); // the empty per-message folder
        const QList<Waiter> waiters = m_fetching.take(id);
        for (const Waiter &waiter : waiters) {
            if (waiter.context)
                waiter.done(saved ? path : QString(), error);
        }
    });
}

void MediaFiles::open(const Message &message)
{
    fetchCopy(message, this, [this](const QString &path, const QString &error) {
        if (path.isEmpty()) {
            emit failed(error);
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            emit failed(tr("No application opens %1").arg(QFileInfo(path).fileName()));
        else
            emit opened(path);
    });
}

void MediaFiles::prune(const QString &keep)
{
    // A folder of hundreds of files is listed on a worker thread, not between two frames.
    (void)QtConcurrent::run(pruneFolder, m_dir, m_cap, keep);
}

void MediaFiles::pruneFolder(const QString &dir, qint64 cap, const QString &keep)
{
    struct Entry {
        QString path;
        qint64 size;
        QDateTime used;
    };
    QList<Entry> entries;
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        entries.append({info.absoluteFilePath(), info.size(), info.lastModified()});
        total += info.size();
    }
    if (total <= cap)
        return;
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.used < b.used; });
    const QString kept = QFileInfo(keep).absoluteFilePath();
    for (const Entry &entry : entries) {
        if (total <= cap)
            break;
        if (entry.path == kept)
            continue;
        if (QFile::remove(entry.path)) {
            total -= entry.size;
            QDir().rmdir(QFileInfo(entry.path).absolutePath());
        }
    }
}

} // namespace parley::ui
