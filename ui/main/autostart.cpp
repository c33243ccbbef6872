#include "ui/main/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace parley::ui {
namespace {

// An Exec= argument, quoted as the Desktop Entry Specification asks when it needs quoting.
QString execArgument(QString program)
{
    program.replace(QLatin1String("%"), QLatin1String("%%"));
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    if (std::none_of(program.cbegin(), program.cend(),
                     [](QChar c) { return reserved.contains(c); }))
        return program;
    for (const char *special : {"\\", "\"", "`", "$"})
        program.replace(QLatin1String(special), QLatin1Char('\\') + QLatin1String(special));
    // Inside a desktop file's string value, each backslash is escaped once more.
    program.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    return QLatin1Char('"') + program + QLatin1Char('"');
}

// The value of key in the [Desktop Entry] group, or an empty string.
QString desktopEntryValue(const QString &text, const QString &key)
{
    bool inEntry = false;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inEntry = line == QLatin1String("[Desktop Entry]");
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (inEntry && equals > 0 && line.left(equals).trimmed() == key)
            return line.mid(equals + 1).trimmed();
    }
    return {};
}

} // namespace

Autostart::Autostart(const QString &program)
    : m_program(program.isEmpty() ? QCoreApplication::applicationFilePath() : program)
{}

QString Autostart::entryPath() const
{
    QString id = QGuiApplication::desktopFileName();
    if (id.isEmpty())
        id = QStringLiteral("io.parley.Parley");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::ConfigLocation))
        .filePath(QStringLiteral("autostart/%1.desktop").arg(id));
}

bool Autostart::isEnabled() const
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString text = QString::fromUtf8(file.readAll());
    return desktopEntryValue(text, QStringLiteral("Hidden")) != QLatin1String("true") &&
           desktopEntryValue(text, QStringLiteral("X-GNOME-Autostart-enabled")) !=
               QLatin1String("false");
}

bool Autostart::setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        QFile file(path);
        if (!file.exists() || file.remove())
            return true;
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot remove %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    file.write(entryText().toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Autostart", "Cannot write %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

QString Autostart::entryText() const
{
    // Name stays the brand; the entry only starts the program, the menu entry describes it.
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Parley\n"
                          "Exec=%1\n"
                          "Icon=io.parley.Parley\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(execArgument(m_program));
}

} // namespace parley::ui
