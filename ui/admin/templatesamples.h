#pragma once

#include "core/domain/record.h"

namespace parley::ui {

// R6.1: the editor's preview fills each merge field with a made-up value, so the admin reads the
// message as a customer would without choosing a real record.
Record templateSampleRecord(Module module);

} // namespace parley::ui
