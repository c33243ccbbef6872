#include "ui/theme/accessible.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace parley::ui {

void enableClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    for (QToolButton *button : edit->findChildren<QToolButton *>()) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(QCoreApplication::translate("Accessible", "Clear the field"));
    }
}

} // namespace parley::ui
