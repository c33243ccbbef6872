#include "ui/main/desktopapp.h"
#include "ui/main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("parley"));
    QApplication::setApplicationDisplayName(QStringLiteral("Parley"));
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("parley"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "WhatsApp Business inbox"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 QApplication::translate("main", "The hub's address."),
                                 QStringLiteral("URL"));
    const QCommandLineOption login(QStringLiteral("login"),
                                   QApplication::translate("main", "Your login."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QApplication::translate("main", "Read the password from a file (for scripts)."),
        QStringLiteral("FILE"));
    parser.addOptions({hub, login, passwordFile});
    parser.process(app);

    parley::ui::DesktopApp::Options options;
    options.hub = QUrl(parser.value(hub));
    options.login = parser.value(login);
    if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (file.open(QIODevice::ReadOnly))
            options.password = QString::fromUtf8(file.readAll()).trimmed();
    }
    parley::ui::DesktopApp desktop(options);
    QObject::connect(&desktop, &parley::ui::DesktopApp::failed, &app, [](const QString &error) {
        QMessageBox::critical(nullptr, QStringLiteral("Parley"), error);
        QApplication::exit(1);
    });
    desktop.start();
    return QApplication::exec();
}
