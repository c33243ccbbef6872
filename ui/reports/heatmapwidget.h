#pragma once

#include "ui/reports/reportsclient.h"

#include <QWidget>

namespace parley::ui {

// Messages by weekday × hour as a grid of shaded cells: the darker, the more messages. Painted
// by hand; Qt Charts has no heat map.
class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setCounts(const HeatGrid &counts);
    const HeatGrid &counts() const { return m_counts; }
    qint64 total() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    HeatGrid m_counts{};
};

} // namespace parley::ui
