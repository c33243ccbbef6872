#include "ui/media/attachmentlistmodel.h"

#include "core/mirror/attachmentqueries.h"
#include "core/mirror/mirrorreads.h"
#include "ui/media/mediabubble.h"
#include "ui/media/mediafiles.h"
#include "ui/media/thumbnailcache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QSize>
#include <QUrl>

namespace parley::ui {

AttachmentListModel::AttachmentListModel(QSqlDatabase mirror, QObject *parent)
    : QAbstractTableModel(parent), m_db(mirror)
{}

void AttachmentListModel::setThumbnails(ThumbnailCache *cache)
{
    if (m_thumbnails)
        disconnect(m_thumbnails, nullptr, this, nullptr);
    m_thumbnails = cache;
    if (cache)
        connect(cache, &ThumbnailCache::thumbnailReady, this, &AttachmentListModel::thumbnailReady);
}

void AttachmentListModel::setConversation(Id conversationId, const QString &customerName)
{
    m_conversation = conversationId;
    m_customerName = customerName;
    reload();
}

void AttachmentListModel::setFilter(Filter filter)
{
    m_filter = filter;
    reload();
}

bool AttachmentListModel::matches(const Message &message, Filter filter)
{
    switch (filter) {
    case Filter::Photos:
        return message.kind == MessageKind::Image || message.kind == MessageKind::Sticker;
    case Filter::Documents:
        return message.kind == MessageKind::Document;
    case Filter::Audio:
        return message.kind == MessageKind::Audio;
    case Filter::Video:
        return message.kind == MessageKind::Video;
    case Filter::All:
        break;
    }
    return true;
}

void AttachmentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_icons.clear();
    if (m_conversation != 0) {
        QList<Message> all;
        QString error;
        fetchAttachments(m_db, m_conversation, AttachmentOrder::NewestFirst, &all, &error);
        for (const Message &message : std::as_const(all)) {
            if (matches(message, m_filter))
                m_rows.append(message);
        }
        m_agentNames.clear();
        for (const Agent &agent : MirrorReads(m_db).agents(true))
            m_agentNames.insert(agent.id, agent.name);
    }
    endResetModel();
}

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttachmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Message &m = m_rows.at(index.row());
    if (role == MessageRole)
        return QVariant::fromValue(m);
    if (role == Qt::SizeHintRole && index.column() == NameColumn) {
        // Every row as tall as a thumbnail, whether it has one yet or not: the view measures
        // one row for all (uniform heights), and a thumbnail arriving later must not overlap the
        // rows under it.
        return QSize(0, thumbnailEdge + 4);
    }
    if (role == Qt::DecorationRole && index.column() == NameColumn) {
        const auto icon = m_icons.constFind(m.id);
        if (icon != m_icons.constEnd())
            return *icon;
        if (!m_thumbnails || !ThumbnailCache::hasThumbnail(m))
            return {};
        const QImage image = m_thumbnails->thumbnail(m); // null: it follows
        if (image.isNull())
            return {};
        const QPixmap scaled = QPixmap::fromImage(image.scaled(
            thumbnailEdge, thumbnailEdge, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_icons.insert(m.id, scaled);
        return scaled;
    }
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m.media.fileName.isEmpty() ? MediaBubble::kindText(m) : m.media.fileName;
    case TypeColumn: // the kind is in the name (photos have none) and in the filter
        return MediaBubble::typeLabel(m);
    case SizeColumn:
        return MediaBubble::sizeText(m);
    case DateColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.createdAt),
                                  QLocale::ShortFormat);
    case SenderColumn:
        if (m.direction == Direction::In)
            return m_customerName;
        return m_agentNames.value(m.authorId, tr("Team"));
    default:
        return {};
    }
}

QVariant AttachmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case DateColumn:
        return tr("Date");
    case SenderColumn:
        return tr("Sender");
    default:
        return {};
    }
}

Qt::ItemFlags AttachmentListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && m_files && QFileInfo(m_files->copyPath(m_rows.at(index.row()))).isFile())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList AttachmentListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

QMimeData *AttachmentListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Message> messages;
    for (const QModelIndex &index : indexes) {
        if (index.column() == NameColumn)
            messages.append(m_rows.at(index.row()));
    }
    return m_files ? m_files->dragData(messages) : nullptr;
}

void AttachmentListModel::thumbnailReady(Id messageId)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == messageId) {
            const QModelIndex cell = index(row, NameColumn);
            emit dataChanged(cell, cell, {Qt::DecorationRole});
            return;
        }
    }
}

} // namespace parley::ui
