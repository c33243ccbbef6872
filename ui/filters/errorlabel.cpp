#include "ui/filters/errorlabel.h"

#include "ui/theme/tone.h"

namespace parley::ui {

ErrorLabel::ErrorLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTone(this, Tone::Error); // the scheme's red, 4.5:1 on light and dark
    setVisible(false);
}

} // namespace parley::ui
