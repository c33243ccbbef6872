#include "hub/cli/storecommands.h"

#include "hub/cli/commandsupport.h"
#include "hub/store/storecopy.h"

#include <QDir>
#include <QFile>

namespace parley::hub {

using namespace cli;

int copyStoreCommand(const QStringList &arguments, bool backup)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        backup ? QStringLiteral("Writes a consistent copy of the store (SQLite or PostgreSQL) "
                                "as hub.sqlite with secret.key into the folder --to; safe while "
                                "the hub runs. Media files are not copied.")
               : QStringLiteral("Copies the store into the PostgreSQL database --to, verifying "
                                "every table's row count and checksum; run it again to resume. "
                                "Stop the hub first, then serve with --db set to the target."));
    parser.addOption(dataOption);
    parser.addOption(dbOption);
    parser.addOption({QStringLiteral("to"),
                      backup ? QStringLiteral("The folder for the copy (created).")
                             : QStringLiteral("postgresql://USER@HOST:PORT/DBNAME"),
                      backup ? QStringLiteral("DIR") : QStringLiteral("URL")});
    int exitCode = 0;
    if (!parse(parser, arguments, {QStringLiteral("data"), QStringLiteral("to")}, &exitCode))
        return exitCode;
    const QString to = parser.value(QStringLiteral("to"));
    QString reason;
    if (!backup && !HubDatabase::isPostgresUrl(to, &reason)) {
        err() << "--to: " << reason << Qt::endl;
        return 2;
    }
    HubDatabase source;
    if (!openStore(source, parser))
        return 1;
    if (backup) {
        // The key first: the copy's secrets are sealed with it and must open with it.
        const QString key = QDir(to).filePath(QLatin1String(SecretBox::keyFileName));
        if (!QDir().mkpath(to) || (QFile::exists(key) && !QFile::remove(key)) ||
            !QFile::copy(
                QDir(parser.value(dataOption)).filePath(QLatin1String(SecretBox::keyFileName)),
                key)) {
            err() << "cannot copy secret.key into " << to << Qt::endl;
            return 1;
        }
    }
    HubDatabase target;
    // A PostgreSQL target shares this data folder (its key and media); a backup is its own.
    if (!target.open(backup ? to : parser.value(dataOption), backup ? QString() : to)) {
        err() << "cannot open the target store: " << target.errorString() << Qt::endl;
        return 1;
    }
    StoreCopy copy(source, target);
    copy.setProgress([](const QString &line) { out() << line << Qt::endl; });
    QString error;
    if (!copy.run(&error)) {
        err() << (backup ? "backup" : "migrate") << " failed: " << error << Qt::endl;
        return 1;
    }
    out() << (backup ? "backup complete: " : "migrated to ")
          << (backup ? to : HubDatabase::redactedUrl(to)) << Qt::endl;
    return 0;
}

} // namespace parley::hub
