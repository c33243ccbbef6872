#include "sim/simcli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parley-cloudsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    return parley::sim::runCloudSim(QCoreApplication::arguments());
}
