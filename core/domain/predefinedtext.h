#pragma once

#include "core/domain/ids.h"
#include "core/domain/record.h"

#include <QString>

namespace parley {

// R5.1: a quick reply with merge fields like "$[Leads.First Name]".
struct PredefinedText {
    Id id = 0;
    QString name;
    Module module = Module::Leads;
    QString body;
    Id createdBy = 0;
    TimestampMs updatedAt = 0;
};

} // namespace parley
