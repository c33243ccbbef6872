#pragma once

#include <QString>

namespace parley {

// A record field's name as the agent reads it, in the app's language. The name itself
// ("First Name") stays what the hub stores and merge fields write ($[Leads.First Name]).
// A field a merge kept twice (numberedFieldName) reads as its label and number in the app's
// language: "Full Name (2)" is "氏名（2）" in Japanese.
QString fieldLabel(const QString &field);

// R9.2: the name under which a merge keeps a second value of `field` beside the first, "Full
// Name (2)", with `number` counting from 2 (core/rules/recordmerging.h). Like every field name it
// is stored by the hub as written, in English.
QString numberedFieldName(const QString &field, int number);

} // namespace parley
