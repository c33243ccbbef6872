#pragma once

#include "core/domain/message.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPixmap>
#include <QPointer>
#include <QSqlDatabase>

namespace parley::ui {

class MediaFiles;
class ThumbnailCache;

// The files of one conversation, newest first (R4.1): a thumbnail, the file name, its type, size,
// date and who sent it, filtered by photos / documents / audio / video. Thumbnails are asked for
// when a row is painted, so a long list fetches only the files on screen.
class AttachmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, SizeColumn, DateColumn, SenderColumn, ColumnCount };
    enum class Filter { All, Photos, Documents, Audio, Video };
    static constexpr int MessageRole = Qt::UserRole + 1;
    static constexpr int thumbnailEdge = 48;

    AttachmentListModel(QSqlDatabase mirror, QObject *parent = nullptr);

    void setThumbnails(ThumbnailCache *cache);
    // Rows whose private copy is on disk can be dragged out to a file manager.
    void setFiles(MediaFiles *files) { m_files = files; }
    // `customerName`: the sender shown on the customer's files.
    void setConversation(Id conversationId, const QString &customerName);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void reload();
    Message messageAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    static bool matches(const Message &message, Filter filter);

private:
    void thumbnailReady(Id messageId);

    QSqlDatabase m_db;
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
