#include "ui/media/bubbledrag.h"

#include "ui/media/mediabubble.h"
#include "ui/media/mediafiles.h"
#include "ui/models/messagedelegate.h"
#include "ui/models/messagelistmodel.h"

#include <QApplication>
#include <QDrag>
#include <QListView>
#include <QMimeData>
#include <QMouseEvent>

namespace parley::ui {

BubbleDrag::BubbleDrag(QListView *view, MediaFiles *files)
    : QObject(view), m_view(view), m_files(files)
{
    view->viewport()->installEventFilter(this);
}

QRect BubbleDrag::mediaRect(QListView *view, const QModelIndex &index)
{
    auto *bubbles = qobject_cast<MessageDelegate *>(view->itemDelegate());
    if (!bubbles || !index.isValid())
        return {};
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    option.rect = view->visualRect(index);
    return bubbles->mediaRect(option, index);
}

Message BubbleDrag::messageAt(const QPoint &at) const
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid() ||
        !MediaBubble::shows(MessageKind(index.data(MessageListModel::KindRole).toInt())) ||
        !mediaRect(m_view, index).contains(at))
        return {};
    const Message message = index.data(MessageListModel::MessageRole).value<Message>();
    return MediaBubble::shows(message) ? message : Message();
}

QMimeData *BubbleDrag::dragDataAt(const QPoint &at) const
{
    const Message message = messageAt(at);
    return message.id != 0 ? m_files->dragData({message}) : nullptr;
}

bool BubbleDrag::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressed = 0;
        if (mouse->button() != Qt::LeftButton)
            return false;
        const Message message = messageAt(mouse->position().toPoint());
        if (message.id != 0) {
            m_pressed = message.id;
            m_pressedAt = mouse->position().toPoint();
            // Fetched now, so that it is on disk by the time the mouse has moved.
            m_files->fetchCopy(message, this, [](const QString &, const QString &) {});
        }
    } else if (event->type() == QEvent::MouseMove && m_pressed != 0) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (!(mouse->buttons() & Qt::LeftButton)) {
            m_pressed = 0;
            return false;
        }
        if ((mouse->position().toPoint() - m_pressedAt).manhattanLength() <
            QApplication::startDragDistance())
            return false;
        QMimeData *data = dragDataAt(m_pressedAt);
        m_pressed = 0;
        if (!data)
            return false; // not fetched yet: the view selects as usual
        auto *drag = new QDrag(m_view);
        drag->setMimeData(data);
        drag->exec(Qt::CopyAction);
        return true;
    } else if (event->type() == QEvent::MouseButtonRelease) {
        m_pressed = 0;
    }
    return false;
}

} // namespace parley::ui
