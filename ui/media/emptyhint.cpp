#include "ui/media/emptyhint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace parley::ui {

EmptyHint::EmptyHint(QAbstractItemView *view) : QLabel(view->viewport())
{
    setObjectName(QStringLiteral("emptyHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(fontMetrics().height());
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setGeometry(view->viewport()->rect());
    view->viewport()->installEventFilter(this);
    hide();
}

void EmptyHint::say(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(static_cast<QWidget *>(watched)->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace parley::ui
