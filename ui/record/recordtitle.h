#pragma once

#include "core/domain/record.h"

namespace parley::ui {

// How a record is named in lists and headings: its full, deal or company name, else first and
// last name.
QString recordTitle(const Record &record);

} // namespace parley::ui
