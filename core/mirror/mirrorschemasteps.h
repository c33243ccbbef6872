#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The mirror's schema steps, one function each, and the fills some of them run after their
// statements. Their order, which is their version, is the list `steps` of mirrorschema.cpp: a new
// step gets a function here, in the file of its kind, and one line at the end of that list.
namespace parley::mirrorsteps {

// mirrorschemahubdata.cpp: what the hub sends.
QStringList hubTablesStep();            // step 1
QStringList activitiesStep();           // step 4
QStringList messageContentStep();       // step 9
QStringList olderHistoryStep();         // step 10
QStringList ticketsStep();              // step 11
QStringList triageStep();               // step 12
QStringList hubSavedViewsStep();        // step 13
QStringList notificationSettingsStep(); // step 14
QStringList templateComponentsStep();   // step 16

// mirrorschemalocal.cpp: what only this desktop knows.
QStringList desktopTablesStep();    // step 3
QStringList moveToLocalStoreStep(); // step 7

// mirrorschemasearch.cpp: full-text search.
QStringList rawTextSearchStep();       // step 2
QStringList draftsAndFoldedTextStep(); // step 5
QStringList foldedSearchStep();        // step 6
QStringList searchFromCodeStep();      // step 8
QStringList compactSearchStep();       // step 15
QStringList searchBacklogStep();       // step 17
QStringList nameSearchStep();          // step 18
// The fills: work SQL cannot do, run after a step's statements in its transaction.
bool foldStoredMessages(QSqlDatabase &db, QString *error);
bool foldAndReindex(QSqlDatabase &db, QString *error);
bool foldAndRebuild(QSqlDatabase &db, QString *error);

} // namespace parley::mirrorsteps
