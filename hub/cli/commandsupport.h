#pragma once

#include "hub/store/hubdatabase.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

// What parley-hub's commands share: their output streams, the options that name the store, and
// the parsing of a subcommand's options.
namespace parley::hub::cli {

QTextStream &out();
QTextStream &err();

extern const QCommandLineOption dataOption;
extern const QCommandLineOption dbOption;

// The store the command works on: --db, else PARLEY_HUB_DB, else SQLite in --data.
QString databaseUrl(const QCommandLineParser &parser);
// Opens the store a command names; says why on standard error when it cannot.
bool openStore(HubDatabase &db, const QCommandLineParser &parser);
// Parses a subcommand's options; prints help or the error and returns false when it should stop.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QStringList &required,
           int *exitCode);

} // namespace parley::hub::cli
