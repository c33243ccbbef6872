#pragma once

#include <QStringList>

namespace parley::hub {

// Issue #14 item 7, the schema step of the rate table (R8.5): each plan's template prices per
// calling code and category, seeded with core/billing's presets so that a team upgrading pays
// exactly what it paid before, and the log of every price an admin changed.
QStringList creditRatesStep();

} // namespace parley::hub
