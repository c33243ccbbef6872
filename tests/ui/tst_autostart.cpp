// Autostart writes and removes a real XDG autostart entry in a scratch config folder; the entry
// is checked with desktop-file-validate, as a session manager would read it.

#include "ui/main/autostart.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace parley::ui;

class AutostartTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_config;

    static QString readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    static void writeFile(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

    static void validate(const QString &path)
    {
        const QString validator =
            QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is missing (./dev deps installs desktop-file-utils)");
        QProcess process;
        process.start(validator, {path});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY2(process.exitCode() == 0,
                 qPrintable(QString::fromUtf8(process.readAllStandardOutput() +
                                              process.readAllStandardError())));
    }

private slots:
    void initTestCase()
    {
        // Never the developer's ~/.config: everything below happens in a scratch folder.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QGuiApplication::setDesktopFileName(QStringLiteral("io.parley.Parley"));
    }

    void cleanup() { QFile::remove(Autostart().entryPath()); }

    void entryLivesInTheAutostartFolder()
    {
        QCOMPARE(Autostart().entryPath(),
                 m_config.filePath(QStringLiteral("autostart/io.parley.Parley.desktop")));
        QVERIFY(!Autostart().isEnabled());
    }

    void enablingWritesAValidEntryThatStartsThisProgram()
    {
        Autostart autostart(QStringLiteral("/usr/bin/parley"));
        QString error;
        QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
        QVERIFY(autostart.isEnabled());
        const QString text = readAll(autostart.entryPath());
        QVERIFY2(text.contains(QStringLiteral("\nExec=/usr/bin/parley\n")), qPrintable(text));
        validate(autostart.entryPath());
        // Enabling twice is harmless.
        QVERIFY(autostart.setEnabled(true, &error));
        QVERIFY(autostart.isEnabled());
    }

    void defaultProgramIsThisExecutable()
    {
        QString error;
        QVERIFY(Autostart().setEnabled(true, &error));
        QVERIFY(readAll(Autostart().entryPath())
                    .contains(QStringLiteral("Exec=") + QCoreApplication::applicationFilePath()));
    }

    void aPathWithSpacesAndSpecialsIsQuoted()
    {
        Autostart autostart(QStringLiteral("/opt/My Apps/100% $parley"));
        QString error;
        QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
        const QString text = readAll(autostart.entryPath());
        QVERIFY2(text.contains(QStringLiteral("\nExec=\"/opt/My Apps/100%% \\\\$parley\"\n")),
                 qPrintable(text));
        validate(autostart.entryPath());
    }

    void disablingRemovesTheEntry()
    {
        Autostart autostart(QStringLiteral("/usr/bin/parley"));
        QString error;
        QVERIFY(autostart.setEnabled(true, &error));
        QVERIFY(autostart.setEnabled(false, &error));
        QVERIFY(!QFile::exists(autostart.entryPath()));
        QVERIFY(!autostart.isEnabled());
        // Nothing to remove is not an error.
        QVERIFY(autostart.setEnabled(false, &error));
    }

    void anEntrySwitchedOffByTheDesktopCountsAsDisabled()
    {
        Autostart autostart;
        QString error;
        QVERIFY(autostart.setEnabled(true, &error));
        writeFile(autostart.entryPath(),
                  "[Desktop Entry]\nType=Application\nName=Parley\nExec=parley\nHidden=true\n");
        QVERIFY(!autostart.isEnabled());
        writeFile(autostart.entryPath(), "[Desktop Entry]\nType=Application\nName=Parley\n"
                                         "Exec=parley\nX-GNOME-Autostart-enabled=false\n");
        QVERIFY(!autostart.isEnabled());
        // A key of the same name in another group does not count.
        writeFile(autostart.entryPath(), "[Desktop Entry]\nType=Application\nName=Parley\n"
                                         "Exec=parley\n[Desktop Action x]\nHidden=true\n");
        QVERIFY(autostart.isEnabled());
        // Turning it on again rewrites the entry.
        QVERIFY(autostart.setEnabled(true, &error));
        QVERIFY(!readAll(autostart.entryPath()).contains(QStringLiteral("Hidden")));
    }

    void anUnwritableFolderIsReported()
    {
        // A file where the autostart folder should be: nothing can be written below it.
        const QString folder = m_config.filePath(QStringLiteral("autostart"));
        QDir(folder).removeRecursively();
        writeFile(folder, "not a folder");
        QString error;
        QVERIFY(!Autostart().setEnabled(true, &error));
        QVERIFY2(error.contains(Autostart().entryPath()), qPrintable(error));
        QVERIFY(!Autostart().isEnabled());
        QVERIFY(QFile::remove(folder));
    }
};

QTEST_MAIN(AutostartTest)
#include "tst_autostart.moc"
