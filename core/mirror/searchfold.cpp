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

// The fold of the Chinese and Japanese characters messages are mostly made of, or 0 for any
// other character. Each of these folds to one character that starts nothing NFC could compose
// with a neighbour (no combining mark, no composition's second half), so a text of them and of
// Latin-1 folds character by character, like the Latin-1 table: the common CJK ideographs, kana
// (whose voiced forms NFKD splits and NFC joins again), CJK punctuation, and full-width ASCII,
// which NFKD makes ASCII. Half-width katakana are not here: their voiced mark composes with the
// character before it. tst_mirrorfilters checks every one of them against the full fold.
char16_t wideFold(char16_t c)
{
    if ((c >= 0x4E00 && c <= 0x9FFF) || // CJK unified ideographs
        (c >= 0x3041 && c <= 0x3096) || // hiragana
        (c >= 0x30A1 && c <= 0x30FC) || // katakana, middle dot, long vowel
        c == 0x3001 || c == 0x3002 ||   // 、。
        (c >= 0x3008 && c <= 0x3011) || // 〈〉《》「」『』【】
        (c >= 0x3014 && c <= 0x301F))   // 〔〕〖〗〘〙〚〛〜〝〞〟
        return c;
    if (c >= 0xFF01 && c <= 0xFF5E) { // full-width ASCII
        const char16_t ascii = char16_t(c - 0xFEE0);
        return ascii >= u'A' && ascii <= u'Z' ? char16_t(ascii + 0x20) : ascii;
    }
    return 0;
}

} // namespace

QString foldForSearch(const QString &text)
{
    // Most messages are Latin-1 (English, Portuguese) or Chinese and Japanese: folded character
    // by character, without the two normalisations, which cost more than the rest of applying
    // the message (performance.md). Any other character takes the full fold.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 0xFF && wideFold(c.unicode()) == 0)
            return foldEveryChar(text);
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii)
        return text.toLower(); // ASCII: NFKD and NFC change nothing, case folding lowers
    const std::array<QString, 256> &folds = latin1Folds();
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() <= 0xFF)
            out += folds[c.unicode()];
        else
            out += QChar(wideFold(c.unicode()));
    }
    return out;
}

QString foldForSearchSlowly(const QString &text)
{
    return foldEveryChar(text);
}

} // namespace parley
