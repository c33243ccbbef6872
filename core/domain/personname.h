#pragma once

#include <QString>

namespace parley {

// A customer's display name split into the record's "First Name" (given) and "Last Name"
// (family) fields. Names in Chinese, Japanese or Korean script are written family name first
// ("山田 太郎": family 山田, given 太郎); Latin and other names given name first ("Ana Souza").
// A CJK name without a space cannot be split safely, so it stays whole in "First Name" (the
// field greetings use) and "Last Name" stays empty.
struct PersonName {
    QString given;
    QString family;
};

PersonName splitPersonName(const QString &displayName);

} // namespace parley
