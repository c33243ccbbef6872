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

void RecordPanel::takeRoomBesideTheChat()
{
    // Hidden beside no conversation, the panel comes back at whatever width the splitter left it
    // (the README's screenshot: 190 px at 1280): as wide as it would like, a pixel at a time from
    // the column with the most room for its stretch factor (the chat gives half as fast as the
    // list; the views, stretch 0, give nothing), none below its own minimum.
    auto *splitter = qobject_cast<QSplitter *>(parentWidget());
    if (!splitter)
        return;
    QList<int> sizes = splitter->sizes();
    const int me = splitter->indexOf(this);
    for (int wanted = sizeHint().width() - sizes.value(me); wanted > 0; --wanted) {
        int giver = -1;
        double roomiest = 0;
        for (int i = 0; i < sizes.size(); ++i) {
            const QWidget *column = splitter->widget(i);
            const int stretch = column->sizePolicy().horizontalStretch();
            if (i == me || column->isHidden() || stretch == 0 ||
                sizes[i] <= column->minimumSizeHint().width())
                continue;
            if (giver < 0 || double(sizes[i]) / stretch > roomiest) {
                giver = i;
                roomiest = double(sizes[i]) / stretch;
            }
        }
        if (giver < 0)
            break;
        --sizes[giver];
        ++sizes[me];
    }
    splitter->setSizes(sizes);
}

} // namespace parley::ui
