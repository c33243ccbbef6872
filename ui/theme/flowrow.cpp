#include "ui/theme/flowrow.h"

#include <QPair>
#include <QStyle>
#include <QWidget>

namespace parley::ui {

FlowRow::FlowRow(QWidget *parent) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowRow::~FlowRow()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

QWidget *FlowRow::wrap(const QList<QWidget *> &widgets, QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *row = new FlowRow(holder);
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    return holder;
}

void FlowRow::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowRow::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowRow::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowRow::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowRow::sizeHint() const
{
    // All on one line.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? gap() : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void FlowRow::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowRow::gap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *owner = parentWidget();
    return owner ? owner->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, owner)
                 : 6;
}

int FlowRow::arrange(const QRect &rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    QList<QPair<QLayoutItem *, QSize>> line; // the items on the line being filled
    int lineWidth = 0;
    int lineHeight = 0;
    // Each line's items centred on the line, as a box layout would (a label beside buttons).
    const auto endLine = [&] {
        int x = area.x();
        for (const auto &[item, size] : std::as_const(line)) {
            if (place)
                item->setGeometry(QRect(QPoint(x, y + (lineHeight - size.height()) / 2), size));
            x += size.width() + gap();
        }
        if (!line.isEmpty())
            y += lineHeight + gap();
        line.clear();
        lineWidth = 0;
        lineHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize size = item->sizeHint().boundedTo(QSize(area.width(), QWIDGETSIZE_MAX));
        if (!line.isEmpty() && lineWidth + gap() + size.width() > area.width())
            endLine();
        lineWidth += (line.isEmpty() ? 0 : gap()) + size.width();
        lineHeight = qMax(lineHeight, size.height());
        line.append({item, size});
    }
    endLine();
    const int used = y > area.y() ? y - gap() - rect.y() : 0;
    return used + contentsMargins().bottom();
}

} // namespace parley::ui
