#include "core/mirror/searchfold.h"

namespace parley {

QString foldForSearch(const QString &text)
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

} // namespace parley
