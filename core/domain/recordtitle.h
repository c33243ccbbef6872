#pragma once

#include "core/domain/record.h"

namespace parley {

// How a record is named in lists, headings and the hub's run log: its full, deal or company
// name, else first and last name (empty when it has none of them).
QString recordTitle(const Record &record);

} // namespace parley
