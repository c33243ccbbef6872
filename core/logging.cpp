#include "core/logging.h"

namespace parley {

Q_LOGGING_CATEGORY(lcSync, "parley.sync")
Q_LOGGING_CATEGORY(lcMirror, "parley.mirror")

} // namespace parley
