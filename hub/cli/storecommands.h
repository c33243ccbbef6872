#pragma once

#include <QStringList>

namespace parley::hub {

// `parley-hub migrate` (backup false): the store named by --data/--db copied into the
// PostgreSQL store --to; `parley-hub backup`: into a SQLite store in the folder --to, with the
// key of the channels' secrets beside it. Returns the exit code.
int copyStoreCommand(const QStringList &arguments, bool backup);

} // namespace parley::hub
