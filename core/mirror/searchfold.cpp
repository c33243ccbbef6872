#include "core/mirror/searchfold.h"

#include <array>

namespace parley {
namespace {

QString foldEveryChar(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        // U+0300–U+036F: the combining diacritical marks of Latin, Greek and Cyrillic letters.
        // Marks of other scripts (U+3099 dakuten, Devanagari signs…) change the letter itself.
        if (c.unicode() >= 0x0300 && c.unicode() <= 0x036F)
            continue;
        stripped.append(c);
    }
    return stripped.toCaseFolded().normalized(QString::NormalizationForm_C);
}

// The fold of each Latin-1 character on its own. A Latin-1 text folds to the concatenation of
// its characters' folds: decomposing one yields at most a base and marks of U+0300–036F, which
// are dropped, so nothing is left for NFC to compose across two characters.
const std::array<QString, 256> &latin1Folds()
{
    static const std::array<QString, 256> folds = [] {
        std::array<QString, 256> out;
        for (int c = 0; c < 256; ++c)
            out[size_t(c)] = foldEveryChar(QString(QChar(c)));
        return out;
    }();
    return folds;
}

} // namespace

QString foldForSearch(const QString &text)
{
    // Most messages are Latin-1 (English, Portuguese): folded from a table, without the two
    // normalisations, which cost more than the rest of applying the message (performance.md).
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 0xFF)
            return foldEveryChar(text);
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii)
        return text.toLower(); // ASCII: NFKD and NFC change nothing, case folding lowers
    const std::array<QString, 256> &folds = latin1Folds();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += folds[c.unicode()];
    return out;
}

QString foldForSearchSlowly(const QString &text)
{
    return foldEveryChar(text);
}

} // namespace parley
