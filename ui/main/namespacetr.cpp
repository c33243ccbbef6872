#include "ui/main/namespacetr.h"

#include <QCoreApplication>

namespace parley::ui {

QString tr(const char *text)
{
    return QCoreApplication::translate("parley::ui", text);
}

} // namespace parley::ui
