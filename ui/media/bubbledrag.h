#pragma once

#include "core/domain/message.h"

#include <QObject>
#include <QPoint>

class QListView;
class QMimeData;
class QModelIndex;
class QRect;

namespace parley::ui {

class MediaFiles;

// Drags a file out of a chat bubble to a file manager, as the Attachments tab does: pressing on a
// bubble's media part fetches its private copy (MediaFiles), and moving the mouse past the
// drag distance starts a drag carrying that copy's URL (MediaFiles::dragData, the tab's too).
// Installed on the message view's viewport; clicks that are not drags pass through untouched.
class BubbleDrag : public QObject {
    Q_OBJECT
public:
    BubbleDrag(QListView *view, MediaFiles *files);

    // Where the media part of the bubble at `index` is, in viewport coordinates (empty when the
    // message has none).
    static QRect mediaRect(QListView *view, const QModelIndex &index);
    // What a drag from `at` (viewport coordinates) would carry: null when no bubble's media part
    // is there or its copy is not on disk yet.
    QMimeData *dragDataAt(const QPoint &at) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The message whose media part is at `at`, or one with id 0.
    Message messageAt(const QPoint &at) const;

    QListView *m_view;
    MediaFiles *m_files;
    QPoint m_pressedAt;
    Id m_pressed = 0;
};

} // namespace parley::ui
