#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace parley::ui {

class ThumbnailCache;

// Chat bubbles: the customer's on the left, the team's on the right; a date line where a new
// day starts; the time with delivery ticks (sent ✓, delivered ✓✓, read ✔✔ heavier and in the
// read colour), a clock for a pending reply, ⚠! and the reason under a failed one. Colours come
// from ui/theme/palette.h.
class MessageDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString ticks(int deliveryState);
    // Photos, PDFs and stickers show their thumbnails from `cache` (ui/media/mediabubble.h).
    void setThumbnails(ThumbnailCache *cache) { m_thumbnails = cache; }
    // Where the media part of a message's bubble is painted (empty when it has none).
    QRect mediaRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    struct Layout {
        QRect dayLine;
        QRect bubble;
        QRect media; // ui/media/mediabubble.h
        QRect text;
        QRect footer;
        QRect failure;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    QRect wrappedBounds(const QFontMetrics &metrics, int width, const QString &text) const;

    // Shaping wrapped text is most of what a bubble costs, and the view asks for the size of
    // every row and then paints the visible ones: measured once per text, width and font.
    mutable QHash<QPair<int, QString>, QRect> m_bounds;
    mutable QFont m_boundsFont;
    mutable int m_footerWidth = -1;
    ThumbnailCache *m_thumbnails = nullptr; // the main window's, outlives the chat
};

} // namespace parley::ui
