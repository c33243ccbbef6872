#include "hub/cli/hubcommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parley-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    return parley::hub::runHubCommand(QCoreApplication::arguments());
}
