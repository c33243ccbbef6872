#include "ui/media/attachmentlistmodel.h"

#include "core/mirror/mirrorstore.h"
#include "ui/media/mediabubble.h"
#include "ui/media/mediafiles.h"
#include "ui/media/thumbnailcache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QSize>
#include <QUrl>

namespace parley::ui {
namespace {

// What a row of the tab shows of a file: the same means no repaint.
bool showsTheSame(const Message &a, const Message &b)
{
    return a.id == b.id && a.kind == b.kind && a.direction == b.direction &&
           a.authorId == b.authorId && a.createdAt == b.createdAt &&
           a.media.fileName == b.media.fileName && a.media.mimeType == b.media.mimeType &&
           a.media.size == b.media.size && a.media.mediaId == b.media.mediaId &&
           a.media.sha256 == b.media.sha256;
}

} // namespace

AttachmentListModel::AttachmentListModel(MirrorStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{}

AttachmentListModel::AttachmentListModel(QSqlDatabase mirror, QObject *parent)
    : QAbstractTableModel(parent), m_store(new MirrorStore(mirror.databaseName(), this))
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
    const bool same = conversationId == m_conversation;
    const bool renamed = customerName != m_customerName;
    m_conversation = conversationId;
    m_customerName = customerName;
    if (!same) {
        // Another customer's files are not shown while this one's are read.
        m_all.clear();
        showFiltered(false);
    } else if (renamed && !m_rows.isEmpty()) {
        emit dataChanged(index(0, SenderColumn), index(int(m_rows.size()) - 1, SenderColumn));
    }
    reload();
}

void AttachmentListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    showFiltered(false);
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
    if (m_conversation == 0) {
        m_asked = 0;
        return;
    }
    const Id conversation = m_conversation;
    m_asked = m_store->attachments(conversation, [self = QPointer<AttachmentListModel>(this),
                                                  conversation](const AttachmentListReply &reply) {
        // Asked for a conversation shown before, or superseded by a newer read.
        if (self && conversation == self->m_conversation && reply.requestId == self->m_asked)
            self->arrived(reply);
    });
}

void AttachmentListModel::arrived(const AttachmentListReply &reply)
{
    m_asked = 0;
    if (reply.ok) {
        const bool namesChanged = reply.agentNames != m_agentNames;
        m_all = reply.messages;
        m_agentNames = reply.agentNames;
        showFiltered(true);
        if (namesChanged && !m_rows.isEmpty())
            emit dataChanged(index(0, SenderColumn), index(int(m_rows.size()) - 1, SenderColumn));
    }
    emit loaded();
}

void AttachmentListModel::showFiltered(bool sameConversation)
{
    QList<Message> rows;
    for (const Message &message : std::as_const(m_all)) {
        if (matches(message, m_filter))
            rows.append(message);
    }
    bool sameIds = sameConversation && rows.size() == m_rows.size();
    for (qsizetype row = 0; sameIds && row < rows.size(); ++row)
        sameIds = rows.at(row).id == m_rows.at(row).id;
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        m_icons.clear();
        endResetModel();
        return;
    }
    // The same files in the same order (a read after a sync batch): only the changed rows are
    // repainted, and the selection stays.
    for (int row = 0; row < rows.size(); ++row) {
        if (showsTheSame(rows.at(row), m_rows.at(row)))
            continue;
        m_rows[row] = rows.at(row);
        m_icons.remove(rows.at(row).id);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
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
    // (a linear look: a conversation's files are few, and a thumbnail comes once)
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == messageId) {
            const QModelIndex cell = index(row, NameColumn);
            emit dataChanged(cell, cell, {Qt::DecorationRole});
            return;
        }
    }
}

} // namespace parley::ui
