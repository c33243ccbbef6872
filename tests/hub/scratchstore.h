#pragma once

// A HubDatabase of the test's own on a scratch store, for the suites that drive the store
// without a hub process (tst_hubstatements, tst_hubstorelog, tst_groupcommit): SQLite in
// `dataDir`, or a fresh database on the test process's PostgreSQL cluster when the suite runs
// as hubpg.* (PARLEY_TEST_DB=postgresql).
#include "hub/store/hubdatabase.h"
#include "pgserver.h"

#include <QTest>

namespace parley::testing {

// Opens `db`; fails the running test (QTest::currentTestFailed()) when it could not.
inline void openScratchStore(hub::HubDatabase &db, const QString &dataDir)
{
    QString url;
    if (testsOnPostgres()) {
        PgServer *server = PgServer::shared();
        QVERIFY2(server, qPrintable(PgServer::error()));
        url = server->createDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(PgServer::error()));
    }
    QVERIFY2(db.open(dataDir, url), qPrintable(db.errorString()));
}

} // namespace parley::testing
