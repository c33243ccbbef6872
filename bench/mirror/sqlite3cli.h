#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parley {

// The sqlite3 command-line tool, the benchmark's yardstick: what SQLite itself costs for the
// same statements on the same file, with no Qt or Parley code in between.
class Sqlite3Cli {
public:
    explicit Sqlite3Cli(QString program) : m_program(std::move(program)) {}

    QString program() const { return m_program; }
    bool version(QString *out, QString *error) const;

    // What running a script cost, for the whole process.
    struct Cost {
        qint64 wallNs = 0;
        double cpuMs = 0;
    };

    // Feeds the file to `sqlite3 database` on standard input and stops at the first error.
    bool runScript(const QString &database, const QString &scriptPath, QByteArray *output,
                   QString *error, Cost *cost = nullptr) const;

private:
    QString m_program;
};

struct CliQuery {
    QString name;
    QString sql; // values inlined as literals
    int runs = 20;
};

struct CliQueryTiming {
    QList<double> realMs;    // the timer's "real" of each timed run, in whole milliseconds
    QStringList firstColumn; // of every row the warm-up run printed
};

// Runs every query its number of times after one warm-up, all in a single sqlite3 session with
// `.timer on` and output discarded, and reads the timer's lines back. The warm-up's rows are
// kept so that the caller can check that sqlite3 returned what Parley did.
bool timeQueriesWithCli(const Sqlite3Cli &cli, const QString &database, const QString &workDir,
                        const QStringList &pragmas, const QList<CliQuery> &queries,
                        QList<CliQueryTiming> *timings, QString *error);

} // namespace parley
