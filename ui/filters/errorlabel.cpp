#include "ui/filters/errorlabel.h"

namespace parley::ui {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    // Red that keeps its contrast on light and dark palettes alike.
    setStyleSheet(QStringLiteral("color: #d32f2f;"));
    setVisible(false);
}

} // namespace parley::ui
