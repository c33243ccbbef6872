#pragma once

#include <QLayout>
#include <QList>

class QWidget;

namespace parley::ui {

// Buttons side by side that go on to a second line when their column is narrow, so a long
// translation ("Desfazer alterações", "Anexar orçamento…") never makes the column wider than the
// window has room for, and is never cut. The row is as narrow as its widest item (minimumSize);
// its height follows its width (heightForWidth), which the layouts around it honour.
class FlowRow : public QLayout {
public:
    explicit FlowRow(QWidget *parent = nullptr);
    ~FlowRow() override;

    // A widget holding a FlowRow of `widgets`, for a box layout to place beside other items.
    static QWidget *wrap(const QList<QWidget *> &widgets, QWidget *parent);

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int gap() const;
    // Lays the items out in `rect` (only measures when `place` is false); the height used.
    int arrange(const QRect &rect, bool place) const;

    QList<QLayoutItem *> m_items;
};

} // namespace parley::ui
