#pragma once

#include "core/domain/record.h"

#include <QVariantMap>

namespace parley {

// R9.2: merging two records of one customer. The hub applies it (hub/service/recordmerge.cpp);
// the desktop's merge screen shows its outcome before the admin confirms, from the same rule.

// Only people are merged: leads and contacts (deals and companies point at them).
bool isMergeable(Module module);

// The duplicate's fields join the kept record's: a field the kept one lacks is taken as it is;
// one it holds with another value is kept beside it as "Field (2)" (numberedFieldName(), the next
// free number), so no value is lost. Link fields (core/domain/recordlinks.h) stay the kept
// record's.
QVariantMap mergedRecordFields(const QVariantMap &kept, const QVariantMap &duplicate);

} // namespace parley
