#pragma once

#include <QString>

namespace parley {

// The form of a text that message search compares: compatibility-decomposed (NFKD), Latin
// accents dropped, case folded, then recomposed (NFC). "Sábado", "SABADO" and "sabado" fold to
// the same text; Chinese and Japanese keep every character (dakuten and handakuten are not
// Latin accents: が stays が). The mirror indexes the folded copy of each message and the query
// is folded the same way, so both sides always agree.
QString foldForSearch(const QString &text);

// The same without the shortcuts for Latin-1 and common Chinese and Japanese characters (every
// text through both normalisations): what the tests compare foldForSearch with.
QString foldForSearchSlowly(const QString &text);

} // namespace parley
