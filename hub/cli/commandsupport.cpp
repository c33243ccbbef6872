#include "hub/cli/commandsupport.h"

namespace parley::hub::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const QCommandLineOption dataOption(
    QStringLiteral("data"),
    QStringLiteral("The hub's data folder: its SQLite store unless --db names another, its media "
                   "files and the key of the channels' secrets."),
    QStringLiteral("DIR"));
const QCommandLineOption dbOption(
    QStringLiteral("db"),
    QStringLiteral("A PostgreSQL store instead of SQLite: postgresql://USER@HOST:PORT/DBNAME "
                   "(default: $PARLEY_HUB_DB; the password from PGPASSWORD or ~/.pgpass)."),
    QStringLiteral("URL"));

// The store the command works on: --db, else PARLEY_HUB_DB, else SQLite in --data.
QString databaseUrl(const QCommandLineParser &parser)
{
    return parser.isSet(dbOption) ? parser.value(dbOption) : qEnvironmentVariable("PARLEY_HUB_DB");
}

// Opens the store a command names; says why on standard error when it cannot.
bool openStore(HubDatabase &db, const QCommandLineParser &parser)
{
    if (db.open(parser.value(dataOption), databaseUrl(parser)))
        return true;
    err() << "cannot open the store: " << db.errorString() << Qt::endl;
    return false;
}

// Parses a subcommand's options; prints help or the error and returns false when it should stop.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QStringList &required,
           int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << "\n" << parser.helpText();
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *exitCode = 0;
        return false;
    }
    for (const QString &name : required) {
        if (parser.value(name).isEmpty()) {
            err() << "missing --" << name << "\n" << parser.helpText();
            *exitCode = 2;
            return false;
        }
    }
    return true;
}

} // namespace parley::hub::cli
