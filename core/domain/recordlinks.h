#pragma once

#include "core/domain/record.h"

#include <optional>

namespace parley {

// How records point at each other (R4.5, R9.3): a reserved field holding the other record's id
// as decimal digits. A lead or contact names its company with "Company Id"; a deal names its
// person with "Contact Id" or "Lead Id" and its company with "Company Id". Keeping links in the
// fields keeps them on the wire, in the mirror and in merge fields without new columns.

// The field a record uses to point at a record of `target`; empty for Deals (nothing links to a
// deal).
QString linkField(Module target);
bool isLinkField(const QString &fieldName);
// The module a link field points into.
std::optional<Module> linkTarget(const QString &fieldName);
// The id `record` links to in `target`, 0 when it has no such link.
Id linkedId(const Record &record, Module target);

} // namespace parley
