#include "core/rules/csatrules.h"

namespace parley {
namespace {

int digitScore(const QString &text)
{
    // The first number written, whole: "10 de 10" is ten, not one.
    qsizetype i = 0;
    while (i < text.size() && !text.at(i).isDigit())
        ++i;
    int value = 0;
    int digits = 0;
    for (; i < text.size() && text.at(i).isDigit() && digits < 3; ++i, ++digits)
        value = value * 10 + text.at(i).digitValue();
    return digits == 1 && value >= minCsatScore && value <= maxCsatScore ? value : 0;
}

} // namespace

int csatScore(const QString &payload, const QString &title)
{
    const QString trimmed = payload.trimmed();
    if (trimmed.size() == 1) {
        if (const int score = digitScore(trimmed))
            return score;
    }
    return digitScore(title);
}

} // namespace parley
