// RecordPanel: how wide it is beside the chat. The README's screenshot at 1280 px cut "Mobile" and
// "Save fields" at the panel's right edge: the splitter had made the panel narrower than its
// content, which the scroll area (no sideways scroll bar) then cut.
#include "ui/record/recordpanel.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>

namespace parley::ui {

QSize RecordPanel::minimumSizeHint() const
{
    // As narrow as the content allows, with room for the vertical scroll bar: the content is
    // never cut at the right edge, the scroll bar sideways being off.
    const QWidget *content = m_scroll->widget();
    const int bar = m_scroll->verticalScrollBar()->sizeHint().width();
    return {content->minimumSizeHint().width() + bar, QWidget::minimumSizeHint().height()};
}

QSize RecordPanel::sizeHint() const
{
    // What the splitter gives the panel when it appears beside a conversation.
    return minimumSizeHint().expandedTo(QSize(preferredWidth, 0));
}

bool RecordPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->widget() && event->type() == QEvent::LayoutRequest) {
        updateGeometry();
        // QSplitter lays its children out again when one is shown or hidden, not when one's
        // minimum grows (the record's fields arriving after the panel appeared).
        if (auto *splitter = qobject_cast<QSplitter *>(parentWidget());
            splitter && width() < minimumSizeHint().width())
            splitter->refresh();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace parley::ui
