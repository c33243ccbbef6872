#include "ui/main/desktopapp.h"
#include "ui/main/firstpaintreport.h"
#include "ui/main/mainwindow.h"
#include "ui/main/singleinstance.h"
#include "ui/settings/appearance.h"
#include "ui/settings/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QTextStream>
#include <QWidget>

#include <algorithm>

namespace {

// Shows the main window (or, before sign-in, the login dialog) over the other windows.
void bringToFront(QWidget *window, const QString &activationToken)
{
    // Wayland lets a window take focus only with the token of the launch that asked for it.
    if (!activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    if (QWidget *modal = QApplication::activeModalWidget())
        window = modal;
    if (!window) {
        const QWidgetList windows = QApplication::topLevelWidgets();
        const auto visible = std::find_if(windows.cbegin(), windows.cend(),
                                          [](QWidget *w) { return w->isVisible(); });
        window = visible == windows.cend() ? nullptr : *visible;
    }
    if (!window)
        return;
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

int main(int argc, char *argv[])
{
    parley::ui::reportStartupPhase("main"); // bench/desktop's breakdown of the start
    QApplication app(argc, argv);
    parley::ui::reportStartupPhase("qapplication");
    QApplication::setApplicationName(QStringLiteral("parley"));
    QApplication::setApplicationDisplayName(QStringLiteral("Parley"));
    QApplication::setOrganizationName(QStringLiteral("Parley"));
    QApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));
    // The id of resources/io.parley.Parley.desktop: Wayland's app id, the icon's name, the
    // socket's.
    QApplication::setDesktopFileName(QStringLiteral("io.parley.Parley"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QApplication::desktopFileName(), QIcon(QStringLiteral(":/icons/io.parley.Parley.svg"))));

    // Before any window or translated string: the language and palette the agent chose.
    parley::ui::Language::install();
    parley::ui::Appearance::apply();
    parley::ui::reportStartupPhase("appearance_applied");

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

    // A second launch (the menu, autostart) brings the running Parley to the front and exits.
    // A scripted sign-in (the demo, tests) brings its own account and may run beside it.
    parley::ui::SingleInstance instance(QApplication::desktopFileName());
    const auto claim =
        parser.isSet(passwordFile) ? parley::ui::SingleInstance::Claim::Failed : instance.claim();
    switch (claim) {
    case parley::ui::SingleInstance::Claim::HandedOver:
        return 0;
    case parley::ui::SingleInstance::Claim::NoAnswer:
        QMessageBox::critical(nullptr, QStringLiteral("Parley"),
                              QApplication::translate("main",
                                                      "Parley is already running but does "
                                                      "not respond. Close it and try again."));
        return 1;
    case parley::ui::SingleInstance::Claim::Failed:
        if (!instance.errorString().isEmpty())
            qWarning("parley: running without the single-instance check: %s",
                     qPrintable(instance.errorString()));
        break;
    case parley::ui::SingleInstance::Claim::Primary:
        break;
    }

    parley::ui::reportStartupPhase("instance_claimed");
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
    QObject::connect(&instance, &parley::ui::SingleInstance::activationRequested, &app,
                     [&desktop](const QString &token) { bringToFront(desktop.window(), token); });
    desktop.start();
    const int code = QApplication::exec();
    if (desktop.restartWanted()) {
        // The single-instance socket must be free before the new Parley claims it.
        instance.release();
        QProcess::startDetached(QApplication::applicationFilePath(),
                                QApplication::arguments().mid(1));
    }
    return code;
}
