#pragma once

#include "core/domain/message.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSqlDatabase>

namespace parley {
class MirrorStore;
struct AttachmentListReply;
} // namespace parley

namespace parley::ui {

class MediaFiles;
class ThumbnailCache;

// The files of one conversation, newest first (R4.1): a thumbnail, the file name, its type, size,
// date and who sent it, filtered by photos / documents / audio / video. Thumbnails are asked for
// when a row is painted, so a long list fetches only the files on screen.
//
// The rows are read on the MirrorStore's reader thread (MirrorStore::attachments) and come in
// when the answer does (loaded()); a filter picks among the rows read, with no read of its own.
// Reading the same conversation again changes only the rows that changed.
class AttachmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SizeColumn, DateColumn, SenderColumn, ColumnCount };
    enum class Filter { All, Photos, Documents, Audio, Video };
    static constexpr int MessageRole = Qt::UserRole + 1;
    static constexpr int thumbnailEdge = 48;

    // `store` reads the files. Without one, the model makes its own over the mirror's file.
    explicit AttachmentListModel(MirrorStore *store, QObject *parent = nullptr);
    explicit AttachmentListModel(QSqlDatabase mirror, QObject *parent = nullptr);

    void setThumbnails(ThumbnailCache *cache);
    // Rows whose private copy is on disk can be dragged out to a file manager.
    void setFiles(MediaFiles *files) { m_files = files; }
    // `customerName`: the sender shown on the customer's files.
    void setConversation(Id conversationId, const QString &customerName);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Reads the conversation's files again.
    void reload();
    // A read is on its way: rows may change soon.
    bool isLoading() const { return m_asked != 0; }
    Message messageAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    static bool matches(const Message &message, Filter filter);

signals:
    // The answer to a read was applied.
    void loaded();

private:
    void arrived(const AttachmentListReply &reply);
    // Shows the rows of m_all the filter keeps: in place when the same files are shown.
    void showFiltered(bool sameConversation);
    void thumbnailReady(Id messageId);

    MirrorStore *m_store = nullptr;
    quint64 m_asked = 0;  // the read on its way (0: none)
    QList<Message> m_all; // every file of the conversation, newest first
    QPointer<ThumbnailCache> m_thumbnails;
    QPointer<MediaFiles> m_files;
    Id m_conversation = 0;
    QString m_customerName;
    Filter m_filter = Filter::All;
    QList<Message> m_rows;
    QHash<Id, QString> m_agentNames;
    mutable QHash<Id, QPixmap> m_icons; // thumbnails scaled to the row once
};

} // namespace parley::ui
