#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>

namespace parley::ui {

class AudioPlayer;
class ThumbnailCache;
struct BubbleContent;

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
    // Voice notes and audio show their play state from `player` (ui/media/audioplayer.h).
    void setAudioPlayer(AudioPlayer *player) { m_audio = player; }
    // Where the media part of a message's bubble is painted (empty when it has none).
    QRect mediaRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // Where a bubble's clickable parts are painted (tests click them).
    enum class Part { Quote, Action, Reactions };
    QRect partRect(const QStyleOptionViewItem &option, const QModelIndex &index, Part part) const;

signals:
    // The quote above a reply was clicked: show the quoted message.
    void quoteActivated(const QModelIndex &index);
    // A bubble's link was clicked: "Open map", "Start WhatsApp chat", "Open the ad".
    void actionActivated(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout {
        QRect dayLine;
        QRect bubble;
        QRect media;  // ui/media/mediabubble.h
        QRect header; // the agent's name, the Business app, forwarded
        QRect quote;  // the quoted message above a reply
        QRect title;
        QRect text;
        QRect action;
        QRect footer;
        QRect failure;
        QRect reactions; // under the bubble
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    // The per-kind parts of a bubble (ui/models/bubblecontent.h) around its text.
    void paintParts(QPainter *painter, const QStyleOptionViewItem &option, const Layout &l,
                    const BubbleContent &content) const;
    void paintLine(QPainter *painter, const QStyleOptionViewItem &option, const Layout &l,
                   const BubbleContent &content) const;
    QRect wrappedBounds(const QFontMetrics &metrics, int width, const QString &text) const;

    // Shaping wrapped text is most of what a bubble costs, and the view asks for the size of
    // every row and then paints the visible ones: measured once per text, width and font.
    mutable QHash<QPair<int, QString>, QRect> m_bounds;
    mutable QFont m_boundsFont;
    mutable int m_footerWidth = -1;
    ThumbnailCache *m_thumbnails = nullptr; // the main window's, outlives the chat
    AudioPlayer *m_audio = nullptr;         // the main window's too
};

} // namespace parley::ui
