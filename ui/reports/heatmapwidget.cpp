#include "ui/reports/heatmapwidget.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace parley::ui {

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(160);
}

void HeatmapWidget::setCounts(const HeatGrid &counts)
{
    m_counts = counts;
    setToolTip(tr("%n message(s)", nullptr, int(total())));
    update();
}

qint64 HeatmapWidget::total() const
{
    qint64 sum = 0;
    for (const auto &day : m_counts)
        for (qint64 count : day)
            sum += count;
    return sum;
}

QSize HeatmapWidget::sizeHint() const
{
    return {640, 200};
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics metrics(font());
    const QLocale locale;
    int labelWidth = 0;
    for (int day = 1; day <= 7; ++day)
        labelWidth = std::max(labelWidth,
                              metrics.horizontalAdvance(locale.dayName(day, QLocale::ShortFormat)));
    labelWidth += 8;
    const int headerHeight = metrics.height() + 4;
    const double cellWidth = double(width() - labelWidth) / 24.0;
    const double cellHeight = double(height() - headerHeight) / 7.0;
    qint64 busiest = 1;
    for (const auto &day : m_counts)
        busiest = std::max(busiest, *std::max_element(day.cbegin(), day.cend()));
    const QColor hot = palette().color(QPalette::Highlight);
    const QColor cold = palette().color(QPalette::Base);
    painter.setPen(palette().color(QPalette::WindowText));
    for (int hour = 0; hour < 24; hour += 3)
        painter.drawText(QRectF(labelWidth + hour * cellWidth, 0, cellWidth * 3, headerHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, locale.toString(hour));
    for (int day = 0; day < 7; ++day) {
        const double top = headerHeight + day * cellHeight;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(0, top, labelWidth - 4, cellHeight),
                         Qt::AlignRight | Qt::AlignVCenter,
                         locale.dayName(day + 1, QLocale::ShortFormat));
        for (int hour = 0; hour < 24; ++hour) {
            const double share = double(m_counts[day][hour]) / double(busiest);
            const QColor fill =
                QColor::fromRgbF(float(cold.redF() + (hot.redF() - cold.redF()) * share),
                                 float(cold.greenF() + (hot.greenF() - cold.greenF()) * share),
                                 float(cold.blueF() + (hot.blueF() - cold.blueF()) * share));
            const QRectF cell(labelWidth + hour * cellWidth, top, cellWidth - 1, cellHeight - 1);
            painter.fillRect(cell, fill);
        }
    }
}

} // namespace parley::ui
