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

bool isCsatSurveyTemplate(const MessageTemplate &t)
{
    QList<int> scores;
    for (const TemplateButton &button : t.buttons) {
        if (button.type != TemplateButtonType::QuickReply)
            continue;
        const int score = csatScore(button.text, button.text);
        if (score == 0 || scores.contains(score))
            return false;
        scores.append(score);
    }
    return scores.size() == maxCsatScore - minCsatScore + 1;
}

} // namespace parley
