#pragma once

#include <QLabel>

class QAbstractItemView;

namespace parley::ui {

// A centred, muted line over an item view that has nothing to show yet ("Choose a conversation
// in the list…", "No files in this conversation."): the view keeps its place, frame and tab,
// and the agent learns why it is empty. Shown with setText(), hidden with hide(); it follows the
// viewport's size and lets clicks through.
class EmptyHint : public QLabel {
    Q_OBJECT
public:
    explicit EmptyHint(QAbstractItemView *view);

    // Shows `text`, or hides the hint when `text` is empty.
    void say(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace parley::ui
