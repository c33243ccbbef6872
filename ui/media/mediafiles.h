#pragma once

#include "core/domain/message.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QMimeData;

namespace parley {
class FileDownload;
class HubClient;
} // namespace parley

namespace parley::ui {

// A message's file on this desktop. Save as… streams it from the hub to the agent's path; Open
// and the thumbnails use a private copy kept in a size-capped cache folder (0700, the user's cache
// location), fetched on first need and shared by everyone who asks at the same time.
class MediaFiles : public QObject {
    Q_OBJECT
public:
    using CopyDone = std::function<void(const QString &path, const QString &error)>;

    // `cacheDir` empty: <cache location>/files.
    MediaFiles(HubClient *hub, const QString &cacheDir = QString(), qint64 capBytes = defaultCap,
               QObject *parent = nullptr);

    static constexpr qint64 defaultCap = 512LL * 1024 * 1024;

    // Streams the file to `path`; nothing is written there unless every byte arrived.
    FileDownload *saveAs(const Message &message, const QString &path);
    // The private copy's path (whether or not it is there yet).
    QString copyPath(const Message &message) const;
    // Calls `done` with the private copy's path once it is on disk, or with an error text (the
    // agent's language); `context` going away cancels the call back, not the fetch.
    void fetchCopy(const Message &message, QObject *context, CopyDone done);
    // Fetches the private copy and opens it in the system's application for its type.
    void open(const Message &message);
    // What a drag out to a file manager carries: the file URLs of those messages' private copies
    // that are on disk (a file manager copies them where they are dropped); null when none is.
    QMimeData *dragData(const QList<Message> &messages) const;
    // A file name safe to create: no folders, no leading dot, never empty.
    static QString safeFileName(const Message &message);

signals:
    void opened(const QString &path);
    void failed(const QString &text);

private:
    void prune(const QString &keep);
    // Removes the least recently used copies until the folder is within `cap` (not `keep`).
    static void pruneFolder(const QString &dir, qint64 cap, const QString &keep);

    HubClient *m_hub;
    QString m_dir;
    qint64 m_cap;
    struct Waiter {
        QPointer<QObject> context;
        CopyDone done;
    };
    QHash<Id, QList<Waiter>> m_fetching;
};

} // namespace parley::ui
