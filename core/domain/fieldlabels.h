#pragma once

#include <QString>

namespace parley {

// A record field's name as the agent reads it, in the app's language. The name itself
// ("First Name") stays what the hub stores and merge fields write ($[Leads.First Name]).
QString fieldLabel(const QString &field);

} // namespace parley
