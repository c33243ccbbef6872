#pragma once

#include "hub/store/hubdatabase.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace parley::hub {

// Copies one hub store into another, table by table, and proves the copy: `parley-hub migrate`
// (SQLite to PostgreSQL) and `parley-hub backup` (either engine to a SQLite file). The source
// is read in one transaction (a consistent snapshot even while a hub writes to it). Each table
// is copied in one transaction of the target and then verified: same row count and the same
// checksum (the sum of a SHA-256 per row, so the engines' different orders do not matter). A
// table already equal in the target is skipped, so a copy that stopped half-way resumes where
// it stopped. Both stores must be at the same schema version (HubDatabase::open migrates
// both first).
class StoreCopy {
public:
    StoreCopy(HubDatabase &source, HubDatabase &target) : m_source(source), m_target(target) {}

    // Lines of progress ("messages: 1200 rows copied, verified").
    void setProgress(std::function<void(const QString &)> progress)
    {
        m_progress = std::move(progress);
    }
    bool run(QString *error);

private:
    struct TableSum {
        qint64 rows = 0;
        quint64 checksum = 0;
        bool ok = false;
    };
    QStringList tables(QString *error);
    static TableSum sum(HubDatabase &db, const QString &table);
    bool copyTable(const QString &table, qint64 *copied, QString *error);
    bool resetIdentity(const QString &table, QString *error);

    HubDatabase &m_source;
    HubDatabase &m_target;
    std::function<void(const QString &)> m_progress;
};

} // namespace parley::hub
